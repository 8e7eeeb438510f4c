import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import type { AppContext } from '../../context';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import { invalidField } from '../../errors';
import { createInvoiceFromDeposit } from '../../services/pdf-deposits/create-invoice-from-deposit';
import {
  createPdfDeposit,
  type UploadedFile,
} from '../../services/pdf-deposits/create-pdf-deposit';
import {
  pdfTooLarge,
  XADES_MAX_BYTES,
  xadesTooLarge,
} from '../../services/pdf-deposits/deposit-refusals';
import { getPdfDeposit, getPdfDepositFile } from '../../services/pdf-deposits/get-pdf-deposit';
import { formatOfCode, type FormatCode } from '../../services/pdf-deposits/present-pdf-deposit';
import type { App } from '../app';
import { requireUser } from '../auth';
import { channelOf, decodeBase64File } from '../uploaded-file';
import { InvoiceDetailSchema, InvoiceInputSchema } from './invoice-schemas';
import {
  DepositParams,
  FormatCode as FormatCodeSchema,
  jsonDepositBody,
  MultipartDepositBody,
  PdfDepositSchema,
} from './pdf-deposit-schemas';
import { authenticate } from './structure-schemas';

const tags = ['Dépôt PDF'];
const security = [{ session: [] }];
const asInput = (body: Static<typeof InvoiceInputSchema>): InvoiceInput => body;

interface DepositRequest {
  structureId: string;
  format: FormatCode;
  billingFramework?: string;
  pdf: UploadedFile;
  xades?: UploadedFile;
}

/** A multipart deposit: fields `structureId`, `format`, `billingFramework`; files `pdf`, `signature`. */
async function readMultipart(request: FastifyRequest, maxBytes: number): Promise<DepositRequest> {
  const fields: Record<string, string> = {};
  let pdf: UploadedFile | undefined;
  let xades: UploadedFile | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'pdf' && part.fieldname !== 'signature') {
        throw invalidField(part.fieldname, { fr: 'champ inattendu.', en: 'unexpected field.' });
      }
      const isPdf = part.fieldname === 'pdf';
      const bytes = await part.toBuffer().catch((error: unknown) => {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw isPdf ? pdfTooLarge(maxBytes) : xadesTooLarge();
        }
        throw error;
      });
      if (!isPdf && bytes.length > XADES_MAX_BYTES) throw xadesTooLarge();
      const file = { fileName: part.filename, bytes };
      if (isPdf) pdf = file;
      else xades = file;
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  const structureId = fields.structureId ?? '';
  if (!/^[0-9a-f-]{36}$/i.test(structureId)) {
    throw invalidField('structureId', { fr: 'identifiant invalide.', en: 'invalid identifier.' });
  }
  const format = fields.format as FormatCode;
  if (!FormatCodeSchema.anyOf.some((l) => l.const === format)) {
    throw invalidField('format', {
      fr: 'choisissez PDF_NON_SIGNE, PDF_SIGNE_PADES ou PDF_SIGNE_XADES.',
      en: 'choose PDF_NON_SIGNE, PDF_SIGNE_PADES or PDF_SIGNE_XADES.',
    });
  }
  if (!pdf) {
    throw invalidField('pdf', { fr: 'le PDF est obligatoire.', en: 'the PDF is required.' });
  }
  return {
    structureId,
    format,
    ...(fields.billingFramework ? { billingFramework: fields.billingFramework } : {}),
    pdf,
    ...(xades ? { xades } : {}),
  };
}

function readJson(body: Static<ReturnType<typeof jsonDepositBody>>): DepositRequest {
  return {
    structureId: body.structureId,
    format: body.format,
    ...(body.billingFramework ? { billingFramework: body.billingFramework } : {}),
    pdf: {
      fileName: body.nomFichier,
      bytes: decodeBase64File('fichierFacture', body.fichierFacture),
    },
    ...(body.fichierSignature
      ? {
          xades: {
            fileName: body.nomFichierSignature ?? 'signature.xml',
            bytes: decodeBase64File('fichierSignature', body.fichierSignature),
          },
        }
      : {}),
  };
}

