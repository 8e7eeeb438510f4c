// Worker thread entry: recognises PDFs away from the HTTP event loop, one at a time, under the
// memory limits the parent set. Loads the TypeScript sources the way the server itself does (tsx).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { recognizePdf, RecognitionRefused } = await import('../../recognition/recognize-pdf.ts');

parentPort.on('message', async ({ id, bytes, options }) => {
  try {
    const recognition = await recognizePdf(bytes, options);
    parentPort.postMessage({ id, recognition });
  } catch (error) {
    if (error instanceof RecognitionRefused) parentPort.postMessage({ id, refused: error.reason });
    else
      parentPort.postMessage({
        id,
        failed: error instanceof Error ? error.message : String(error),
      });
  }
});
parentPort.postMessage({ ready: true });
