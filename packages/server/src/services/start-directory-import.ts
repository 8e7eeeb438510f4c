import type { AppContext } from '../context';
import { AppError } from '../errors';
import { DIRECTORY_IMPORT_JOB } from '../jobs/directory-import';
import { enqueueJob } from '../jobs/queue';

/** Directory imports are the platform operator's; checked before any upload is read. */
export function requireOperator(actor: { isOperator: boolean }): void {
  if (!actor.isOperator) {
    throw new AppError('FORBIDDEN', {
      fr: "Réservé à l'opérateur de la plateforme.",
      en: 'Reserved to the platform operator.',
    });
  }
}

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
  requireOperator(actor);
  const id = await ctx.db.transaction().execute(async (trx) => {
    // Two imports at once would each deactivate what the other just listed.
    const running = await trx
      .selectFrom('directory_imports')
      .select('id')
      .where('source', '=', 'api')
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst();
    if (running) {
      throw new AppError(
        'CONFLICT',
        {
          fr: `L'import n° ${running.id} n'est pas terminé : attendez sa fin.`,
          en: `Import #${running.id} has not finished yet: wait for it to end.`,
        },
        { reason: 'IMPORT_RUNNING', data: { importId: running.id } },
      );
    }
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
