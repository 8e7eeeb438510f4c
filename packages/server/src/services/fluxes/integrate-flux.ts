import type { AppContext } from '../../context';
import { requiresValidator } from '../../domain/invoices/billing-frameworks';
import type { FluxStatus } from '../../db/tables/fluxes';
import {
  DEFAULT_FLUX_LIMITS,
  unpackFlux,
  type FluxLimits,
  type FluxSyntax,
} from '../../flux/unpack';
import { createBlobStore, type BlobStore } from '../../storage/blob-store';
import { loadFluxFacts, numberKey } from './flux-facts';
import { judgeFluxEntry, locatedFinding } from './flux-portal-rules';
import { finalStatusOf, finishFlux } from './finish-flux';
import { fluxReadPool, type FluxReadPool } from './flux-read-pool';
import { locateTerms, type ReadFluxItem } from './read-flux-item';
import { storeFluxChunk, type ItemOutcome } from './store-flux-chunk';

type Ctx = Omit<AppContext, 'worker'>;

/**
 * Invoices per transaction: big enough for bulk inserts, small enough to lose little on a crash
 * and for reading the next chunk to overlap storing this one.
 */
export const FLUX_CHUNK_SIZE = 50;

/** Entries written to the blob store at once when a flux is unpacked. */
const BLOB_WRITES = 8;

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

/**
 * Time spent per phase, so the bottleneck is visible: reading + validating (in the pool) and
 * storing overlap, `readWaitMs` is how long storing waited for reading.
 */
export interface IntegrationTimings {
  readMs: number;
  readWaitMs: number;
  storeMs: number;
}

async function loadFlux(ctx: Ctx, fluxId: string) {
  return ctx.db.selectFrom('fluxes').selectAll().where('id', '=', fluxId).executeTakeFirst();
}

type FluxRecord = NonNullable<Awaited<ReturnType<typeof loadFlux>>>;

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
  // A few writes at a time: the file system works in parallel, the job does not wait for each.
  let next = 0;
  const writer = async () => {
    for (let i = next++; i < entries.length; i = next++)
      hashes[i] = await blobs.put(entries[i]!.bytes);
  };
  await Promise.all(Array.from({ length: Math.min(BLOB_WRITES, entries.length) }, writer));
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

type PendingItem = { position: number; file_name: string; sha256: string };

async function pendingItems(ctx: Ctx, fluxId: string): Promise<PendingItem[]> {
  return ctx.db
    .selectFrom('flux_items')
    .select(['position', 'file_name', 'sha256'])
    .where('flux_id', '=', fluxId)
    .where('status', '=', 'pending')
    .orderBy('position')
    .execute();
}

/** The chunk's files from the blob store, read and validated by the pool (no database). */
async function readChunk(
  blobs: BlobStore,
  pool: FluxReadPool,
  flux: FluxRecord,
  items: PendingItem[],
): Promise<ReadFluxItem[]> {
  const files = await Promise.all(
    items.map(async (item) => {
      const bytes = await blobs.get(item.sha256);
      if (!bytes)
        throw new Error(`flux ${flux.number}: entry ${item.position} missing from the blob store`);
      return { position: item.position, fileName: item.file_name, sha256: item.sha256, bytes };
    }),
  );
  return pool.read(flux.syntax as FluxSyntax, files);
}

/**
 * An A9 / A12 invoice takes the valideur given at deposit: its file has no place for one (Chorus
 * Pro gives it beside the invoice, in the `cadreDeFacturation`).
 */
function withFluxValidator(read: ReadFluxItem, flux: FluxRecord): ReadFluxItem {
  const input = read.input;
  if (!input || !flux.validator_identifier || !requiresValidator(input.billingFramework))
    return read;
  if (input.validator?.identifier.trim()) return read;
  const validator = {
    identifier: flux.validator_identifier,
    ...(flux.validator_service_code ? { serviceCode: flux.validator_service_code } : {}),
  };
  return { ...read, input: { ...input, validator } };
}

function outcomeOf(read: ReadFluxItem): ItemOutcome {
  return {
    position: read.position,
    fileName: read.fileName,
    sha256: read.sha256,
    mediaType: read.mediaType,
    findings: read.findings,
    ...(read.shown ? { shown: read.shown } : {}),
  };
}

/**
 * Judges a chunk read beforehand by the portal rules and stores it, in one transaction. Items
 * another worker did meanwhile are skipped. The flux's progress after the chunk, or undefined
 * when nothing was left to do.
 */
