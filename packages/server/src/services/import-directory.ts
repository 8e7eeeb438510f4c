import { sql } from 'kysely';
import type { AppContext } from '../context';
import {
  deactivateUnlistedServices,
  deactivateUnlistedStructures,
  markDirectoryStructuresSeen,
  replaceTrigramStats,
  searchColumnsOf,
  upsertDirectoryServices,
  upsertDirectoryStructures,
} from '../db/queries/directory-import';
import { rebuildDirectoryVocabulary } from '../db/queries/directory-words';
import type { RowProblem } from '../domain/directory/file-format';
import { readServicesFile, readStructuresFile, structureKey } from '../domain/directory/read-files';

/** What the import needs (the job runner has no worker to kick). */
export type ImportContext = Pick<AppContext, 'db' | 'now'>;

/** Rows per statement and per transaction: a crash loses at most the chunk in flight. */
export const IMPORT_CHUNK = 1000;
/** Problems kept on the import record (the count is exact; a wholly wrong file stays small). */
const MAX_STORED_PROBLEMS = 1000;

export interface ImportProgress {
  phase: 'reading' | 'structures' | 'services' | 'finishing';
  done: number;
  total: number;
}

export interface DirectoryImportSummary {
  importId: number;
  status: 'done' | 'failed';
  structures: { total: number; created: number; updated: number; deactivated: number };
  services: { total: number; created: number; updated: number; deactivated: number };
  problemCount: number;
  problems: RowProblem[];
}

export interface DirectoryImportFiles {
  structuresCsv: string;
  servicesCsv: string | null;
}

/**
 * Imports the official annuaire files into an existing import record: an upsert by identifier,
 * one transaction per chunk; structures (and services) of earlier imports that this one does not
 * list are deactivated at the end, never deleted. Bad lines are reported by number and skipped.
 * Idempotent: running it again with the same files gives the same directory (job retries).
 */
export async function importDirectory(
  ctx: ImportContext,
  importId: number,
  files: DirectoryImportFiles,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<DirectoryImportSummary> {
  onProgress({ phase: 'reading', done: 0, total: 0 });
  const structures = readStructuresFile(files.structuresCsv);
  const services =
    files.servicesCsv === null
      ? undefined
      : readServicesFile(files.servicesCsv, (key) => structures.seen.has(key));
  const problems = [...structures.problems, ...(services?.problems ?? [])];
  const summary: DirectoryImportSummary = {
    importId,
    status: 'done',
    structures: { total: structures.rows.length, created: 0, updated: 0, deactivated: 0 },
    services: { total: services?.rows.length ?? 0, created: 0, updated: 0, deactivated: 0 },
    problemCount: problems.length,
    problems,
  };
  await ctx.db
    .updateTable('directory_imports')
    .set({
      status: 'running',
      started_at: ctx.now(),
      structures_total: summary.structures.total,
      services_total: summary.services.total,
      structures_done: 0,
      services_done: 0,
      problem_count: problems.length,
      problems: JSON.stringify(problems.slice(0, MAX_STORED_PROBLEMS)),
    })
    .where('id', '=', importId)
    .execute();

  // No good line at all (wrong file, wrong header): deactivating "everything not listed" would
  // empty the directory, so nothing is changed.
  if (structures.rows.length === 0) {
    summary.status = 'failed';
    await finish(ctx, importId, summary, 'no valid structure line: nothing imported');
    return summary;
  }

  for (let i = 0; i < structures.rows.length; i += IMPORT_CHUNK) {
    const chunk = structures.rows.slice(i, i + IMPORT_CHUNK);
    await ctx.db.transaction().execute(async (trx) => {
      const counts = await upsertDirectoryStructures(trx, chunk, importId);
      summary.structures.created += counts.created;
      summary.structures.updated += counts.updated;
      await trx
        .updateTable('directory_imports')
        .set({
          structures_done: i + chunk.length,
          structures_created: summary.structures.created,
          structures_updated: summary.structures.updated,
        })
        .where('id', '=', importId)
        .execute();
    });
    onProgress({ phase: 'structures', done: i + chunk.length, total: structures.rows.length });
  }

  const good = new Set(structures.rows.map((r) => structureKey(r.identifierType, r.identifier)));
  const refusedButNamed = [...structures.seen]
    .filter((key) => !good.has(key))
    .map((key) => {
      const at = key.indexOf(':');
      return { identifierType: key.slice(0, at), identifier: key.slice(at + 1) };
    });
  await markDirectoryStructuresSeen(ctx.db, refusedButNamed, importId);

  const serviceRows = services?.rows ?? [];
  for (let i = 0; i < serviceRows.length; i += IMPORT_CHUNK) {
    const chunk = serviceRows.slice(i, i + IMPORT_CHUNK);
    await ctx.db.transaction().execute(async (trx) => {
      const counts = await upsertDirectoryServices(trx, chunk, importId);
      summary.services.created += counts.created;
      summary.services.updated += counts.updated;
      await trx
        .updateTable('directory_imports')
        .set({
          services_done: i + chunk.length,
          services_created: summary.services.created,
          services_updated: summary.services.updated,
        })
        .where('id', '=', importId)
        .execute();
    });
    onProgress({ phase: 'services', done: i + chunk.length, total: serviceRows.length });
  }

  onProgress({ phase: 'finishing', done: 0, total: 0 });
  const frequencies = new Map<string, number>();
  for (const row of structures.rows) {
    if (!row.isActive) continue;
    for (const t of searchColumnsOf(row).search_trigrams) {
      frequencies.set(t, (frequencies.get(t) ?? 0) + 1);
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    summary.structures.deactivated = await deactivateUnlistedStructures(trx, importId);
    // Without a services file, services are left as they are.
    if (services) summary.services.deactivated = await deactivateUnlistedServices(trx, importId);
    await replaceTrigramStats(trx, frequencies);
    await rebuildDirectoryVocabulary(trx);
  });
  // Fresh statistics after a bulk change, so the planner picks the search indexes right away;
  // vacuum too, since a re-import updates every row: the embedded PGlite has no autovacuum to
  // reclaim them, and the visibility map lets counts read the city index alone.
  await sql`vacuum analyze structures`.execute(ctx.db);
  await sql`analyze services`.execute(ctx.db);
  await finish(ctx, importId, summary, null);
  return summary;
}

async function finish(
  ctx: ImportContext,
  importId: number,
  summary: DirectoryImportSummary,
  error: string | null,
): Promise<void> {
  await ctx.db
    .updateTable('directory_imports')
    .set({
      status: summary.status,
      error,
      finished_at: ctx.now(),
      structures_deactivated: summary.structures.deactivated,
      services_deactivated: summary.services.deactivated,
      // The files are not needed any more and can weigh tens of megabytes.
      structures_csv: null,
      services_csv: null,
    })
    .where('id', '=', importId)
    .execute();
}

/** Creates the import record (for the CLI and the demo data, which run the import at once). */
export async function createDirectoryImport(
  ctx: ImportContext,
  input: {
    source: 'cli' | 'api' | 'demo';
    createdBy: string | null;
    structuresFileName: string | null;
    servicesFileName: string | null;
    files?: DirectoryImportFiles;
  },
): Promise<number> {
  const row = await ctx.db
    .insertInto('directory_imports')
    .values({
      source: input.source,
      created_by: input.createdBy,
      structures_file_name: input.structuresFileName,
      services_file_name: input.servicesFileName,
      structures_csv: input.files?.structuresCsv ?? null,
      services_csv: input.files?.servicesCsv ?? null,
      created_at: ctx.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
