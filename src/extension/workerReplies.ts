/** What both worker engines (workerEngine.ts, webWorkerEngine.ts) do with a worker's messages for a request. */
import vscode = require('vscode');
import type { Analysis } from '../core/types';
import { fromParts } from './analysisParts';
import type { EarlyResult } from './engine';
import type { WorkerPartial, WorkerReply } from './workerProtocol';

export interface Waiting {
  token: vscode.CancellationToken;
  early?: EarlyResult;
  resolve(a: Analysis): void;
  reject(e: Error): void;
}

/** Settles a request with its reply: the Analysis (rebuilt between `pause`s), a cancellation or the worker's error. */
export function settle(reply: WorkerReply, waiting: Waiting, pause: () => Promise<void>): void {
  if (reply.ok) fromParts(reply.parts, waiting.token, pause).then(waiting.resolve, waiting.reject);
  else if (reply.cancelled) waiting.reject(new vscode.CancellationError());
  else {
    const e = new Error(reply.message);
    e.stack = reply.stack;
    waiting.reject(e);
  }
}

/** Hands the analysis of what the editor shows to the request's `onPartial`, if the request still waits by then. */
export function deliverPartial(partial: WorkerPartial, waiting: Waiting | undefined, stillWaiting: () => boolean, pause: () => Promise<void>): void {
  const onPartial = waiting?.early?.onPartial;
  if (!waiting || !onPartial) return;
  fromParts(partial.parts, waiting.token, pause).then(
    (analysis) => stillWaiting() && onPartial(analysis),
    () => undefined, // cancelled meanwhile: the final reply (or its cancellation) settles the request
  );
}
