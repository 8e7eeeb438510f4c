// Reading thread of the flux read pool (flux-read-pool.ts): reads and validates the files of a
// flux handed to it, one message each, and answers with plain data. Loads the TypeScript sources
// the way the server itself does (tsx), then the validator (warmed up), before saying it is ready.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { readFluxItem, prepareFluxReading } = await import('./read-flux-item.ts');
await prepareFluxReading({ warmUp: true });

parentPort.on('message', async ({ id, syntax, item }) => {
  try {
    parentPort.postMessage({ id, result: await readFluxItem(syntax, item) });
  } catch (error) {
    parentPort.postMessage({
      id,
      failed: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
parentPort.postMessage({ ready: true });
