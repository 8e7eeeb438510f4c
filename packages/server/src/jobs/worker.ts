import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DB } from '../db/database';
import { claimJob, completeJob, failJob, postponeJob, renewLease } from './queue';

/** A handler must be idempotent: a job may run again after a crash before it was marked done. */
export type JobHandler = (
  payload: unknown,
  meta: { jobId: number; attempt: number; maxAttempts: number },
) => Promise<void>;

/** Thrown by a handler when retrying cannot help (bad payload, permanently refused). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

/**
 * Thrown by a handler that cannot run yet for a reason that is nobody's failure (the portal is in
 * maintenance): the job goes back to the queue until `until`, and the attempt is not counted.
 */
export class PostponeJob extends Error {
  override name = 'PostponeJob';
  constructor(readonly until: Date) {
    super(`postponed until ${until.toISOString()}`);
  }
}

export interface Worker {
  /** Wakes the worker now instead of at its next poll. */
  kick(): void;
  /** Runs until no ready job is left (used by tests and CLI commands). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function startWorker(options: {
  db: DB;
  log: Logger;
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  leaseSeconds?: number;
  /** Do not poll on a timer; only `kick()` and `drain()` run jobs. */
  manual?: boolean;
}): Worker {
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const names = Object.keys(options.handlers);
  const leaseSeconds = options.leaseSeconds ?? 300;
  let stopped = false;
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function runOne(): Promise<boolean> {
    const job = await claimJob(options.db, workerId, names, leaseSeconds);
    if (!job) return false;
    const handler = options.handlers[job.name];
    // A living worker keeps its lease (a flux may take longer than one); a dead one stops
    // renewing it, and the job returns to the queue within one lease.
    const heartbeat = setInterval(
      () => {
        void renewLease(options.db, job.id, workerId, leaseSeconds).catch(() => undefined);
      },
      (leaseSeconds * 1000) / 3,
    );
    try {
      if (!handler) throw new PermanentJobError(`no handler for job ${job.name}`);
      await handler(job.payload, {
        jobId: job.id,
        attempt: job.attempts,
        maxAttempts: job.maxAttempts,
      });
      await completeJob(options.db, job.id);
    } catch (error) {
      if (error instanceof PostponeJob) {
        await postponeJob(options.db, job.id, error.until);
        return true;
      }
      const retryable = !(error instanceof PermanentJobError);
      options.log.warn({ err: error, jobId: job.id, job: job.name, retryable }, 'job failed');
      await failJob(
        options.db,
        job,
        error instanceof Error ? error.message : String(error),
        retryable,
      );
    } finally {
      clearInterval(heartbeat);
    }
    return true;
  }

  async function loop(): Promise<number> {
    let count = 0;
    try {
      while (!stopped && (await runOne())) count += 1;
    } catch (error) {
      options.log.error({ err: error }, 'job worker error');
    }
    return count;
  }

  function drain(): Promise<number> {
    running ??= loop().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule(): void {
    if (stopped || options.manual) return;
    timer = setTimeout(() => {
      void drain().then(schedule);
    }, options.pollMs ?? 1000);
    timer.unref();
  }
  schedule();

  return {
    kick: () => {
      if (!stopped && !options.manual) void drain();
    },
    drain: async () => {
      let total = 0;
      for (;;) {
        if (running) await running;
        const n = await drain();
        total += n;
        if (n === 0) return total;
      }
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running;
    },
  };
}
