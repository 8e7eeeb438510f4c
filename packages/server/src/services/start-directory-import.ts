import type { AppContext } from '../context';
import { AppError } from '../errors';
import { DIRECTORY_IMPORT_JOB } from '../jobs/directory-import';
import { enqueueJob } from '../jobs/queue';

/**
 * The operator's import: the files are stored with the import record and a durable job runs it
 * in the background (a restart resumes it; the import is idempotent). Only operators.
 */
export async function startDirectoryImport(
  ctx: AppContext,
  actor: { id: string; isOperator: boolean },
  input: {
    structuresFileName: string;
    structuresCsv: string;
    servicesFileName: string | null;
    servicesCsv: string | null;
  },
): Promise<number> {
  if (!actor.isOperator) {
    throw new AppError('FORBIDDEN', {
      fr: "Seul l'opérateur de la plateforme importe l'annuaire.",
      en: 'Only the platform operator imports the directory.',
    });
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('directory_imports')
      .values({
        source: 'api',
        created_by: actor.id,
        structures_file_name: input.structuresFileName,
        services_file_name: input.servicesFileName,
        structures_csv: input.structuresCsv,
        services_csv: input.servicesCsv,
        created_at: ctx.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueJob(trx, DIRECTORY_IMPORT_JOB, { importId: row.id }, { maxAttempts: 3 });
    return row.id;
  });
  ctx.worker.kick();
  return id;
}
