import type { AppContext } from '../context';
import { importDirectory } from '../services/import-directory';
import { PermanentJobError, type JobHandler } from './worker';

export const DIRECTORY_IMPORT_JOB = 'directory.import';

/**
 * Runs an operator's directory import. Idempotent: a finished import is skipped, and running an
 * interrupted one again upserts the same rows.
 */
export function directoryImportHandler(ctx: Omit<AppContext, 'worker'>): JobHandler {
  return async (payload) => {
    const importId = (payload as { importId?: unknown }).importId;
    if (typeof importId !== 'number') throw new PermanentJobError('importId missing');
    const row = await ctx.db
      .selectFrom('directory_imports')
      .select(['status', 'structures_csv', 'services_csv'])
      .where('id', '=', importId)
      .executeTakeFirst();
    if (!row || row.status === 'done' || row.status === 'failed') return;
    if (row.structures_csv === null) throw new PermanentJobError('import files are gone');
    try {
      await importDirectory(ctx, importId, {
        structuresCsv: row.structures_csv,
        servicesCsv: row.services_csv,
      });
    } catch (error) {
      ctx.log.error({ err: error, importId }, 'directory import failed');
      await ctx.db
        .updateTable('directory_imports')
        .set({
          status: 'failed',
          error: error instanceof Error ? error.message.slice(0, 500) : 'unexpected error',
          finished_at: ctx.now(),
          structures_csv: null,
          services_csv: null,
        })
        .where('id', '=', importId)
        .execute();
      throw new PermanentJobError('directory import failed');
    }
  };
}
