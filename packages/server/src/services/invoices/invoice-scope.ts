import { loadActor } from '../../db/queries/habilitation';
import { findVisibleInvoice, type InvoiceRow } from '../../db/queries/invoices';
import { visibleScope, type Actor, type VisibleScope } from '../../domain/habilitation/policy';
import { AppError, notFound } from '../../errors';
import type { Executor } from '../../jobs/queue';
import { authorize, type AuthUser } from '../structures/access';

export type { AuthUser };

export interface IssuedScope {
  actor: Actor;
  /** Structures (and services) whose issued invoices the user sees (« Factures émises »). */
  scope: VisibleScope[];
}

export async function loadIssuedScope(db: Executor, user: AuthUser): Promise<IssuedScope> {
  const actor = await loadActor(db, user);
  return { actor, scope: visibleScope(actor, 'FACTURES_EMISES') };
}

export const invoiceNotFound = () =>
  notFound({ fr: 'Facture introuvable.', en: 'Invoice not found.' });

/** The invoice if the user sees it (else NOT_FOUND, never a hint that it exists). */
export async function loadVisibleInvoice(
  db: Executor,
  issued: IssuedScope,
  invoiceId: string,
  options: { forUpdate?: boolean } = {},
): Promise<InvoiceRow> {
  if (!/^[0-9a-f-]{36}$/i.test(invoiceId)) throw invoiceNotFound();
  const row = await findVisibleInvoice(db, issued.scope, invoiceId, options);
  if (!row) throw invoiceNotFound();
  return row;
}

/** Creating or changing an invoice of this structure (and service) needs « Factures émises ». */
export function authorizeIssue(
  issued: IssuedScope,
  structureId: string,
  serviceId: string | null,
): void {
  authorize(issued.actor, 'invoice.create', { structureId, serviceId });
}

export function notEditable(): AppError {
  return new AppError(
    'CONFLICT',
    {
      fr: 'Cette facture a été envoyée : elle ne peut plus être modifiée ni supprimée.',
      en: 'This invoice has been sent: it can no longer be changed or deleted.',
    },
    { reason: 'INVOICE_NOT_EDITABLE' },
  );
}
