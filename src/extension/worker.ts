/**
 * The analysis worker (bundled to dist/worker.js): runs the core off the extension host's thread. Each request
 * carries a shared flag the extension sets to cancel; the core polls it through its token. What a request does is
 * workerHandler.ts, shared with the Web Worker of VS Code for the Web (webWorker.ts).
 */
import { parentPort } from 'node:worker_threads';
import { transferables } from './analysisParts';
import { createWorkerHandler, requestToken } from './workerHandler';
import type { WorkerPartial, WorkerReply, WorkerRequest } from './workerProtocol';

const handler = createWorkerHandler();
/** An Analysis's buffer is transferred, not copied (analysisParts.ts). */
const post = (message: WorkerReply | WorkerPartial) => parentPort?.postMessage(message, transferables(message));

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'release') handler.release(request.key);
  else if (request.type === 'analyze') post(handler.analyze(request, requestToken(request), post));
});
