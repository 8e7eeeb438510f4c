import pino, { type Logger } from 'pino';
import type { Config } from './config';
import type { AppContext } from './context';
import { openDatabase, type DatabaseHandle } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createJobHandlers } from './jobs/handlers';
import { startWorker } from './jobs/worker';
import { fluxReadPool } from './services/fluxes/flux-read-pool';
import { createMailer } from './mail/mailer';
import { loadTrustedRoots } from './signatures/certificates';

export interface Runtime {
  ctx: AppContext;
  close(): Promise<void>;
}

/** Opens the database, applies migrations, and starts the mail transport and the job worker. */
export async function createRuntime(
  config: Config,
  options: { log?: Logger; database?: DatabaseHandle; manualWorker?: boolean } = {},
): Promise<Runtime> {
  const log = options.log ?? pino({ level: config.logLevel });
  // Before anything opens: an unreadable trust store stops the start with the file's name.
  const trustedRoots = loadTrustedRoots(config.trustedRootsDir);
  if (config.trustedRootsDir) log.info({ count: trustedRoots.length }, 'trusted roots loaded');
  const handle =
    options.database ??
    (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await migrateToLatest(handle.db);
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    dataDir: config.dataDir,
  });
  const base = {
    config,
    db: handle.db,
    dbKind: handle.kind,
    mailer,
    log,
    now: () => new Date(),
    trustedRoots,
  };
  const worker = startWorker({
    db: handle.db,
    log,
    handlers: createJobHandlers(base),
    manual: options.manualWorker ?? !config.runWorkers,
  });
  // A process that runs jobs starts its flux reading threads now (loading them takes seconds).
  if (!(options.manualWorker ?? !config.runWorkers)) void fluxReadPool(config).warm();
  const ctx: AppContext = { ...base, worker };
  return {
    ctx,
    close: async () => {
      await worker.stop();
      mailer.close();
      await handle.close();
    },
  };
}
