import { inputFromModel } from '../../domain/invoices/input-from-model';
import type { AppContext } from '../../context';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import type { FluxStatus } from '../../db/tables/fluxes';
import {
  DEFAULT_FLUX_LIMITS,
  unpackFlux,
  type FluxLimits,
  type FluxSyntax,
} from '../../flux/unpack';
import { createBlobStore, type BlobStore } from '../../storage/blob-store';
import { loadFluxFacts, numberKey } from './flux-facts';
import { judgeFluxEntry } from './flux-portal-rules';
import { finalStatusOf, finishFlux } from './finish-flux';
import { readFluxEntry, type EntryReading } from './read-flux-entry';
import { storeFluxChunk, type ItemOutcome } from './store-flux-chunk';

type Ctx = Omit<AppContext, 'worker'>;

/** Invoices per transaction: big enough for bulk inserts, small enough to lose little on a crash. */
export const FLUX_CHUNK_SIZE = 50;

export const TERMINAL_FLUX_STATUSES: readonly FluxStatus[] = [
  'IN_INTEGRE',
  'IN_INTEGRE_PARTIEL',
  'IN_REJETE',
  'IN_INCIDENTE',
];

export function fluxLimits(ctx: Pick<AppContext, 'config'>): FluxLimits {
  return {
    ...DEFAULT_FLUX_LIMITS,
    maxFileBytes: ctx.config.fluxMaxFileBytes,
    maxFluxBytes: ctx.config.fluxMaxBytes,
  };
}

/** Time spent per phase, so the bottleneck (reading and rules vs storing) is visible. */
export interface IntegrationTimings {
  readMs: number;
  storeMs: number;
}

const mediaTypeOf = (bytes: Uint8Array) =>
  bytes[0] === 0x25 && bytes[1] === 0x50 ? 'application/pdf' : 'application/xml';

async function loadFlux(ctx: Ctx, fluxId: string) {
  return ctx.db.selectFrom('fluxes').selectAll().where('id', '=', fluxId).executeTakeFirst();
}

type FluxRecord = NonNullable<Awaited<ReturnType<typeof loadFlux>>>;
type Outcome = ItemOutcome & { input?: InvoiceInput };

/**
 * First run of a flux: unpack it (limits enforced on the real bytes), keep each entry's original
 * bytes in the blob store, and create one pending item per entry, all in one transaction. An
 * unreadable flux ends here, rejected with its refusal.
 */
async function createItems(ctx: Ctx, blobs: BlobStore, flux: FluxRecord): Promise<boolean> {
  const bytes = await blobs.get(flux.sha256);
  if (!bytes) throw new Error(`flux ${flux.number}: deposited file missing from the blob store`);
  const unpacked = unpackFlux(bytes, fluxLimits(ctx), flux.file_name);
  const entries = unpacked.ok ? unpacked.entries : [];
  const hashes: string[] = [];
  for (const entry of entries) hashes.push(await blobs.put(entry.bytes));
  return ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('fluxes')
      .select('status')
      .where('id', '=', flux.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    // Another worker got here first (a lease that ran out): its items stand.
    if (current.status !== 'IN_EN_ATTENTE_TRAITEMENT')
      return current.status === 'IN_EN_COURS_TRAITEMENT';
    if (!unpacked.ok) {
      await finishFlux(ctx, trx, flux, {
        status: 'IN_REJETE',
        accepted: 0,
        refused: 0,
        refusal: unpacked.refusal,
      });
      return false;
    }
    for (let start = 0; start < entries.length; start += 500) {
      await trx
        .insertInto('flux_items')
        .values(
          entries.slice(start, start + 500).map((entry, i) => ({
            flux_id: flux.id,
            position: start + i + 1,
            file_name: entry.name.slice(0, 500),
            size_bytes: entry.bytes.length,
            sha256: hashes[start + i]!,
          })),
        )
        .execute();
    }
    await trx
      .updateTable('fluxes')
      .set({
        status: 'IN_EN_COURS_TRAITEMENT',
        started_at: ctx.now(),
        total_count: entries.length,
        container: unpacked.container,
      })
      .where('id', '=', flux.id)
      .execute();
    return true;
  });
}

function outcomeOf(
  item: { position: number; file_name: string; sha256: string },
  bytes: Uint8Array,
  reading: EntryReading,
): Outcome {
  const base = {
    position: item.position,
    fileName: item.file_name,
    sha256: item.sha256,
    mediaType: mediaTypeOf(bytes),
    findings: reading.findings,
  };
  if (!reading.model) return base;
  const model = reading.model;
  const input = inputFromModel(model);
  return {
    ...base,
    input,
    shown: {
      number: model.number,
      recipientIdentifier: input.recipient.identifier,
      recipientName: model.buyer.name,
      totalInclVat: model.totals.taxInclusiveAmount,
      currency: model.currencyCode,
    },
  };
}

