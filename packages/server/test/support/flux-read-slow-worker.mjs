// A reading thread for the flux read pool's tests that takes a while to start, as a real one does
// on a loaded machine (TypeScript sources and the validator to load).
import { parentPort } from 'node:worker_threads';

await new Promise((resolve) => setTimeout(resolve, 500));
parentPort.postMessage({ ready: true });
