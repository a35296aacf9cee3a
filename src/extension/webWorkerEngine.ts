/**
 * Runs the core in a Web Worker (dist/web/worker.js) in VS Code for the Web, so a long analysis never blocks the web
 * extension host's thread. Browser only: the desktop build never reaches this file.
 */
import vscode = require('vscode');
import type { Analysis, TextFormat } from '../core/types';
import type { EarlyResult, Engine } from './engine';
import type { WorkerPartial, WorkerReady, WorkerReply, WorkerRequest } from './workerProtocol';
import { deliverPartial, settle, type Waiting } from './workerReplies';

/** The parts of a browser Worker used here (the project's tsconfig has no DOM lib). */
export interface WebWorker {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerReply | WorkerPartial | WorkerReady }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: { message?: string; preventDefault?(): void }) => void): void;
  terminate(): void;
}

export type WebWorkerFactory = (url: string) => WebWorker;

interface Pending extends Waiting {
  /** Kept to hand the request to the in-process engine if no worker can start. */
  text: string;
  key: string | undefined;
  format: TextFormat | undefined;
  cancel: vscode.Disposable;
}

/** Starts workers with the browser's Worker; throws where there is none (a Web Worker that cannot start workers). */
export function browserWorkerFactory(): WebWorkerFactory {
  const Worker = (globalThis as { Worker?: new (url: string, options?: { name?: string }) => WebWorker }).Worker;
  if (typeof Worker !== 'function') throw new Error('this extension host has no Web Worker constructor');
  return (url) => new Worker(url, { name: 'policy-lens-analysis' });
}

/**
 * The URL to start the worker from. toString(true) where the web extension host's Worker maps the extension's uri to
 * one the browser can load (an extension installed in the browser, as on vscode.dev). It refuses an extension
 * installed on a server (vscode-remote:, e.g. code-server or Codespaces running a web extension in the browser), so
 * there the script is read through the file system and started from a blob: URL.
 */
export async function workerScriptUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme !== 'vscode-remote') return script.toString(true);
  const source = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

/** A cancellation flag the worker can read while it runs, where the page may share memory (cross-origin isolated). */
function sharedFlag(): SharedArrayBuffer | undefined {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  return isolated && typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(4) : undefined;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class WebWorkerEngine implements Engine {
  readonly name = 'web-worker';
  private _worker: WebWorker | undefined;
  /** Whether some worker ever said it started: until one has, a failure means workers cannot run here at all. */
  private _started = false;
  /** Set when no worker could start: every request goes to it (the in-process engine) from then on. */
  private _fallback: Engine | undefined;
  private _nextId = 1;
  private readonly _pending = new Map<number, Pending>();

  constructor(
    private readonly _url: string,
    private readonly _log: vscode.LogOutputChannel,
    private readonly _createWorker: WebWorkerFactory,
    private readonly _createFallback: () => Engine,
  ) {}

  /** Starts the worker now, so that createEngine() sees a constructor that throws. */
  start(): void {
    this._ensureWorker();
  }

  analyze(text: string, token: vscode.CancellationToken, key?: string, early?: EarlyResult, format?: TextFormat): Promise<Analysis> {
    if (this._fallback) return this._fallback.analyze(text, token, key, early, format);
    if (token.isCancellationRequested) return Promise.reject(new vscode.CancellationError());
    const worker = this._ensureWorker();
    const id = this._nextId++;
    const flag = sharedFlag();
    return new Promise<Analysis>((resolve, reject) => {
      const cancel = token.onCancellationRequested(() => {
        if (flag) Atomics.store(new Int32Array(flag), 0, 1);
        this._worker?.postMessage({ type: 'cancel', id });
        // The caller stops waiting now; a late reply for `id` finds nothing pending and is dropped.
        this._take(id)?.reject(new vscode.CancellationError());
      });
      this._pending.set(id, { text, key, token, early, format, resolve, reject, cancel });
      worker.postMessage({ type: 'analyze', id, text, flag, key, first: early?.first, format });
    });
  }

  release(key: string): void {
    if (this._fallback) this._fallback.release(key);
    else this._worker?.postMessage({ type: 'release', key });
  }

  dispose(): void {
    for (const id of [...this._pending.keys()]) this._take(id)?.reject(new vscode.CancellationError());
    this._worker?.terminate();
    this._worker = undefined;
    this._fallback?.dispose();
  }

  private _ensureWorker(): WebWorker {
    if (this._worker) return this._worker;
    const worker = this._createWorker(this._url);
    worker.addEventListener('message', ({ data }) => {
      if (this._worker !== worker) return;
      if (!('type' in data)) this._onReply(data);
      else if (data.type === 'partial') this._onPartial(data);
      else this._started = true;
    });
    const onError = (event: { message?: string; preventDefault?(): void }, what: string) => {
      // Handled here: unhandled, a worker's error can take the whole extension host down (microsoft/vscode#129194).
      event.preventDefault?.();
      if (this._worker === worker) this._fail(worker, `${what}: ${event.message || 'no message (the script may not have loaded)'}`);
    };
    worker.addEventListener('error', (e) => onError(e, 'the analysis worker failed'));
    worker.addEventListener('messageerror', (e) => onError(e, 'the analysis worker sent a message that could not be read'));
    this._worker = worker;
    return worker;
  }

  /** The worker is unusable: the next request starts a fresh one, or, if none ever started, analyses in-process. */
  private _fail(worker: WebWorker, message: string): void {
    worker.terminate();
    this._worker = undefined;
    if (!this._started) {
      this._log.warn(`${message}; no analysis worker could start here, so analysis runs in-process from now on`);
      this._fallback = this._createFallback();
      // Nothing was analysed yet: hand the waiting requests to the fallback rather than failing them.
      for (const id of [...this._pending.keys()]) {
        const p = this._take(id);
        if (p) this._fallback.analyze(p.text, p.token, p.key, p.early, p.format).then(p.resolve, p.reject);
      }
      return;
    }
    this._log.error(message);
    const error = new Error(`Policy Lens: ${message}. The next analysis starts a fresh worker.`);
    for (const id of [...this._pending.keys()]) this._take(id)?.reject(error);
  }

  private _onReply(reply: WorkerReply): void {
    const p = this._take(reply.id);
    if (!p) return;
    if (reply.ok) this._log.debug(`analysed in the web worker in ${reply.ms} ms`);
    settle(reply, p, pause);
  }

  private _onPartial(partial: WorkerPartial): void {
    deliverPartial(partial, this._pending.get(partial.id), () => this._pending.has(partial.id), pause);
  }

  /** Removes and returns request `id`'s pending entry, so each request settles once. */
  private _take(id: number): Pending | undefined {
    const p = this._pending.get(id);
    if (!p) return undefined;
    this._pending.delete(id);
    p.cancel.dispose();
    return p;
  }
}
