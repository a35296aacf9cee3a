/**
 * The analysis worker (bundled to dist/worker.js): runs the core off the extension host's thread. Each request
 * carries a shared flag the extension sets to cancel; the core polls it through its token. A request that names a
 * document (its uri) goes through that document's incremental analyser, so an edit re-analyses only what changed.
 */
import { parentPort } from 'node:worker_threads';
import { analyze, createAnalyzer, type Analyzer } from '../core';
import type { Analysis } from '../core/types';

export type WorkerRequest =
  | {
      type: 'analyze';
      id: number;
      text: string;
      /** Int32 at index 0: 1 once the request is cancelled. */
      flag: SharedArrayBuffer;
      /** The document's uri: keep an incremental analyser for it. */
      key?: string;
    }
  | { type: 'release'; key: string };

export type WorkerReply =
  | { id: number; ok: true; analysis: Analysis; ms: number }
  | { id: number; ok: false; cancelled: boolean; message: string; stack?: string };

/** One incremental analyser per open document, dropped when the extension releases the document. */
const analyzers = new Map<string, Analyzer>();

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'release') {
    analyzers.delete(request.key);
    return;
  }
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
    let analysis: Analysis;
    if (request.key === undefined) analysis = analyze(request.text, { token });
    else {
      let analyzer = analyzers.get(request.key);
      if (!analyzer) analyzers.set(request.key, (analyzer = createAnalyzer()));
      analysis = analyzer.update(request.text, { token });
    }
    reply = { id: request.id, ok: true, analysis, ms: Date.now() - started };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { id: request.id, ok: false, cancelled: err.name === 'CancelledError', message: err.message, stack: err.stack };
  }
  parentPort?.postMessage(reply);
});