async function storeChunk(
  ctx: Ctx,
  blobs: BlobStore,
  flux: FluxRecord,
  read: ReadFluxItem[],
): Promise<{ processed: number; total: number } | undefined> {
  return ctx.db.transaction().execute(async (trx) => {
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
        read.map((r) => r.position),
      )
      .execute();
    const open = new Set(still.map((s) => s.position));
    const todo = read.filter((r) => open.has(r.position)).map((r) => withFluxValidator(r, flux));
    if (todo.length === 0) return undefined;
    const facts = await loadFluxFacts(trx, {
      supplierStructureId: flux.supplier_structure_id,
      today: ctx.now().toISOString().slice(0, 10),
      inputs: todo.filter((r) => r.input && !r.fatal).map((r) => r.input!),
    });
    const seen = new Set<string>();
    const outcomes: ItemOutcome[] = [];
    for (const r of todo) {
      const outcome = outcomeOf(r);
      if (!r.input || r.fatal || !r.modelJson || !r.modelFacts) {
        outcomes.push(outcome);
        continue;
      }
      const judged = judgeFluxEntry(r.input, r.modelFacts, facts, seen);
      if (judged.problems.length > 0) {
        const bytes = await blobs.get(r.sha256);
        const locate = bytes ? await locateTerms(bytes) : () => undefined;
        const portal = judged.problems.map((f) => locatedFinding(f, locate));
        outcomes.push({ ...outcome, findings: [...portal, ...outcome.findings] });
        continue;
      }
      seen.add(numberKey(r.input));
      const accepted = { modelJson: r.modelJson, input: r.input, columns: judged.columns };
      outcomes.push({ ...outcome, accepted });
    }
    const { processed, total } = await storeFluxChunk(
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
    return { processed, total };
  });
}

/**
 * Processes the pending items in chunks: the pool reads chunk N + 1 while chunk N is judged and
 * stored. Reading touches no database, so an attempt that fails or dies anywhere leaves only
 * whole chunks committed.
 */
async function integrateItems(
  ctx: Ctx,
  blobs: BlobStore,
  flux: FluxRecord,
  timings: IntegrationTimings,
): Promise<void> {
  const pool = fluxReadPool(ctx.config);
  const timedRead = async (items: PendingItem[]) => {
    const start = performance.now();
    const read = await readChunk(blobs, pool, flux, items);
    timings.readMs += performance.now() - start;
    return read;
  };
  // Until none is left: items of a chunk another worker holds are skipped, not waited for.
  for (let pending = await pendingItems(ctx, flux.id); pending.length > 0;) {
    const chunks: PendingItem[][] = [];
    for (let i = 0; i < pending.length; i += FLUX_CHUNK_SIZE)
      chunks.push(pending.slice(i, i + FLUX_CHUNK_SIZE));
    let next: Promise<ReadFluxItem[]> | undefined = timedRead(chunks[0]!);
    for (let i = 0; next; i++) {
      const waitStart = performance.now();
      const read: ReadFluxItem[] = await next;
      timings.readWaitMs += performance.now() - waitStart;
      next = i + 1 < chunks.length ? timedRead(chunks[i + 1]!) : undefined;
      // Awaited at the next turn; a failure of this chunk's store must not leave it unhandled.
      next?.catch(() => undefined);
      const storeStart = performance.now();
      const progress = await storeChunk(ctx, blobs, flux, read);
      timings.storeMs += performance.now() - storeStart;
      if (progress) {
        ctx.log.info(
          { fluxId: flux.id, number: flux.number, ...progress },
          'flux chunk integrated',
        );
      }
    }
    pending = await pendingItems(ctx, flux.id);
  }
}

/**
 * Integrates a flux, resuming where a previous run stopped: items are created once, then
 * processed in chunks, each chunk's invoices and item results committed together. Safe to run
 * again at any point, by any worker.
 */
export async function integrateFlux(ctx: Ctx, fluxId: string): Promise<IntegrationTimings> {
  const timings: IntegrationTimings = { readMs: 0, readWaitMs: 0, storeMs: 0 };
  const blobs = createBlobStore(ctx.config.dataDir);
  const flux = await loadFlux(ctx, fluxId);
  if (!flux || TERMINAL_FLUX_STATUSES.includes(flux.status)) return timings;
  if (flux.status === 'IN_EN_ATTENTE_TRAITEMENT' || flux.status === 'IN_RECU') {
    if (!(await createItems(ctx, blobs, flux))) return timings;
  }
  await integrateItems(ctx, blobs, flux, timings);
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
