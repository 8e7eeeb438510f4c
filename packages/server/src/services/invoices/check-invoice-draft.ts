import type { AppContext } from '../../context';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import { authorizeIssue, loadIssuedScope, type AuthUser } from './invoice-scope';
import { prepareInvoice } from './prepare-invoice';
import { presentFinding, type PresentedFinding } from './present-invoice';
import { todayOf } from './save-invoice-draft';

/**
 * The portal rules on a form being typed, without saving anything: the form calls it as the user
 * goes and shows each finding beside its field (the EN 16931 rules run when sending).
 */
export async function checkInvoiceDraft(
  ctx: AppContext,
  user: AuthUser,
  options: { structureId: string; input: InvoiceInput; invoiceId?: string },
): Promise<PresentedFinding[]> {
  const issued = await loadIssuedScope(ctx.db, user);
  authorizeIssue(issued, options.structureId, options.input.supplierServiceId ?? null);
  const prepared = await prepareInvoice(ctx.db, {
    invoiceId: options.invoiceId ?? null,
    supplierStructureId: options.structureId,
    input: options.input,
    today: todayOf(ctx),
    forSending: true,
  });
  return prepared.findings.map(presentFinding);
}
