/**
 * What an analysis worker does with a request, whatever thread it runs in: the Node worker (worker.ts) and the Web
 * Worker (webWorker.ts) only move messages in and out. A request that names a document (its uri) goes through that
 * document's incremental analyser, so an edit re-analyses only what changed.
 */
import { analyze, createAnalyzer, type Analyzer } from '../core';
import type { Analysis, CancellationToken } from '../core/types';
import { toParts } from './analysisParts';
import type { AnalyzeRequest, WorkerPartial, WorkerReply } from './workerProtocol';

export interface WorkerHandler {
  /** The reply to `request`; `post` receives the partial analysis of its `first` range on the way, if there is one. */
  analyze(request: AnalyzeRequest, token: CancellationToken, post?: (partial: WorkerPartial) => void): WorkerReply;
  release(key: string): void;
}

/** A token that reads the request's shared flag (if any) and `cancelled()`, e.g. "a 'cancel' message came". */
export function requestToken(request: AnalyzeRequest, cancelled: () => boolean = () => false): CancellationToken {
  const flag = request.flag ? new Int32Array(request.flag) : undefined;
  return {
    get isCancellationRequested() {
      return (flag !== undefined && Atomics.load(flag, 0) === 1) || cancelled();
    },
  };
}

export function cancelledReply(id: number): WorkerReply {
  return { id, ok: false, cancelled: true, message: 'Analysis cancelled' };
}

export function createWorkerHandler(): WorkerHandler {
  /** One incremental analyser per open document, dropped when the extension releases the document. */
  const analyzers = new Map<string, Analyzer>();
  return {
    analyze(request, token, post) {
      const started = Date.now();
      try {
        if (token.isCancellationRequested) return cancelledReply(request.id);
        let analysis: Analysis;
        if (request.key === undefined) analysis = analyze(request.text, { token, format: request.format });
        else {
          let analyzer = analyzers.get(request.key);
          if (!analyzer) analyzers.set(request.key, (analyzer = createAnalyzer()));
          const onPartial = post && ((partial: Analysis) => post({ type: 'partial', id: request.id, parts: toParts(partial) }));
          analysis = analyzer.update(request.text, { token, first: request.first, onPartial, format: request.format });
        }
        return { id: request.id, ok: true, parts: toParts(analysis), ms: Date.now() - started };
      } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        return { id: request.id, ok: false, cancelled: err.name === 'CancelledError', message: err.message, stack: err.stack };
      }
    },
    release(key) {
      analyzers.delete(key);
    },
  };
}
