import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { FluxChannel, StoredFinding } from '../../db/tables/fluxes';
import { eventHash, GENESIS_HASH } from '../../domain/invoices/event-chain';
import { requiresValidator } from '../../domain/invoices/billing-frameworks';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import { statusesOnSending, type InvoiceStatus } from '../../domain/invoices/invoice-status';
import type { Executor } from '../../jobs/queue';
import type { FluxInvoiceColumns } from './flux-portal-rules';

/** The outcome of one flux item, ready to be written. */
/** What the integration report shows of an invoice of a flux, accepted or refused. */
export interface ShownInReport {
  number: string;
  recipientIdentifier: string;
  recipientName: string;
  totalInclVat: string | null;
  currency: string;
}

export interface ItemOutcome {
  position: number;
  fileName: string;
  sha256: string;
  mediaType: string;
  findings: StoredFinding[];
  /** Present when the invoice is accepted. */
  accepted?: { modelJson: string; input: InvoiceInput; columns: FluxInvoiceColumns };
  /** What the report shows even for a refused invoice, when the file could be read. */
  shown?: ShownInReport;
}

export interface ChunkContext {
  fluxId: string;
  fluxNumber: string;
  supplierStructureId: string;
  depositedBy: string | null;
  channel: FluxChannel;
  now: Date;
}

const MONEY = /^-?\d{1,17}(\.\d{1,2})?$/;

/**
 * Writes a chunk of a flux in the caller's transaction: the accepted invoices (multi-row inserts),
 * their hash-chained status events, the items' results and the flux's counts. Invoices and item
 * results commit together or not at all: a worker stopped anywhere leaves the chunk pending.
 * Returns the chunk's counts and the flux's progress after it.
 */
export async function storeFluxChunk(
  trx: Executor,
  chunk: ChunkContext,
  outcomes: ItemOutcome[],
): Promise<{ accepted: number; refused: number; processed: number; total: number }> {
  const accepted = outcomes.filter((o) => o.accepted);
  const ids = new Map<number, string>();
  if (accepted.length > 0) {
    const seq = await sql<{
      n: number;
    }>`select nextval('invoice_number_seq')::int as n from generate_series(1, ${accepted.length})`.execute(
      trx,
    );
    const year = chunk.now.getUTCFullYear();
    const mode = chunk.channel === 'portal' ? 'UPLOAD_PORTAIL' : 'UPLOAD_API';
    const invoices = [];
    const events = [];
    for (const [index, outcome] of accepted.entries()) {
      const { modelJson, input, columns } = outcome.accepted!;
      const id = randomUUID();
      ids.set(outcome.position, id);
      const statuses = statusesOnSending(requiresValidator(columns.billing_framework));
      invoices.push({
        id,
        ...columns,
        chorale_id: `CHO${year}${String(seq.rows[index]!.n).padStart(9, '0')}`,
        supplier_structure_id: chunk.supplierStructureId,
        status: statuses[statuses.length - 1]!,
        input: JSON.stringify(input),
        model: modelJson,
        deposited_at: chunk.now,
        deposit_mode: mode,
        source_sha256: outcome.sha256,
        source_file_name: outcome.fileName,
        source_media_type: outcome.mediaType,
        flux_id: chunk.fluxId,
        created_by: chunk.depositedBy,
        created_at: chunk.now,
        updated_at: chunk.now,
        last_event_at: chunk.now,
      });
      // A new invoice's chain starts at the genesis hash: computed here, written in one insert.
      let previousHash = GENESIS_HASH;
      let from: InvoiceStatus | null = null;
      for (const [i, to] of statuses.entries()) {
        const content = {
          invoiceId: id,
          seq: i + 1,
          at: chunk.now.toISOString(),
          actorUserId: from === null ? chunk.depositedBy : null,
          fromStatus: from,
          toStatus: to,
          reason: from === null ? `Dépôt d'un lot (flux ${chunk.fluxNumber})` : null,
        };
        const hash = eventHash(previousHash, content);
        events.push({
          invoice_id: id,
          seq: content.seq,
          at: chunk.now,
          actor_user_id: content.actorUserId,
          from_status: from,
          to_status: to,
          reason: content.reason,
          previous_hash: previousHash,
          hash,
        });
        previousHash = hash;
        from = to;
      }
    }
    await trx.insertInto('invoices').values(invoices).execute();
    await trx.insertInto('invoice_events').values(events).execute();
  }

  const rows = outcomes.map((o) => {
    const total = o.shown?.totalInclVat;
    return sql`(${o.position}::int, ${o.accepted ? 'accepted' : 'refused'}, ${ids.get(o.position) ?? null}::uuid, ${o.shown?.number.slice(0, 200) ?? null}, ${o.shown?.recipientIdentifier.slice(0, 100) ?? null}, ${o.shown?.recipientName.slice(0, 300) ?? null}, ${total && MONEY.test(total) ? total : null}::numeric, ${o.shown?.currency.slice(0, 3) ?? null}, ${JSON.stringify(o.findings)}::jsonb)`;
  });
  await sql`
    update flux_items as fi set status = v.status, invoice_id = v.invoice_id, number = v.number,
      recipient_identifier = v.recipient_identifier, recipient_name = v.recipient_name,
      total_incl_vat = v.total_incl_vat, currency = v.currency, findings = v.findings
    from (values ${sql.join(rows)}) as v(position, status, invoice_id, number, recipient_identifier,
      recipient_name, total_incl_vat, currency, findings)
    where fi.flux_id = ${chunk.fluxId} and fi.position = v.position`.execute(trx);
  const counts = { accepted: accepted.length, refused: outcomes.length - accepted.length };
  const progress = await trx
    .updateTable('fluxes')
    .set((eb) => ({
      processed_count: eb('processed_count', '+', outcomes.length),
      accepted_count: eb('accepted_count', '+', counts.accepted),
      refused_count: eb('refused_count', '+', counts.refused),
    }))
    .where('id', '=', chunk.fluxId)
    .returning(['processed_count', 'total_count'])
    .executeTakeFirstOrThrow();
  return { ...counts, processed: progress.processed_count, total: progress.total_count };
}
