import { Worker } from 'node:worker_threads';
import {
  refuse,
  type Recognition,
  type RecognizeOptions,
  type RefusalReason,
} from '../../recognition/recognize-pdf';

/**
 * Recognition of untrusted PDFs in a worker thread with its own heap limit and a wall-clock
 * limit: a hostile file (object loops, huge xref, pixel floods) can exhaust only that worker,
 * which is then ended and replaced, while the portal keeps serving everyone else. The worker is
 * kept between files (loading the recogniser costs seconds) and reads one file at a time.
 */

const HEAP_MB = 384;
/** Time to load the recogniser in a fresh worker, on top of recognition's own time limit. */
const STARTUP_MS = 30_000;

type Outcome =
  | { id: number; recognition: Recognition }
  | { id: number; refused: RefusalReason }
  | { id: number; failed: string };

interface Slot {
  worker: Worker;
  ready: Promise<void>;
}

let slot: Slot | undefined;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

function startWorker(): Slot {
  const worker = new Worker(new URL('./recognize-worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 64 },
    stdout: false,
    stderr: false,
  });
  // An idle recogniser never keeps the process alive.
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  const started: Slot = { worker, ready };
  worker.once('exit', () => {
    if (slot === started) slot = undefined;
  });
  return started;
}

async function recognizeOnce(
  bytes: Uint8Array,
  options: Omit<RecognizeOptions, 'onProgress'> & { timeoutMs: number },
): Promise<Recognition> {
  slot ??= startWorker();
  const { worker, ready } = slot;
  const id = nextId++;
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  const outcome = await new Promise<Outcome>((resolve, reject) => {
    const onMessage = (m: Outcome) => {
      if (m.id === id) finish(() => resolve(m));
    };
    const onError = (error: Error & { code?: string }) =>
      finish(() =>
        // Out of its heap: the file asked for more memory than any invoice needs.
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? resolve({ id, refused: 'MALFORMED' })
          : reject(error),
      );
    const onExit = () => finish(() => resolve({ id, refused: 'MALFORMED' }));
    const finish = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      done();
    };
    timer = setTimeout(
      () => finish(() => resolve({ id, refused: 'TIMEOUT' })),
      options.timeoutMs + STARTUP_MS,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    ready.then(
      () => {
        const copy = new Uint8Array(bytes);
        worker.postMessage({ id, bytes: copy, options }, [copy.buffer]);
      },
      (error: unknown) =>
        finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
  if (!('recognition' in outcome)) {
    // A stuck or failed reading leaves nothing behind: the next file gets a fresh worker.
    if ('failed' in outcome || outcome.refused === 'TIMEOUT') {
      if (slot?.worker === worker) slot = undefined;
      await worker.terminate();
    }
    if ('refused' in outcome) throw refuse(outcome.refused);
    throw new Error(outcome.failed);
  }
  return outcome.recognition;
}

/** Starts the recogniser ahead of the first deposit (loading it takes seconds). */
export function warmRecognizer(): void {
  slot ??= startWorker();
  slot.ready.catch(() => undefined);
}

export function recognizeIsolated(
  bytes: Uint8Array,
  options: Omit<RecognizeOptions, 'onProgress'> & { timeoutMs: number },
): Promise<Recognition> {
  const run = queue.then(() => recognizeOnce(bytes, options));
  queue = run.catch(() => undefined);
  return run;
}
