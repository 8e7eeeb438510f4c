// A reading thread for the flux read pool's tests, speaking the pool's protocol without reading:
// it crashes, hangs or fails on the files named so, and answers an empty reading for the others.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, items }) => {
  const names = items.map((item) => item.fileName);
  if (names.includes('crash.xml')) process.exit(3);
  if (names.includes('hang.xml')) for (;;);
  if (names.includes('throw.xml')) {
    parentPort.postMessage({ id, failed: 'Error: reader broke', fileName: 'throw.xml' });
    return;
  }
  parentPort.postMessage({
    id,
    results: items.map((item) => ({
      position: item.position,
      fileName: item.fileName,
      sha256: item.sha256,
      mediaType: 'application/xml',
      findings: [],
      fatal: false,
    })),
  });
});
parentPort.postMessage({ ready: true });
