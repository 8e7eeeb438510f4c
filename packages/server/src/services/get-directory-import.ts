import type { Selectable } from 'kysely';
import type { AppContext } from '../context';
import type { DirectoryImportsTable } from '../db/tables/directory';
import { notFound } from '../errors';
import { requireOperator } from './start-directory-import';

export type DirectoryImportRecord = Omit<
  Selectable<DirectoryImportsTable>,
  'structures_csv' | 'services_csv'
>;

/** An import's progress, counts and problems by line (operators only). */
export async function getDirectoryImport(
  ctx: AppContext,
  actor: { isOperator: boolean },
  id: number,
): Promise<DirectoryImportRecord> {
  requireOperator(actor);
  const row = await ctx.db
    .selectFrom('directory_imports')
    // Never the stored files: they can weigh tens of megabytes and progress is polled.
    .select([
      'id',
      'status',
      'source',
      'created_by',
      'structures_file_name',
      'services_file_name',
      'structures_total',
      'services_total',
      'structures_done',
      'services_done',
      'structures_created',
      'structures_updated',
      'structures_deactivated',
      'services_created',
      'services_updated',
      'services_deactivated',
      'problem_count',
      'problems',
      'error',
      'created_at',
      'started_at',
      'finished_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
