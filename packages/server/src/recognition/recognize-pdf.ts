import { readInvoice } from '@chorale/einvoice';
import type { Finding } from '@chorale/einvoice';
import { fieldsFromInvoice } from './from-invoice';
import { toLines } from './lines';
import { ocrPdf } from './ocr';
import { INFLATE_BUDGET, streamsWithinBudget } from './pdf-guard';
import { DEFAULT_TEXT_LIMITS, extractPdfText } from './pdf-text';
import { recognizeFields } from './recognize-fields';
import type { RecognitionMethod, RecognizedFields } from './types';

/**
 * Recognition of an uploaded PDF: the embedded Factur-X XML when there is one (exact), otherwise
 * the visible page's text layer. Untrusted input: magic bytes, size, page and item limits, a time
 * limit, and refusals that say why.
 */

export interface RecognizeOptions {
  ignoreEmbeddedXml?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  /** Total size all streams may inflate to (a Flate bomb is refused before parsing). */
  maxInflatedBytes?: number;
  /** false: a scan is refused instead of going through OCR. */
  ocr?: boolean;
  /** OCR progress, 0..1 per page. */
  onProgress?: (share: number) => void;
}

export interface Recognition {
  method: RecognitionMethod;
  fields: RecognizedFields;
  pages: number;
  /** Validation findings of the embedded XML (method 'facturx'). */
  findings?: Finding[];
}

export type RefusalReason =
  'NOT_PDF' | 'EXPANDS' | 'TOO_LARGE' | 'ENCRYPTED' | 'MALFORMED' | 'TIMEOUT' | 'NO_TEXT_LAYER';

export class RecognitionRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly messages: { fr: string; en: string },
  ) {
    super(messages.en);
  }
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** OCR costs about a second a page on this hardware: only the first pages carry the fields. */
const OCR_MAX_PAGES = 2;
const OCR_TIMEOUT_MS = 30_000;

const refusals: Record<RefusalReason, { fr: string; en: string }> = {
  NOT_PDF: { fr: "Ce fichier n'est pas un PDF.", en: 'This file is not a PDF.' },
  EXPANDS: {
    fr: 'Le PDF contient des données compressées qui se déploient démesurément.',
    en: 'The PDF holds compressed data that expands out of all proportion.',
  },
  TOO_LARGE: { fr: 'Le PDF dépasse la taille maximale.', en: 'The PDF exceeds the size limit.' },
  ENCRYPTED: {
    fr: 'Le PDF est chiffré ou protégé par un mot de passe.',
    en: 'The PDF is encrypted or password-protected.',
  },
  MALFORMED: { fr: 'Le PDF est illisible ou malformé.', en: 'The PDF is unreadable or malformed.' },
  TIMEOUT: {
    fr: 'La lecture du PDF a pris trop de temps.',
    en: 'Reading the PDF took too long.',
  },
  NO_TEXT_LAYER: {
    fr: "Le PDF n'a pas de texte (document numérisé) et la reconnaissance optique a échoué.",
    en: 'The PDF has no text layer (a scan) and optical character recognition failed.',
  },
};

export function refuse(reason: RefusalReason): RecognitionRefused {
  return new RecognitionRefused(reason, refusals[reason]);
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(refuse('TIMEOUT')), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function recognizePdf(
  bytes: Uint8Array,
  options: RecognizeOptions = {},
): Promise<Recognition> {
  if (bytes.length > (options.maxBytes ?? DEFAULT_MAX_BYTES)) throw refuse('TOO_LARGE');
  if (!looksLikePdf(bytes)) throw refuse('NOT_PDF');
  if (!streamsWithinBudget(bytes, options.maxInflatedBytes ?? INFLATE_BUDGET)) {
    throw refuse('EXPANDS');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TEXT_LIMITS.timeoutMs;
  if (!options.ignoreEmbeddedXml) {
    const file = await withTimeout(readInvoice(bytes), timeoutMs);
    if (file.invoice) {
      return {
        method: 'facturx',
        fields: fieldsFromInvoice(file.invoice),
        pages: 0,
        findings: file.findings,
      };
    }
  }
  let text;
  try {
    text = await withTimeout(
      extractPdfText(bytes, { ...DEFAULT_TEXT_LIMITS, timeoutMs }),
      timeoutMs,
    );
  } catch (error) {
    if (error instanceof RecognitionRefused) throw error;
    const name = error instanceof Error ? error.name : '';
    throw refuse(name === 'PasswordException' ? 'ENCRYPTED' : 'MALFORMED');
  }
  const chars = text.items.reduce((n, i) => n + i.text.trim().length, 0);
  if (chars >= 20) {
    return { method: 'text', fields: recognizeFields(toLines(text.items)), pages: text.pagesRead };
  }
  if (options.ocr === false) throw refuse('NO_TEXT_LAYER');
  let items;
  try {
    items = await withTimeout(
      ocrPdf(bytes, {
        maxPages: OCR_MAX_PAGES,
        timeoutMs: OCR_TIMEOUT_MS,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }),
      OCR_TIMEOUT_MS * (OCR_MAX_PAGES + 1),
    );
  } catch (error) {
    if (error instanceof RecognitionRefused) throw error;
    throw refuse('NO_TEXT_LAYER');
  }
  return { method: 'ocr', fields: recognizeFields(toLines(items)), pages: text.pagesRead };
}
