// A reading thread for the flux read pool's tests, speaking the pool's protocol without reading:
// it crashes, hangs or fails on the files named so, and answers an empty reading for the others.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, item }) => {
  if (item.fileName === 'crash.xml') process.exit(3);
  if (item.fileName === 'hang.xml') for (;;);
  if (item.fileName === 'throw.xml') {
    parentPort.postMessage({ id, failed: 'Error: reader broke' });
    return;
  }
  parentPort.postMessage({
    id,
    result: {
      position: item.position,
      fileName: item.fileName,
      sha256: item.sha256,
      mediaType: 'application/xml',
      findings: [],
      fatal: false,
    },
  });
});
parentPort.postMessage({ ready: true });
