import type { AppContext } from '../../context';
import type { PdfDepositChannel, PdfDepositFormat } from '../../db/tables/pdf-deposits';
import { findBillingFramework } from '../../domain/invoices/billing-frameworks';
import { invalidField } from '../../errors';
import { OCR_ATTEMPTS, PDF_DEPOSIT_OCR_JOB } from '../../jobs/pdf-deposit-ocr';
import { enqueueJob } from '../../jobs/queue';
import { createBlobStore } from '../../storage/blob-store';
import { authorizeIssue, loadIssuedScope, type AuthUser } from '../invoices/invoice-scope';
import { depositPrefill } from './deposit-prefill';
import { inspectPdf } from './inspect-pdf';
import { presentPdfDeposit, type PdfDeposit } from './present-pdf-deposit';

export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** A client's file name, kept for display only: no path, no control characters, bounded. */
export function cleanFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return clean || fallback;
}

/**
 * « Dépôt d'une facture » (PDF): checks the files and the declared format, verifies the signature,
 * recognises the invoice and stores the deposit with its pre-filled input, for its owner only. A
 * text or Factur-X PDF is ready at once; a scan is recognised by a durable OCR job (status
 * 'recognizing', progress updated) so the request answers immediately. A refused file stores
 * nothing.
 */
export async function createPdfDeposit(
  ctx: AppContext,
  user: AuthUser,
  options: {
    structureId: string;
    format: PdfDepositFormat;
    channel: PdfDepositChannel;
    billingFramework?: string;
    pdf: UploadedFile;
    xades?: UploadedFile;
  },
): Promise<PdfDeposit> {
  // Access first: another structure's user learns nothing, and spends no parsing on our side.
  const issued = await loadIssuedScope(ctx.db, user);
  authorizeIssue(issued, options.structureId, null);
  const billingFramework = options.billingFramework?.trim() || null;
  if (billingFramework && !findBillingFramework(billingFramework)) {
    throw invalidField('billingFramework', {
      fr: 'cadre de facturation inconnu.',
      en: 'unknown billing framework.',
    });
  }
  const inspection = await inspectPdf(ctx, {
    format: options.format,
    pdf: options.pdf.bytes,
    ...(options.xades ? { xades: options.xades.bytes } : {}),
  });
  if (inspection.signature) {
    ctx.log.info(
      {
        status: inspection.signature.status,
        reasons: inspection.signature.reasons.map((r) => r.code),
      },
      'pdf deposit signature verified',
    );
  }
  const prefilled = inspection.recognition
    ? await depositPrefill(ctx.db, {
        recognition: inspection.recognition,
        model: inspection.model,
        billingFramework,
        lang: user.language,
      })
    : null;

  const blobs = createBlobStore(ctx.config.dataDir);
  const pdfSha256 = await blobs.put(options.pdf.bytes);
  const xadesSha256 = options.xades ? await blobs.put(options.xades.bytes) : null;
  const row = await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    const inserted = await trx
      .insertInto('pdf_deposits')
      .values({
        user_id: user.id,
        supplier_structure_id: options.structureId,
        format: options.format,
        channel: options.channel,
        billing_framework: billingFramework,
        pdf_sha256: pdfSha256,
        pdf_file_name: cleanFileName(options.pdf.fileName, 'facture.pdf'),
        pdf_size_bytes: options.pdf.bytes.length,
        pdf_pages: inspection.pages,
        xades_sha256: xadesSha256,
        xades_file_name: options.xades
          ? cleanFileName(options.xades.fileName, 'signature.xml')
          : null,
        signature: inspection.signature ? JSON.stringify(inspection.signature) : null,
        recognition: inspection.recognition ? JSON.stringify(inspection.recognition) : null,
        recipient_match: prefilled?.recipientMatch
          ? JSON.stringify(prefilled.recipientMatch)
          : null,
        prefill: prefilled ? JSON.stringify(prefilled.prefill) : null,
        status: inspection.recognition ? 'ready' : 'recognizing',
        progress: inspection.recognition ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (!inspection.recognition) {
      await enqueueJob(
        trx,
        PDF_DEPOSIT_OCR_JOB,
        { depositId: inserted.id },
        { maxAttempts: OCR_ATTEMPTS },
      );
    }
    return inserted;
  });
  ctx.worker.kick();
  return presentPdfDeposit(row);
}
