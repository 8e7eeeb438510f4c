import type { Logger } from 'pino';
import type { Certificate } from 'pkijs';
import type { Config } from './config';
import type { DB } from './db/database';
import type { Worker } from './jobs/worker';
import type { Mailer } from './mail/mailer';

/**
 * What every service needs, passed explicitly (no globals): configuration, the database, the mail
 * transport, the job worker to wake after commit, a logger and the clock (tests move it).
 */
export interface AppContext {
  config: Config;
  db: DB;
  dbKind: 'pglite' | 'postgres';
  mailer: Mailer;
  worker: Worker;
  log: Logger;
  now: () => Date;
  /** Roots trusted for signed PDFs, read from TRUSTED_ROOTS_DIR at start-up. */
  trustedRoots: readonly Certificate[];
}
