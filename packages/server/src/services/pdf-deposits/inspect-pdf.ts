import { validateInvoice, type Finding, type Invoice } from '@chorale/einvoice';
import type { AppContext } from '../../context';
import type {
  StoredField,
  StoredLine,
  StoredRecognition,
  StoredVatRate,
} from '../../db/tables/pdf-deposits';
import { streamsWithinBudget } from '../../recognition/pdf-guard';
import { DEFAULT_TEXT_LIMITS } from '../../recognition/pdf-text';
import { RecognitionRefused, type Recognition } from '../../recognition/recognize-pdf';
import { checkDepositFormat, verifyOptionsOf, type DepositFormat } from '../../signatures';
import type { SignatureVerification } from '../../signatures/types';
import {
  formatRefused,
  notPdf,
  pdfTooLarge,
  recognitionCode,
  unreadablePdf,
  XADES_MAX_BYTES,
  xadesTooLarge,
} from './deposit-refusals';
import { recognizeIsolated } from './recognize-isolated';

/**
 * Everything the portal learns from an uploaded PDF before storing anything, cheapest checks first
 * so a hostile file costs little: size, magic bytes, encryption and compression bombs (byte scans),
 * the declared format against the files with the signature verification, then recognition from
 * the embedded Factur-X XML or the text layer. A scan (no text layer) is left for the OCR job.
 */

export interface PdfInspection {
  signature: SignatureVerification | null;
  /** null: a scan, recognised later by the OCR job. */
  recognition: StoredRecognition | null;
  pages: number | null;
  /** The embedded invoice of a Factur-X / ZUGFeRD PDF, read exactly. */
  model: Invoice | null;
}

// A trailer's /Encrypt entry (a reference or a dictionary): an encrypted PDF is refused as such,
// whichever parser would have stumbled on it first.
const ENCRYPT = /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/;

export function isEncrypted(bytes: Uint8Array): boolean {
  return ENCRYPT.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
}

export function startsLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

export function storedFindings(findings: readonly Finding[]): StoredRecognition['findings'] {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...(f.location ? { location: f.location } : {}),
  }));
}

const isField = (v: unknown): v is StoredField =>
  typeof v === 'object' && v !== null && typeof (v as StoredField).value === 'string';

/** Recognition as stored: single fields by name, the VAT breakdown and lines beside them. */
export function storedRecognition(
  r: Recognition,
  findings: readonly Finding[] = [],
): StoredRecognition {
  const fields: StoredRecognition['fields'] = {};
  const stored: StoredRecognition = {
    method: r.method,
    fields,
    findings: storedFindings(findings),
  };
  for (const [name, value] of Object.entries(r.fields) as [string, unknown][]) {
    if (name === 'vatBreakdown' && Array.isArray(value)) {
      stored.vatBreakdown = value as StoredVatRate[];
    } else if (name === 'lines' && Array.isArray(value)) {
      stored.lines = value as StoredLine[];
    } else if (isField(value)) {
      fields[name] = { ...value };
    }
  }
  return stored;
}

/** Throws the deposit's refusal for a recognition refusal; rethrows anything else. */
export function refusalOf(error: unknown): never {
  if (error instanceof RecognitionRefused) {
    throw unreadablePdf(recognitionCode(error.reason), error.messages);
  }
  throw error;
}

export async function inspectPdf(
  ctx: Pick<AppContext, 'config' | 'trustedRoots' | 'now'> & { log?: AppContext['log'] },
  options: { format: DepositFormat; pdf: Uint8Array; xades?: Uint8Array },
): Promise<PdfInspection> {
  const { pdf, xades } = options;
  const maxBytes = ctx.config.pdfDepositMaxBytes;
  if (pdf.length > maxBytes) throw pdfTooLarge(maxBytes);
  if (!startsLikePdf(pdf)) throw notPdf();
  if (xades && xades.length > XADES_MAX_BYTES) throw xadesTooLarge();
  if (isEncrypted(pdf)) refusalOf(new RecognitionRefused('ENCRYPTED', ENCRYPTED));
  if (!streamsWithinBudget(pdf)) refusalOf(new RecognitionRefused('EXPANDS', EXPANDS));

  const check = await checkDepositFormat(options.format, pdf, xades, {
    ...verifyOptionsOf(ctx),
    maxPdfBytes: maxBytes,
  });
  if (!check.accepted) throw formatRefused(check.reasons, check.signature);

  let recognition: Recognition;
  try {
    recognition = await recognizeIsolated(pdf, {
      maxBytes,
      ocr: false,
      timeoutMs: DEFAULT_TEXT_LIMITS.timeoutMs,
    });
  } catch (error) {
    if (error instanceof RecognitionRefused && error.reason === 'NO_TEXT_LAYER') {
      return { signature: check.signature, recognition: null, pages: null, model: null };
    }
    return refusalOf(error);
  }
  if (recognition.method !== 'facturx') {
    return {
      signature: check.signature,
      recognition: storedRecognition(recognition),
      pages: recognition.pages,
      model: null,
    };
  }
  // The embedded XML is read exactly; its validation (schema, EN 16931 and profile rules) is shown
  // to the supplier beside the pre-filled form.
  // A validator failure must not lose the deposit: the reading's own findings are kept instead.
  const report = await validateInvoice(pdf).catch((error: unknown) => {
    ctx.log?.warn({ err: error }, 'factur-x validation failed');
    return null;
  });
  return {
    signature: check.signature,
    recognition: storedRecognition(recognition, report?.findings ?? recognition.findings ?? []),
    pages: null,
    model: report?.invoice ?? null,
  };
}

const ENCRYPTED = {
  fr: 'Le PDF est chiffré ou protégé par un mot de passe : déposez-le sans protection.',
  en: 'The PDF is encrypted or password-protected: upload it without protection.',
};
const EXPANDS = {
  fr: 'Le PDF contient des données compressées qui se déploient démesurément.',
  en: 'The PDF holds compressed data that expands out of all proportion.',
};