/** Reads, judges and stores the next pending items; false when none was left. */
async function integrateChunk(
  ctx: Ctx,
  blobs: BlobStore,
  flux: FluxRecord,
  timings: IntegrationTimings,
): Promise<boolean> {
  const pending = await ctx.db
    .selectFrom('flux_items')
    .select(['position', 'file_name', 'sha256'])
    .where('flux_id', '=', flux.id)
    .where('status', '=', 'pending')
    .orderBy('position')
    .limit(FLUX_CHUNK_SIZE)
    .execute();
  if (pending.length === 0) return false;
  const readStart = performance.now();
  const read: Array<{ reading: EntryReading; outcome: Outcome }> = [];
  for (const item of pending) {
    const bytes = await blobs.get(item.sha256);
    if (!bytes)
      throw new Error(`flux ${flux.number}: entry ${item.position} missing from the blob store`);
    const reading = await readFluxEntry(flux.syntax as FluxSyntax, { name: item.file_name, bytes });
    read.push({ reading, outcome: outcomeOf(item, bytes, reading) });
  }
  timings.readMs += performance.now() - readStart;
  const storeStart = performance.now();
  await ctx.db.transaction().execute(async (trx) => {
    // The flux row lock serialises chunks: a second worker on the same flux waits, then finds
    // these items done and skips them.
    await trx.selectFrom('fluxes').select('id').where('id', '=', flux.id).forUpdate().execute();
    const still = await trx
      .selectFrom('flux_items')
      .select('position')
      .where('flux_id', '=', flux.id)
      .where('status', '=', 'pending')
      .where(
        'position',
        'in',
        pending.map((p) => p.position),
      )
      .execute();
    const open = new Set(still.map((s) => s.position));
    const todo = read.filter((r) => open.has(r.outcome.position));
    if (todo.length === 0) return;
    const readable = todo.filter((r) => r.outcome.input && !r.reading.fatal);
    const facts = await loadFluxFacts(trx, {
      supplierStructureId: flux.supplier_structure_id,
      today: ctx.now().toISOString().slice(0, 10),
      inputs: readable.map((r) => r.outcome.input!),
    });
    const seen = new Set<string>();
    const outcomes: ItemOutcome[] = todo.map(({ reading, outcome }) => {
      const { input, ...rest } = outcome;
      if (!input || reading.fatal || !reading.model) return rest;
      const judged = judgeFluxEntry(input, reading.model, reading.sourceMap, facts, seen);
      if (judged.findings.length > 0) {
        return { ...rest, findings: [...judged.findings, ...rest.findings] };
      }
      seen.add(numberKey(input));
      return { ...rest, accepted: { model: reading.model, input, columns: judged.columns } };
    });
    await storeFluxChunk(
      trx,
      {
        fluxId: flux.id,
        fluxNumber: flux.number,
        supplierStructureId: flux.supplier_structure_id,
        depositedBy: flux.deposited_by,
        channel: flux.channel,
        now: ctx.now(),
      },
      outcomes,
    );
  });
  timings.storeMs += performance.now() - storeStart;
  return true;
}

/**
 * Integrates a flux, resuming where a previous run stopped: items are created once, then
 * processed in chunks, each chunk's invoices and item results committed together. Safe to run
 * again at any point, by any worker.
 */
export async function integrateFlux(ctx: Ctx, fluxId: string): Promise<IntegrationTimings> {
  const timings: IntegrationTimings = { readMs: 0, storeMs: 0 };
  const blobs = createBlobStore(ctx.config.dataDir);
  const flux = await loadFlux(ctx, fluxId);
  if (!flux || TERMINAL_FLUX_STATUSES.includes(flux.status)) return timings;
  if (flux.status === 'IN_EN_ATTENTE_TRAITEMENT' || flux.status === 'IN_RECU') {
    if (!(await createItems(ctx, blobs, flux))) return timings;
  }
  while (await integrateChunk(ctx, blobs, flux, timings)) {
    const progress = await loadFlux(ctx, fluxId);
    ctx.log.info(
      {
        fluxId,
        number: flux.number,
        processed: progress?.processed_count,
        total: progress?.total_count,
      },
      'flux chunk integrated',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('fluxes')
      .selectAll()
      .where('id', '=', fluxId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (current.status !== 'IN_EN_COURS_TRAITEMENT') return;
    const counts = { accepted: current.accepted_count, refused: current.refused_count };
    await finishFlux(ctx, trx, current, { status: finalStatusOf(counts), ...counts });
  });
  return timings;
}

/** After the job's last attempt: the flux is shown in incident, with what went wrong kept. */
export async function markFluxIncident(ctx: Ctx, fluxId: string, error: unknown): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('fluxes')
      .selectAll()
      .where('id', '=', fluxId)
      .forUpdate()
      .executeTakeFirst();
    if (!current || TERMINAL_FLUX_STATUSES.includes(current.status)) return;
    await finishFlux(ctx, trx, current, {
      status: 'IN_INCIDENTE',
      accepted: current.accepted_count,
      refused: current.refused_count,
      technicalError: error instanceof Error ? error.message : String(error),
    });
  });
}
