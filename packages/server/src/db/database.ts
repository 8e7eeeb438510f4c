import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema';

export type DB = Kysely<Database>;

export interface DatabaseHandle {
  db: DB;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

// Both drivers return the same JavaScript values: numeric as exact decimal strings (money is never a
// float), plain dates as 'YYYY-MM-DD' strings (no time zone shift), int8 (counts) as numbers.
const OID = { int8: 20, date: 1082, numeric: 1700 } as const;
const identity = (value: string): string => value;

pg.types.setTypeParser(OID.int8, (value: string) => Number(value));
pg.types.setTypeParser(OID.date, identity);
pg.types.setTypeParser(OID.numeric, identity);

export async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, {
    parsers: {
      [OID.int8]: (value: string) => Number(value),
      [OID.date]: identity,
      [OID.numeric]: identity,
    },
  });
  await client.waitReady;
  return client;
}

export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  poolSize?: number;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
    });
    // An idle pooled connection closed by the server (restart, failover, a dropped database) is
    // emitted as 'error'; unhandled, it would kill the process. The pool discards that client and
    // the next query opens a fresh one, so there is nothing else to do here.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const client = await openPglite(
    options.dataDir ? path.join(options.dataDir, 'pgdata') : undefined,
  );
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
    },
  };
}
