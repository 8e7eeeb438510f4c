import type { AppContext } from '../../context';
import { isEditable } from '../../domain/invoices/invoice-status';
import {
  authorizeIssue,
  loadIssuedScope,
  loadVisibleInvoice,
  notEditable,
  type AuthUser,
} from './invoice-scope';

/** Deletes a draft (with its history); a sent invoice cannot be deleted. */
export async function deleteInvoiceDraft(
  ctx: AppContext,
  user: AuthUser,
  invoiceId: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const issued = await loadIssuedScope(trx, user);
    const current = await loadVisibleInvoice(trx, issued, invoiceId, { forUpdate: true });
    authorizeIssue(issued, current.supplier_structure_id, current.supplier_service_id);
    if (!isEditable(current.status)) throw notEditable();
    await trx.deleteFrom('invoices').where('id', '=', current.id).execute();
  });
}
