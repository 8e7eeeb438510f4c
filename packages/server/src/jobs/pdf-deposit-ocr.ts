import type { AppContext } from '../context';
import { recognizePdf, RecognitionRefused } from '../recognition/recognize-pdf';
import { depositPrefill } from '../services/pdf-deposits/deposit-prefill';
import { recognitionCode } from '../services/pdf-deposits/deposit-refusals';
import { storedRecognition } from '../services/pdf-deposits/inspect-pdf';
import { createBlobStore } from '../storage/blob-store';
import { PermanentJobError, type JobHandler } from './worker';

/** Progress is written at most this often: the poller needs a moving bar, not every tick. */
const PROGRESS_EVERY_MS = 400;
export const OCR_ATTEMPTS = 2;
export const PDF_DEPOSIT_OCR_JOB = 'pdf-deposit.ocr';
const OCR_FAILED = {
  fr: 'La reconnaissance optique du document a échoué : saisissez la facture ou déposez un PDF avec du texte.',
  en: 'Optical character recognition of the document failed: type the invoice or upload a PDF with text.',
};

/**
 * OCR of a scanned PDF deposit (no text layer), off the request: tesseract.js reads in its own
 * worker thread, the deposit's progress moves as it goes, then the deposit is ready with its
 * recognised fields and pre-filled input, or failed with a stable code. Idempotent: a deposit no
 * longer 'recognizing' is left alone.
 */
export function pdfDepositOcrHandler(ctx: Omit<AppContext, 'worker'>): JobHandler {
  return async (payload, meta) => {
    const depositId = (payload as { depositId?: unknown }).depositId;
    if (typeof depositId !== 'string') throw new PermanentJobError('depositId missing');
    const deposit = await ctx.db
      .selectFrom('pdf_deposits')
      .innerJoin('users', 'users.id', 'pdf_deposits.user_id')
      .select([
        'pdf_deposits.status',
        'pdf_deposits.pdf_sha256',
        'pdf_deposits.billing_framework',
        'users.language',
      ])
      .where('pdf_deposits.id', '=', depositId)
      .executeTakeFirst();
    if (!deposit || deposit.status !== 'recognizing') return;
    const bytes = await createBlobStore(ctx.config.dataDir).get(deposit.pdf_sha256);
    if (!bytes) throw new PermanentJobError(`blob ${deposit.pdf_sha256} missing`);

    let last = 0;
    let writing: Promise<unknown> = Promise.resolve();
    const onProgress = (share: number) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      const progress = Math.max(0.01, Math.min(0.99, share));
      writing = writing.then(() =>
        ctx.db
          .updateTable('pdf_deposits')
          .set({ progress })
          .where('id', '=', depositId)
          .where('status', '=', 'recognizing')
          .execute()
          .catch((error: unknown) => ctx.log.warn({ err: error }, 'ocr progress not saved')),
      );
    };

    try {
      const recognition = await recognizePdf(bytes, {
        maxBytes: ctx.config.pdfDepositMaxBytes,
        ignoreEmbeddedXml: true,
        onProgress,
      });
      await writing;
      const stored = storedRecognition(recognition);
      const prefilled = await depositPrefill(ctx.db, {
        recognition: stored,
        model: null,
        billingFramework: deposit.billing_framework,
        lang: deposit.language,
      });
      await ctx.db
        .updateTable('pdf_deposits')
        .set({
          status: 'ready',
          progress: 1,
          pdf_pages: recognition.pages,
          recognition: JSON.stringify(stored),
          prefill: JSON.stringify(prefilled.prefill),
          recipient_match: prefilled.recipientMatch
            ? JSON.stringify(prefilled.recipientMatch)
            : null,
          updated_at: ctx.now(),
        })
        .where('id', '=', depositId)
        .execute();
    } catch (error) {
      await writing;
      const refused = error instanceof RecognitionRefused;
      // An unexpected failure is retried once; after that the supplier must not wait forever.
      if (!refused && meta.attempt < OCR_ATTEMPTS) throw error;
      ctx.log.warn({ err: error, depositId }, 'pdf deposit OCR failed');
      const failure = refused
        ? { code: recognitionCode(error.reason), message: error.messages }
        : { code: 'PDF_OCR_FAILED', message: OCR_FAILED };
      await ctx.db
        .updateTable('pdf_deposits')
        .set({ status: 'failed', error: JSON.stringify(failure), updated_at: ctx.now() })
        .where('id', '=', depositId)
        .execute();
    }
  };
}
