import { loadCliConfig } from './cli-config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';

/** `chorale db:migrate`: applies pending migrations to the configured database, then stops. */
export async function runDbMigrate(args: string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write(
      'Usage: chorale db:migrate (no arguments; uses DATABASE_URL or DATA_DIR)\n',
    );
    return 2;
  }
  const config = loadCliConfig();
  if (!config) return 2;
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrateToLatest(handle.db);
    process.stdout.write(
      applied.length === 0
        ? 'The database is up to date.\n'
        : `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}
