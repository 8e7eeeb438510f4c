import { VALIDATION_YOUNG_GENERATION_MB, fitsInBatch } from '@chorale/einvoice';
import { Worker } from 'node:worker_threads';
import type { Config } from '../../config';
import type { FluxSyntax } from '../../flux/unpack';
import { readFluxItems, type FluxItemBytes, type ReadFluxItem } from './read-flux-item';

/**
 * Reading and validating the files of a flux is CPU work without I/O (about 2 ms for a UBL file
 * of a few lines, far more for a Factur-X PDF): a small pool of worker threads does it, so one
 * worker process uses every core, and the job's own thread stays free to store the previous chunk
 * meanwhile. Threads are started once and kept (loading the validator costs about 2 s); an idle
 * pool never keeps the process alive.
 *
 * Files are handed to the threads in groups (see `groupFiles`), each read together.
 *
 * A thread that fails (an exception outside the reader, a crash, its heap exhausted) or that takes
 * longer than `timeoutMs` per file of the group it was given is ended, and every read waiting on the
 * pool is rejected: the job attempt fails cleanly, is retried with fresh threads, and after its last
 * attempt the flux is shown in incident. Nothing read is stored until the chunk's transaction, so a failed
 * read leaves nothing behind.
 */

/** Longest a thread may spend on one file by default: a 10 MB XML takes seconds, not minutes. */
export const FLUX_READ_TIMEOUT_MS = 120_000;
/** Time for a fresh thread to load the TypeScript sources and the validator's schemas and rules. */
const STARTUP_MS = 120_000;
/** A hostile file exhausts its thread's heap, not the worker process's. */
const HEAP_MB = 1024;
/** Groups handed to a thread at once: one read while the next waits, so no thread idles on a message. */
const IN_FLIGHT_PER_THREAD = 2;
/**
 * Most files in one group. A thread validates a group's files together, a step for all of them
 * before the next (`validateInvoices`), which costs about a fifth less per file than one at a time;
 * a flux of few files is cut in smaller groups, so that every thread still gets some.
 */
const GROUP_FILES = 16;

export interface FluxReadPoolOptions {
  /** Reading threads; 0 reads in the calling thread. */
  threads: number;
  timeoutMs?: number;
  /** The thread's entry (a test gives one that crashes or hangs). */
  script?: URL;
}

export interface FluxReadPool {
  readonly threads: number;
  /** The items read, in the order given; rejects when a thread fails or hangs. */
  read(syntax: FluxSyntax, items: FluxItemBytes[]): Promise<ReadFluxItem[]>;
  /** Starts the threads ahead of the first flux; resolves once they are ready (or failed). */
  warm(): Promise<void>;
  close(): Promise<void>;
}

interface Batch {
  failed: boolean;
}

interface Task {
  id: number;
  batch: Batch;
  syntax: FluxSyntax;
  /** A group of files read together, in the order given. */
  items: FluxItemBytes[];
  resolve(results: ReadFluxItem[]): void;
  reject(error: Error): void;
  timer?: NodeJS.Timeout;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  inFlight: Map<number, Task>;
  startup: NodeJS.Timeout;
  /** Resolves when the thread is ready or has failed. */
  started: Promise<void>;
  settle(): void;
}

type Reply =
  | { ready: true }
  | { id: number; results: ReadFluxItem[] }
  | { id: number; failed: string; fileName?: string };

const namesOf = (items: FluxItemBytes[]): string => items.map((i) => i.fileName).join(', ');

/**
 * Cuts the files of a read in groups: at most `GROUP_FILES`, and fewer when there are few files for
 * the threads; within the limits of one validation batch (`fitsInBatch`).
 */