/** « Dépôt d'une facture » (PDF): upload, recognition, then the invoice created from it. */
export function registerPdfDepositRoutes(app: App, ctx: AppContext): void {
  const maxBytes = ctx.config.pdfDepositMaxBytes;
  const JsonBody = jsonDepositBody(maxBytes);
  void app.register(async (scope: App) => {
    // One byte over the limit so an oversized file is detected rather than silently truncated.
    await scope.register(multipart, {
      limits: { fileSize: maxBytes + 1, files: 2, fields: 4, parts: 6 },
    });
    scope.post(
      '/api/v1/pdf-deposits',
      {
        preValidation: authenticate,
        // base64 JSON of the largest PDF and signature file, with room for the other fields.
        bodyLimit: Math.ceil(((maxBytes + XADES_MAX_BYTES) * 4) / 3) + 64 * 1024,
        schema: {
          tags,
          security,
          summary: 'Deposit a PDF invoice (plain, PAdES or XAdES signed): checked, recognised',
          description:
            'Multipart (`structureId`, `format`, optional `billingFramework`; files `pdf` and, for PDF_SIGNE_XADES, `signature`) or JSON with the file in base64 (`fichierFacture`, `nomFichier`, `fichierSignature`, `nomFichierSignature`). The format is checked against the files and the signature verified; a refused file answers 413/422 with a stable `reason` (NOT_PDF, PDF_TOO_LARGE, PDF_MALFORMED, PDF_ENCRYPTED, PDF_EXPANDS, SIGNATURE_ABSENT, XADES_REFERENCE_MISMATCH, BYTE_RANGE_INCOMPLETE, ...) and nothing is stored. A text or Factur-X PDF is recognised at once (`status` ready); a scan answers `recognizing` and is read by OCR in the background: poll GET /api/v1/pdf-deposits/{id}. The request header `x-chorale-client: portal` marks the portal channel (deposit mode DEPOT_PDF_PORTAIL), else DEPOT_PDF_API.',
          consumes: ['multipart/form-data', 'application/json'],
          body: {
            content: {
              'application/json': { schema: JsonBody },
              'multipart/form-data': { schema: MultipartDepositBody },
            },
          },
          response: { 201: PdfDepositSchema },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const deposit = request.isMultipart()
          ? await readMultipart(request, maxBytes)
          : readJson(request.body as Static<typeof JsonBody>);
        const created = await createPdfDeposit(ctx, user, {
          structureId: deposit.structureId,
          format: formatOfCode(deposit.format),
          channel: channelOf(request),
          ...(deposit.billingFramework ? { billingFramework: deposit.billingFramework } : {}),
          pdf: deposit.pdf,
          ...(deposit.xades ? { xades: deposit.xades } : {}),
        });
        return reply.status(201).send(created);
      },
    );
  });

  app.get(
    '/api/v1/pdf-deposits/:id',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary:
          'A PDF deposit: status, OCR progress, signature report, recognised fields, pre-fill',
        params: DepositParams,
        response: { 200: PdfDepositSchema },
      },
    },
    async (request) => getPdfDeposit(ctx, requireUser(request), request.params.id),
  );

  app.get(
    '/api/v1/pdf-deposits/:id/pdf',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'The deposited PDF, byte for byte (for the preview beside the form)',
        params: DepositParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const file = await getPdfDepositFile(ctx, requireUser(request), request.params.id);
      // Shown by the browser's own PDF viewer in a sandboxed frame: no script of the file runs.
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${encodeURIComponent(file.fileName)}"`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(file.bytes);
    },
  );

  app.post(
    '/api/v1/pdf-deposits/:id/invoice',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Create the invoice (a draft) from a deposit, with the data you confirmed',
        description:
          'The body is the invoice form’s input, as for POST /api/v1/invoices. The draft keeps the deposited PDF as its main document (`source`), the deposit mode and the signature report; then PUT /api/v1/invoices/{id} and POST /api/v1/invoices/{id}/send apply. One invoice per deposit (409 DEPOSIT_ALREADY_USED); a deposit still recognising answers 409 DEPOSIT_NOT_READY.',
        params: DepositParams,
        body: InvoiceInputSchema,
        response: { 201: InvoiceDetailSchema },
      },
    },
    async (request, reply) => {
      const detail = await createInvoiceFromDeposit(ctx, requireUser(request), {
        depositId: request.params.id,
        input: asInput(request.body),
      });
      return reply.status(201).send(detail);
    },
  );
}
