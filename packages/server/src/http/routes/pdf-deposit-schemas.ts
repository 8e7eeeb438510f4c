import { Type } from 'typebox';
import { XADES_MAX_BYTES } from '../../services/pdf-deposits/deposit-refusals';
import { SignatureReportSchema } from './invoice-schemas';

// Schemas of « Dépôt d'une facture » (PDF). The JSON body follows Chorus Pro's `deposer/pdf`
// (fichierFacture in base64, nomFichier, formatDepot); multipart carries the same as files.
const strict = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);
const Localized = Type.Object({ fr: Type.String(), en: Type.String() });
const FileName = Type.String({
  minLength: 1,
  maxLength: 255,
  pattern: '^[^\\u0000-\\u001f\\u007f]*$',
});

export const FormatCode = Type.Union([
  Type.Literal('PDF_NON_SIGNE'),
  Type.Literal('PDF_SIGNE_PADES'),
  Type.Literal('PDF_SIGNE_XADES'),
]);

const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4 + 16;

/** The JSON body, sized from the configured PDF limit (base64 is a third larger). */
export function jsonDepositBody(maxPdfBytes: number) {
  return Type.Object(
    {
      structureId: Type.String({ format: 'uuid' }),
      format: FormatCode,
      billingFramework: Type.Optional(Type.String({ maxLength: 40 })),
      nomFichier: FileName,
      fichierFacture: Type.String({ minLength: 4, maxLength: base64Length(maxPdfBytes + 1) }),
      nomFichierSignature: Type.Optional(FileName),
      fichierSignature: Type.Optional(
        Type.String({ minLength: 4, maxLength: base64Length(XADES_MAX_BYTES + 1) }),
      ),
    },
    strict,
  );
}

/**
 * The multipart body, for the OpenAPI description. Its files are streamed and checked by hand, so
 * Fastify sees no parsed body (null), which this schema lets through.
 */
export const MultipartDepositBody = Type.Union([
  Type.Object({
    structureId: Type.String({ format: 'uuid' }),
    format: FormatCode,
    billingFramework: Type.Optional(Type.String()),
    pdf: Type.String({ format: 'binary' }),
    signature: Type.Optional(Type.String({ format: 'binary' })),
  }),
  Type.Null(),
]);

export const DepositParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, strict);

const Box = Type.Object({
  page: Type.Integer(),
  x: Type.Number(),
  y: Type.Number(),
  width: Type.Number(),
  height: Type.Number(),
});

export const PdfDepositSchema = Type.Object({
  id: Type.String(),
  structureId: Type.String(),
  format: FormatCode,
  channel: Type.Union([Type.Literal('portal'), Type.Literal('api')]),
  billingFramework: Nullable(Type.String()),
  status: Type.Union([Type.Literal('recognizing'), Type.Literal('ready'), Type.Literal('failed')]),
  progress: Type.Number({ minimum: 0, maximum: 1 }),
  fileName: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  pages: Nullable(Type.Integer()),
  signatureFile: Nullable(Type.Object({ fileName: Type.String(), sha256: Type.String() })),
  signature: Nullable(SignatureReportSchema),
  recognition: Nullable(
    Type.Object({
      method: Type.Union([Type.Literal('facturx'), Type.Literal('text'), Type.Literal('ocr')]),
      fields: Type.Record(
        Type.String(),
        Type.Object({
          value: Type.String(),
          confidence: Type.Number(),
          box: Type.Optional(Box),
        }),
      ),
      findings: Type.Array(
        Type.Object({
          rule: Type.String(),
          severity: Type.String(),
          message: Localized,
          location: Type.Optional(Type.String()),
        }),
      ),
    }),
  ),
  recipientMatch: Nullable(
    Type.Object({
      identifier: Type.String(),
      name: Nullable(Type.String()),
      confidence: Type.Number(),
      matchedBy: Type.Optional(
        Type.Union([Type.Literal('siret'), Type.Literal('siren'), Type.Literal('name')]),
      ),
    }),
  ),
  // The form's input (see POST /api/v1/invoices): whatever was recognised, the rest empty.
  prefill: Nullable(Type.Unknown()),
  invoiceId: Nullable(Type.String()),
  error: Nullable(Type.Object({ code: Type.String(), message: Localized })),
  createdAt: Type.String(),
});