export function groupFiles<T extends { bytes: Uint8Array }>(items: T[], threads: number): T[][] {
  const most = Math.max(
    1,
    Math.min(GROUP_FILES, Math.ceil(items.length / (Math.max(1, threads) * IN_FLIGHT_PER_THREAD))),
  );
  const groups: T[][] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (group.length >= most || !fitsInBatch(group.length, bytes, item.bytes.length)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(item);
    bytes += item.bytes.length;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

export function createFluxReadPool(options: FluxReadPoolOptions): FluxReadPool {
  const size = Math.max(0, Math.floor(options.threads));
  const timeoutMs = options.timeoutMs ?? FLUX_READ_TIMEOUT_MS;
  const script = options.script ?? new URL('./flux-read-worker.mjs', import.meta.url);
  let threads: Thread[] = [];
  let queue: Task[] = [];
  let nextId = 1;
  let closed = false;
  let warming = 0;

  function busy(): boolean {
    return warming > 0 || queue.length > 0 || threads.some((t) => t.inFlight.size > 0);
  }

  // Threads hold the process only while there is work for them or someone waits for them to start
  // (an unref'd thread alone would let a process that awaits it exit).
  function holdProcess(): void {
    const hold = busy();
    for (const t of threads) {
      if (hold) t.worker.ref();
      else t.worker.unref();
    }
  }

  function fail(thread: Thread, error: Error): void {
    if (!threads.includes(thread)) return;
    threads = threads.filter((t) => t !== thread);
    clearTimeout(thread.startup);
    thread.settle();
    void thread.worker.terminate().catch(() => undefined);
    const waiting = [...thread.inFlight.values(), ...queue];
    thread.inFlight.clear();
    queue = [];
    for (const task of waiting) {
      clearTimeout(task.timer);
      task.reject(error);
    }
    holdProcess();
  }

  function start(): Thread {
    const worker = new Worker(script, {
      // The rules allocate many short-lived values: a larger young generation than V8's default
      // spends less time collecting them (see VALIDATION_YOUNG_GENERATION_MB).
      resourceLimits: {
        maxOldGenerationSizeMb: HEAP_MB,
        maxYoungGenerationSizeMb: VALIDATION_YOUNG_GENERATION_MB,
      },
      stdout: false,
      stderr: false,
    });
    let settle = () => undefined as void;
    const started = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const thread: Thread = {
      worker,
      ready: false,
      inFlight: new Map(),
      started,
      settle,
      startup: setTimeout(
        () => fail(thread, new Error(`flux reading thread not ready after ${STARTUP_MS} ms`)),
        STARTUP_MS,
      ).unref(),
    };
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        thread.ready = true;
        clearTimeout(thread.startup);
        thread.settle();
        dispatch();
        return;
      }
      const task = thread.inFlight.get(reply.id);
      if (!task) return;
      thread.inFlight.delete(reply.id);
      clearTimeout(task.timer);
      if ('results' in reply) task.resolve(reply.results);
      else
        task.reject(
          new Error(
            `flux reading of ${reply.fileName ?? namesOf(task.items)} failed: ${reply.failed}`,
          ),
        );
      dispatch();
    });
    worker.on('error', (error) =>
      fail(thread, new Error(`flux reading thread failed: ${error.message}`)),
    );
    worker.on('exit', (code) =>
      fail(thread, new Error(`flux reading thread stopped (exit code ${code})`)),
    );
    return thread;
  }

  function post(thread: Thread, task: Task): void {
    // The bytes are copied into buffers of their own and moved, not cloned, to the thread.
    const items = task.items.map((item) => ({ ...item, bytes: new Uint8Array(item.bytes) }));
    thread.inFlight.set(task.id, task);
    // Each file of the group has its own allowance.
    const limit = timeoutMs * items.length;
    task.timer = setTimeout(
      () =>
        fail(
          thread,
          new Error(`flux reading of ${namesOf(task.items)} took longer than ${limit} ms`),
        ),
      limit,
    );
    thread.worker.postMessage(
      { id: task.id, syntax: task.syntax, items },
      items.map((item) => item.bytes.buffer),
    );
  }

  function dispatch(): void {
    while (!closed && threads.length < size) threads.push(start());
    while (queue.length > 0) {
      let free: Thread | undefined;
      for (const t of threads) {
        if (!t.ready || t.inFlight.size >= IN_FLIGHT_PER_THREAD) continue;
        if (!free || t.inFlight.size < free.inFlight.size) free = t;
      }
      if (!free) break;
      post(free, queue.shift()!);
    }
    holdProcess();
  }

  async function readHere(syntax: FluxSyntax, items: FluxItemBytes[]): Promise<ReadFluxItem[]> {
    const results: ReadFluxItem[] = [];
    for (const group of groupFiles(items, 1)) results.push(...(await readFluxItems(syntax, group)));
    return results;
  }

  return {
    threads: size,
    read(syntax, items) {
      if (size === 0) return readHere(syntax, items);
      if (closed) return Promise.reject(new Error('flux read pool closed'));
      const batch: Batch = { failed: false };
      const reads = groupFiles(items, size).map(
        (group) =>
          new Promise<ReadFluxItem[]>((resolve, reject) => {
            queue.push({
              id: nextId++,
              batch,
              syntax,
              items: group,
              resolve,
              reject: (error) => {
                // The rest of the batch is not worth reading: its result will not be used.
                if (!batch.failed) {
                  batch.failed = true;
                  queue = queue.filter((t) => t.batch !== batch);
                }
                reject(error);
              },
            });
          }),
      );
      dispatch();
      return Promise.all(reads).then((groups) => groups.flat());
    },
    async warm() {
      if (size === 0 || closed) return;
      warming += 1;
      try {
        dispatch();
        await Promise.all(threads.map((t) => t.started));
      } finally {
        warming -= 1;
        holdProcess();
      }
    },
    async close() {
      closed = true;
      const all = threads;
      threads = [];
      for (const task of queue) task.reject(new Error('flux read pool closed'));
      queue = [];
      await Promise.all(
        all.map(async (t) => {
          clearTimeout(t.startup);
          t.settle();
          for (const task of t.inFlight.values()) {
            clearTimeout(task.timer);
            task.reject(new Error('flux read pool closed'));
          }
          t.inFlight.clear();
          await t.worker.terminate();
        }),
      );
    },
  };
}

let shared: { pool: FluxReadPool; key: string } | undefined;

/** The process's pool, as configured (FLUX_READ_THREADS, FLUX_READ_TIMEOUT_MS). */
export function fluxReadPool(
  config: Pick<Config, 'fluxReadThreads' | 'fluxReadTimeoutMs'>,
): FluxReadPool {
  const key = `${config.fluxReadThreads}/${config.fluxReadTimeoutMs}`;
  if (shared?.key !== key) {
    void shared?.pool.close();
    shared = {
      key,
      pool: createFluxReadPool({
        threads: config.fluxReadThreads,
        timeoutMs: config.fluxReadTimeoutMs,
      }),
    };
  }
  return shared.pool;
}
