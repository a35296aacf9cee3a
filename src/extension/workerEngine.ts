/** Runs the core in a Node worker thread (dist/worker.js). Node only: the web build never reaches this file. */
import { Worker } from 'node:worker_threads';
import vscode = require('vscode');
import type { Analysis, TextFormat } from '../core/types';
import type { EarlyResult, Engine } from './engine';
import type { WorkerPartial, WorkerReply, WorkerRequest } from './workerProtocol';
import { deliverPartial, settle, type Waiting } from './workerReplies';

interface Pending extends Waiting {
  cancel: vscode.Disposable;
}

/** Lets the extension host's other work run between slices of a received Analysis. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkerEngine implements Engine {
  readonly name = 'worker';
  private _worker: Worker | undefined;
  private _nextId = 1;
  private readonly _pending = new Map<number, Pending>();

  constructor(
    private readonly _script: string,
    private readonly _log: vscode.LogOutputChannel,
  ) {}

  analyze(text: string, token: vscode.CancellationToken, key?: string, early?: EarlyResult, format?: TextFormat): Promise<Analysis> {
    if (token.isCancellationRequested) return Promise.reject(new vscode.CancellationError());
    const worker = this._ensureWorker();
    const id = this._nextId++;
    // One shared flag per request: the core polls it through its token, so cancelling stops work mid-way.
    const flag = new SharedArrayBuffer(4);
    return new Promise<Analysis>((resolve, reject) => {
      const cancel = token.onCancellationRequested(() => Atomics.store(new Int32Array(flag), 0, 1));
      this._pending.set(id, { resolve, reject, cancel, token, early });
      const request: WorkerRequest = { type: 'analyze', id, text, flag, key, first: early?.first, format };
      worker.postMessage(request);
    });
  }

  release(key: string): void {
    const request: WorkerRequest = { type: 'release', key };
    this._worker?.postMessage(request);
  }

  dispose(): void {
    this._failAll(new vscode.CancellationError());
    void this._worker?.terminate();
    this._worker = undefined;
  }

  private _ensureWorker(): Worker {
    if (this._worker) return this._worker;
    // A larger young generation: an analysis makes many short-lived objects, and the default one is collected often.
    const worker = new Worker(this._script, { name: 'policy-lens-analysis', resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    worker.unref();
    worker.on('message', (message: WorkerReply | WorkerPartial) => ('type' in message ? this._onPartial(message) : this._onReply(message)));
    worker.on('error', (e) => {
      this._log.error('analysis worker failed', e);
      this._failAll(e);
    });
    worker.on('exit', (code) => {
      if (this._worker === worker) this._worker = undefined;
      if (code !== 0) this._log.warn(`analysis worker exited with code ${code}`);
      this._failAll(new Error(`analysis worker exited (${code})`));
    });
    this._worker = worker;
    return worker;
  }

  private _onReply(reply: WorkerReply): void {
    const p = this._pending.get(reply.id);
    if (!p) return;
    this._pending.delete(reply.id);
    p.cancel.dispose();
    if (reply.ok) this._log.debug(`analysed in the worker in ${reply.ms} ms`);
    settle(reply, p, pause);
  }

  private _onPartial(partial: WorkerPartial): void {
    deliverPartial(partial, this._pending.get(partial.id), () => this._pending.has(partial.id), pause);
  }

  private _failAll(e: Error): void {
    for (const p of this._pending.values()) {
      p.cancel.dispose();
      p.reject(e);
    }
    this._pending.clear();
  }
}
