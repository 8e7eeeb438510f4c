import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database';

/**
 * A fresh, empty database for one test file: a new database on the PostgreSQL server when
 * DATABASE_URL is set (as in CI), otherwise an in-memory PGlite. Dropped on close.
 */
/**
 * A new, empty database on the PostgreSQL server of DATABASE_URL (undefined when it is not set):
 * its URL, and how to drop it.
 */
export async function createServerDatabase(
  prefix = 'chorale_test',
): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return undefined;
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export async function createTestDatabase(): Promise<DatabaseHandle> {
  const server = await createServerDatabase();
  if (!server) return openDatabase({ databaseUrl: undefined, dataDir: undefined });
  const handle = await openDatabase({ databaseUrl: server.url, dataDir: undefined, poolSize: 5 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await server.drop();
    },
  };
}
