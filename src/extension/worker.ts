/**
 * The analysis worker (bundled to dist/worker.js): runs the core off the extension host's thread. Each request
 * carries a shared flag the extension sets to cancel; the core polls it through its token.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core';
import type { Analysis } from '../core/types';

export interface WorkerRequest {
  id: number;
  text: string;
  /** Int32 at index 0: 1 once the request is cancelled. */
  flag: SharedArrayBuffer;
}

export type WorkerReply =
  | { id: number; ok: true; analysis: Analysis; ms: number }
  | { id: number; ok: false; cancelled: boolean; message: string; stack?: string };

parentPort?.on('message', (request: WorkerRequest) => {
  const flag = new Int32Array(request.flag);
  const token = {
    get isCancellationRequested() {
      return Atomics.load(flag, 0) === 1;
    },
  };
  let reply: WorkerReply;
  const started = Date.now();
  try {
    if (token.isCancellationRequested) throw Object.assign(new Error('cancelled'), { name: 'CancelledError' });
    reply = { id: request.id, ok: true, analysis: analyze(request.text, { token }), ms: Date.now() - started };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { id: request.id, ok: false, cancelled: err.name === 'CancelledError', message: err.message, stack: err.stack };
  }
  parentPort?.postMessage(reply);
});
