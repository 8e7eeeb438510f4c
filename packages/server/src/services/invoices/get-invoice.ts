import type { AppContext } from '../../context';
import { loadIssuedScope, loadVisibleInvoice, type AuthUser } from './invoice-scope';
import { prepareInvoice } from './prepare-invoice';
import type { InvoiceDetail } from './present-invoice';
import { detailOf, todayOf } from './save-invoice-draft';

/** An invoice's page: data, lines, VAT breakdown, attachments, documents, history. */
export async function getInvoice(
  ctx: AppContext,
  user: AuthUser,
  invoiceId: string,
): Promise<InvoiceDetail> {
  const issued = await loadIssuedScope(ctx.db, user);
  const row = await loadVisibleInvoice(ctx.db, issued, invoiceId);
  // A draft shows what still stands in the way of sending it.
  const findings =
    row.status === 'BROUILLON'
      ? (
          await prepareInvoice(ctx.db, {
            invoiceId: row.id,
            supplierStructureId: row.supplier_structure_id,
            input: row.input,
            today: todayOf(ctx),
            forSending: true,
          })
        ).findings
      : [];
  return detailOf(ctx.db, row.id, issued.scope, findings);
}
