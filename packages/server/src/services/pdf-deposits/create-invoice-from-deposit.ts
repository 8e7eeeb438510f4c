import type { AppContext } from '../../context';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import { AppError } from '../../errors';
import type { AuthUser } from '../invoices/invoice-scope';
import type { InvoiceDetail } from '../invoices/present-invoice';
import { insertInvoiceDraft } from '../invoices/save-invoice-draft';
import { loadOwnDeposit } from './get-pdf-deposit';

/** Chorus Pro `modeDepot` of a PDF deposit, by channel and signature. */
export function depositModeOf(channel: 'portal' | 'api', signed: boolean): string {
  return `DEPOT_PDF${signed ? '_SIGNE' : ''}_${channel === 'portal' ? 'PORTAIL' : 'API'}`;
}

/**
 * The invoice of a deposit: a draft with the data the supplier confirmed, the deposited PDF as its
 * main document (byte for byte, by SHA-256), the deposit mode and the signature report. From then
 * on it is a draft like any other (change, send with the same rules). One invoice per deposit.
 */
export async function createInvoiceFromDeposit(
  ctx: AppContext,
  user: AuthUser,
  options: { depositId: string; input: InvoiceInput },
): Promise<InvoiceDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const deposit = await loadOwnDeposit(trx, user, options.depositId, { forUpdate: true });
    if (deposit.status !== 'ready') {
      throw new AppError(
        'CONFLICT',
        deposit.status === 'recognizing'
          ? {
              fr: 'La reconnaissance du PDF est en cours : patientez avant de créer la facture.',
              en: 'The PDF is still being recognised: wait before creating the invoice.',
            }
          : {
              fr: 'La reconnaissance de ce PDF a échoué : déposez-le de nouveau.',
              en: 'Recognition of this PDF failed: upload it again.',
            },
        { reason: deposit.status === 'recognizing' ? 'DEPOSIT_NOT_READY' : 'DEPOSIT_FAILED' },
      );
    }
    if (deposit.invoice_id) {
      throw new AppError(
        'CONFLICT',
        {
          fr: 'Une facture a déjà été créée à partir de ce dépôt.',
          en: 'An invoice was already created from this deposit.',
        },
        { reason: 'DEPOSIT_ALREADY_USED', data: { invoiceId: deposit.invoice_id } },
      );
    }
    const detail = await insertInvoiceDraft(ctx, trx, user, {
      structureId: deposit.supplier_structure_id,
      input: options.input,
      origin: {
        deposit_mode: depositModeOf(deposit.channel, deposit.format !== 'unsigned'),
        source_sha256: deposit.pdf_sha256,
        source_file_name: deposit.pdf_file_name,
        source_media_type: 'application/pdf',
        source_size_bytes: deposit.pdf_size_bytes,
        signature: deposit.signature ? JSON.stringify(deposit.signature) : null,
        pdf_deposit_id: deposit.id,
      },
    });
    await trx
      .updateTable('pdf_deposits')
      .set({ invoice_id: detail.id, updated_at: ctx.now() })
      .where('id', '=', deposit.id)
      .execute();
    return detail;
  });
}
