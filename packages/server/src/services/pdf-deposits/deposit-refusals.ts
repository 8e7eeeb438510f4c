import { AppError, type ErrorDetail } from '../../errors';
import type { Localized } from '../../i18n/lang';
import type { RefusalReason } from '../../recognition/recognize-pdf';
import type { Reason, SignatureVerification } from '../../signatures';

/**
 * The refusals of a PDF deposit, each with a stable reason code the client can act on. Nothing is
 * stored when a deposit is refused: the supplier fixes the file (or the chosen format) and retries.
 */

export const XADES_MAX_BYTES = 1024 * 1024;

/** Recognition's refusal reasons under the deposit's stable codes. */
const RECOGNITION_CODES: Record<RefusalReason, string> = {
  NOT_PDF: 'NOT_PDF',
  TOO_LARGE: 'PDF_TOO_LARGE',
  EXPANDS: 'PDF_EXPANDS',
  ENCRYPTED: 'PDF_ENCRYPTED',
  MALFORMED: 'PDF_MALFORMED',
  TIMEOUT: 'PDF_TIMEOUT',
  NO_TEXT_LAYER: 'PDF_NO_TEXT_LAYER',
};

export function recognitionCode(reason: RefusalReason): string {
  return RECOGNITION_CODES[reason];
}

export function unreadablePdf(reason: string, message: Localized, field = 'pdf'): AppError {
  return new AppError('UNPROCESSABLE', message, { reason, field, details: [{ field, message }] });
}

export function pdfTooLarge(maxBytes: number, field = 'pdf'): AppError {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    {
      fr: `Le PDF dépasse la taille maximale autorisée (${mb} Mo).`,
      en: `The PDF exceeds the maximum size allowed (${mb} MB).`,
    },
    { reason: 'PDF_TOO_LARGE', field, data: { maxBytes } },
  );
}

export function xadesTooLarge(): AppError {
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    {
      fr: 'Le fichier de signature XAdES ne dépasse pas 1 Mo.',
      en: 'The XAdES signature file may not exceed 1 MB.',
    },
    { reason: 'XADES_TOO_LARGE', field: 'signature' },
  );
}

export function notPdf(field = 'pdf'): AppError {
  return unreadablePdf(
    'NOT_PDF',
    {
      fr: 'Ce fichier n’est pas un PDF (son contenu ne commence pas par %PDF-).',
      en: 'This file is not a PDF (its content does not start with %PDF-).',
    },
    field,
  );
}

/**
 * The declared format does not match the files, or the signature does not hold: refused with every
 * reason, the first one as the stable code, and the verification report when there is one.
 */
export function formatRefused(
  reasons: Reason[],
  signature: SignatureVerification | null,
): AppError {
  const first = reasons[0];
  const field = first?.code.startsWith('XADES') ? 'signature' : 'format';
  const details: ErrorDetail[] = reasons.map((r) => ({ field, rule: r.code, message: r.message }));
  return new AppError(
    'UNPROCESSABLE',
    first
      ? {
          fr: `Dépôt refusé : ${first.message.fr}`,
          en: `Deposit refused: ${first.message.en}`,
        }
      : { fr: 'Dépôt refusé.', en: 'Deposit refused.' },
    {
      reason: first?.code ?? 'SIGNATURE_INVALID',
      field,
      details,
      data: { signature },
    },
  );
}
