import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema';

export type Executor = Kysely<Database> | Transaction<Database>;

export interface EnqueueOptions {
  /** Run no earlier than this. */
  runAt?: Date;
  priority?: number;
  maxAttempts?: number;
  /** A job with the same key is enqueued only once (e.g. one integration per flux). */
  dedupeKey?: string;
}

/**
 * Enqueues a job in the caller's transaction, so the job exists if and only if the change that
 * asked for it was committed (the outbox rule for side effects such as mail).
 */
export async function enqueueJob(
  db: Executor,
  name: string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      name,
      payload: JSON.stringify(payload),
      run_at: options.runAt ?? new Date(),
      priority: options.priority ?? 0,
      max_attempts: options.maxAttempts ?? 5,
      dedupe_key: options.dedupeKey ?? null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

export interface ClaimedJob {
  id: number;
  name: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/**
 * Claims the next ready job. `for update skip locked` lets any number of worker processes share the
 * queue; the lease (`locked_until`) returns a job to the queue if its worker dies mid-way.
 */
export async function claimJob(
  db: Kysely<Database>,
  workerId: string,
  names: readonly string[],
  leaseSeconds: number,
): Promise<ClaimedJob | undefined> {
  if (names.length === 0) return undefined;
  const row = await sql<{
    id: number;
    name: string;
    payload: unknown;
    attempts: number;
    max_attempts: number;
  }>`
    update jobs set status = 'running', locked_by = ${workerId},
      locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    where id = (
      select id from jobs
      where name in (${sql.join(names)})
        and ((status = 'pending' and run_at <= now())
          or (status = 'running' and locked_until < now()))
      order by priority desc, id
      for update skip locked
      limit 1
    )
    returning id, name, payload, attempts, max_attempts`.execute(db);
  const job = row.rows[0];
  if (!job) return undefined;
  return {
    id: job.id,
    name: job.name,
    payload: job.payload,
    attempts: job.attempts,
    maxAttempts: job.max_attempts,
  };
}

export async function completeJob(db: Executor, id: number): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: new Date(), locked_by: null, locked_until: null })
    .where('id', '=', id)
    .execute();
}

/** Retryable failures come back with exponential back-off until `max_attempts`. */
export async function failJob(
  db: Executor,
  job: ClaimedJob,
  error: string,
  retryable: boolean,
): Promise<void> {
  const giveUp = !retryable || job.attempts >= job.maxAttempts;
  const delaySeconds = Math.min(3600, 2 ** job.attempts * 5);
  await db
    .updateTable('jobs')
    .set({
      status: giveUp ? 'failed' : 'pending',
      last_error: error.slice(0, 2000),
      locked_by: null,
      locked_until: null,
      run_at: new Date(Date.now() + delaySeconds * 1000),
      finished_at: giveUp ? new Date() : null,
    })
    .where('id', '=', job.id)
    .execute();
}

/** Back to the queue until `until`, the attempt given back: waiting is not failing. */
export async function postponeJob(db: Executor, id: number, until: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'pending',
      run_at: until,
      locked_by: null,
      locked_until: null,
      attempts: eb('attempts', '-', 1),
    }))
    .where('id', '=', id)
    .execute();
}

/** Extends the lease of a job its worker is still running (only that worker's own lease). */
export async function renewLease(
  db: Executor,
  id: number,
  workerId: string,
  leaseSeconds: number,
): Promise<void> {
  await sql`update jobs set locked_until = now() + make_interval(secs => ${leaseSeconds})
    where id = ${id} and locked_by = ${workerId} and status = 'running'`.execute(db);
}
