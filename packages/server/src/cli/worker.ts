import { createRuntime } from '../bootstrap';
import { loadCliConfig } from './cli-config';
import { createJobHandlers } from '../jobs/handlers';
import { startWorker } from '../jobs/worker';
import { fluxReadPool } from '../services/fluxes/flux-read-pool';

const USAGE =
  'Usage: chorale worker [--poll-ms N] [--lease-seconds N]   (uses DATABASE_URL or DATA_DIR)\n';

/**
 * `chorale worker`: runs only the background jobs (flux integration, mail, imports) against the
 * configured database, no HTTP. Jobs are claimed with `for update skip locked`, so any number of
 * worker processes (and the web process, unless RUN_WORKERS=false) share the queue; a job whose
 * worker dies returns to the queue when its lease ends. Stops cleanly on SIGINT/SIGTERM.
 */
export async function runWorker(args: string[]): Promise<number> {
  let pollMs = 500;
  // How soon another worker takes over the job of a worker that died (renewed while alive).
  let leaseSeconds = 30;
  for (let i = 0; i < args.length; i++) {
    const value = Number(args[i + 1]);
    if (args[i] === '--poll-ms' && Number.isInteger(value) && value >= 10) {
      pollMs = value;
      i++;
    } else if (args[i] === '--lease-seconds' && Number.isInteger(value) && value >= 1) {
      leaseSeconds = value;
      i++;
    } else {
      process.stderr.write(USAGE);
      return 2;
    }
  }
  const config = loadCliConfig();
  if (!config) return 2;
  // The runtime's own worker stays manual: this command's worker polls at its own pace.
  const runtime = await createRuntime(config, { manualWorker: true });
  const { ctx } = runtime;
  // A flux job would wait for its reading threads anyway: they load the validator first.
  const warmStart = performance.now();
  await fluxReadPool(config).warm();
  const warmMs = Math.round(performance.now() - warmStart);
  const worker = startWorker({
    db: ctx.db,
    log: ctx.log,
    handlers: createJobHandlers(ctx),
    pollMs,
    leaseSeconds,
  });
  ctx.log.info(
    {
      pid: process.pid,
      database: ctx.dbKind,
      pollMs,
      leaseSeconds,
      fluxReadThreads: config.fluxReadThreads,
      warmMs,
    },
    'chorale worker started',
  );
  // The job loop's poll timer is unref'd (it must not hold the web process or a test open), and an
  // idle database pool closes its connections: this command itself stays until a signal.
  const keepAlive = setInterval(() => undefined, 60_000);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      ctx.log.info({ signal }, 'chorale worker stopping');
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  clearInterval(keepAlive);
  await worker.stop();
  await runtime.close();
  return 0;
}
