import { eventHash, GENESIS_HASH } from '../../domain/invoices/event-chain';
import type { InvoiceStatus } from '../../domain/invoices/invoice-status';
import type { Executor } from '../../jobs/queue';

export interface InvoiceEventInput {
  invoiceId: string;
  at: Date;
  actorUserId: string | null;
  from: InvoiceStatus | null;
  to: InvoiceStatus;
  reason?: string | null;
}

/**
 * Appends a status event chained on the invoice's last one. The caller holds the invoice row
 * (`for update`) in its transaction, so two events never race for the same place; the unique
 * (invoice_id, seq) would refuse a fork anyway.
 */
export async function appendInvoiceEvent(db: Executor, e: InvoiceEventInput): Promise<void> {
  const last = await db
    .selectFrom('invoice_events')
    .select(['seq', 'hash'])
    .where('invoice_id', '=', e.invoiceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  const previousHash = last?.hash ?? GENESIS_HASH;
  const content = {
    invoiceId: e.invoiceId,
    seq,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    fromStatus: e.from,
    toStatus: e.to,
    reason: e.reason ?? null,
  };
  await db
    .insertInto('invoice_events')
    .values({
      invoice_id: e.invoiceId,
      seq,
      at: e.at,
      actor_user_id: e.actorUserId,
      from_status: e.from,
      to_status: e.to,
      reason: content.reason,
      previous_hash: previousHash,
      hash: eventHash(previousHash, content),
    })
    .execute();
  await db
    .updateTable('invoices')
    .set({ last_event_at: e.at })
    .where('id', '=', e.invoiceId)
    .execute();
}

export async function findInvoiceEvents(db: Executor, invoiceId: string) {
  return db
    .selectFrom('invoice_events')
    .leftJoin('users', 'users.id', 'invoice_events.actor_user_id')
    .select([
      'invoice_events.seq',
      'invoice_events.at',
      'invoice_events.actor_user_id',
      'invoice_events.from_status',
      'invoice_events.to_status',
      'invoice_events.reason',
      'invoice_events.previous_hash',
      'invoice_events.hash',
      'invoice_events.invoice_id',
      'users.first_name',
      'users.last_name',
    ])
    .where('invoice_events.invoice_id', '=', invoiceId)
    .orderBy('invoice_events.seq')
    .execute();
}
