// Reading thread of the flux read pool (flux-read-pool.ts): reads and validates the groups of files
// of a flux handed to it, one message each, and answers with plain data. Loads the TypeScript
// sources the way the server itself does (tsx), then the validator (warmed up), before saying it
// is ready.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { readFluxItems, prepareFluxReading } = await import('./read-flux-item.ts');
await prepareFluxReading({ warmUp: true });

const describe = (error) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

parentPort.on('message', async ({ id, syntax, items }) => {
  try {
    parentPort.postMessage({ id, results: await readFluxItems(syntax, items) });
  } catch (error) {
    // The group's files are read together: read them one by one to name the one that fails.
    let fileName;
    if (items.length > 1) {
      for (const item of items) {
        try {
          await readFluxItems(syntax, [item]);
        } catch {
          fileName = item.fileName;
          break;
        }
      }
    }
    parentPort.postMessage({ id, failed: describe(error), ...(fileName ? { fileName } : {}) });
  }
});
parentPort.postMessage({ ready: true });
