/**
 * The analysis Web Worker (bundled to dist/web/worker.js, a classic script): runs the core off the web extension
 * host's thread in VS Code for the Web. It speaks the Node worker's protocol (workerProtocol.ts).
 *
 * Cancelling: where the page is cross-origin isolated each request carries a shared flag the core polls, so a running
 * analysis stops mid-way. Elsewhere only a 'cancel' message can arrive, and a message cannot be read while an analysis
 * runs; so requests wait in a queue and start one task at a time, letting 'cancel' messages that came in meanwhile
 * land first: a request cancelled before it starts is skipped, not analysed.
 */
import { transferables } from './analysisParts';
import { cancelledReply, createWorkerHandler, requestToken } from './workerHandler';
import type { AnalyzeRequest, WorkerPartial, WorkerReady, WorkerReply, WorkerRequest } from './workerProtocol';

/** The parts of a DedicatedWorkerGlobalScope used here (the project's tsconfig has no WebWorker lib). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: WorkerRequest }) => void): void;
  postMessage(message: WorkerReply | WorkerPartial | WorkerReady, transfer?: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handler = createWorkerHandler();
/** An Analysis's buffer is transferred, not copied (analysisParts.ts). */
const post = (message: WorkerReply | WorkerPartial) => scope.postMessage(message, transferables(message));
/** Analyses and releases in the order they came, so a release never overtakes an analysis of the same document. */
const queue: Array<AnalyzeRequest | { type: 'release'; key: string }> = [];
/** Ids the extension cancelled that have not started yet. */
const cancelled = new Set<number>();
let scheduled = false;

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  // A task, not a microtask: messages already waiting (a 'cancel' for the next request) are handled before it.
  setTimeout(runNext, 0);
}

function runNext(): void {
  scheduled = false;
  const request = queue.shift();
  if (request?.type === 'release') handler.release(request.key);
  else if (request) {
    const reply = cancelled.has(request.id)
      ? cancelledReply(request.id)
      : handler.analyze(request, requestToken(request, () => cancelled.has(request.id)), post);
    cancelled.delete(request.id);
    post(reply);
  }
  schedule();
}

scope.addEventListener('message', ({ data: request }) => {
  if (request.type === 'cancel') {
    // Only ids still queued matter; one that has finished must not stay in the set forever.
    if (queue.some((q) => q.type === 'analyze' && q.id === request.id)) cancelled.add(request.id);
    return;
  }
  queue.push(request);
  schedule();
});

scope.postMessage({ type: 'ready' });
