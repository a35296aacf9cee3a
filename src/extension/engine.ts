/**
 * Where analysis runs. On the desktop (Node extension host) a worker thread runs the core (dist/worker.js); in the
 * browser (web extension host) a Web Worker does (dist/web/worker.js). Either way a long analysis never blocks the
 * extension host and a cancelled one is dropped. Where no worker can run, the core runs in-process. The core is loaded
 * on first use, not at activation, and the desktop bundle does not contain it: the worker loads dist/worker.js, and
 * the in-process fallback requires dist/core.js at run time.
 */
import vscode = require('vscode');
import type { Analysis, TextFormat } from '../core/types';
import type { IDisposable } from './dispose';

export interface Engine extends IDisposable {
  readonly name: string;
  /**
   * The Analysis of `text`. With a `key` (a document's uri) the engine keeps an incremental analyser for that
   * document, so the next call re-analyses only the paragraphs that changed; release(key) forgets it. `format`:
   * how to read it (Markdown through its prose view; plain text when absent).
   */
  analyze(text: string, token: vscode.CancellationToken, key?: string, early?: EarlyResult, format?: TextFormat): Promise<Analysis>;
  /** Forget the incremental state kept for `key` (the document was closed). */
  release(key: string): void;
}

/** Ask for what the editor shows first: in a long document its sections' analysis is handed to `onPartial` early. */
export interface EarlyResult {
  first: { start: number; end: number };
  onPartial(partial: Analysis): void;
}

type Core = typeof import('../core');

/** Engines made in this extension host (the test API reports it: the editor and the index share one). */
let made = 0;
export const enginesMade = (): number => made;

/**
 * One engine, made on first use, for everyone who analyses (the editor, the panel, the workspace index): one worker
 * loads the core once. Borrowers get a view whose dispose() does nothing; the owner disposes the engine itself.
 */
export function shareEngine(make: () => Promise<Engine>): vscode.Disposable & { borrow(): Promise<Engine> } {
  let engine: Promise<Engine> | undefined;
  const borrowed = (e: Engine): Engine => ({
    name: e.name,
    analyze: (text, token, key, early, format) => e.analyze(text, token, key, early, format),
    release: (key) => e.release(key),
    dispose: () => undefined,
  });
  return {
    borrow: () => (engine ??= make().then((e) => (made++, e))).then(borrowed),
    dispose: () => void engine?.then((e) => e.dispose()),
  };
}

/** Loads the core: bundled in the web build, required at run time from dist/core.js on the desktop. */
function loadCore(extensionUri: vscode.Uri): Promise<Core> {
  if (process.env.POLICY_LENS_WEB === '1') return import('../core');
  // A path computed at run time: esbuild leaves this require alone, so the core stays out of dist/extension.js.
  const file = vscode.Uri.joinPath(extensionUri, 'dist', 'core.js').fsPath;
  const load = require as (id: string) => unknown;
  return Promise.resolve(load(file) as Core);
}

export class InProcessEngine implements Engine {
  readonly name = 'in-process';
  private _core?: Promise<Core>;
  private readonly _analyzers = new Map<string, ReturnType<Core['createAnalyzer']>>();

  constructor(private readonly _extensionUri: vscode.Uri) {}

  async analyze(text: string, token: vscode.CancellationToken, key?: string, early?: EarlyResult, format?: TextFormat): Promise<Analysis> {
    const core = await (this._core ??= loadCore(this._extensionUri));
    // Let queued edits and cancellations land before the synchronous work starts.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    if (key === undefined) return core.analyze(text, { token, format });
    let analyzer = this._analyzers.get(key);
    if (!analyzer) this._analyzers.set(key, (analyzer = core.createAnalyzer()));
    return analyzer.update(text, { token, format, ...early });
  }

  release(key: string): void {
    this._analyzers.delete(key);
  }

  dispose(): void {
    this._analyzers.clear();
    this._core = undefined;
  }
}

/**
 * The worker engine when dist/worker.js is there and this is a Node extension host; the Web Worker engine in the web
 * build when this host can start a Web Worker; otherwise in-process.
 */
export async function createEngine(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): Promise<Engine> {
  if (process.env.POLICY_LENS_WEB === '1') {
    const { WebWorkerEngine, browserWorkerFactory, workerScriptUrl } = await import('./webWorkerEngine');
    try {
      const url = await workerScriptUrl(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js'));
      const engine = new WebWorkerEngine(url, log, browserWorkerFactory(), () => new InProcessEngine(extensionUri));
      engine.start();
      log.info('analysing in a Web Worker (dist/web/worker.js)');
      return engine;
    } catch (e) {
      log.warn(`cannot start the analysis Web Worker (${e instanceof Error ? e.message : String(e)}): analysing in-process`);
    }
  } else {
    const script = vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js');
    const exists = await vscode.workspace.fs.stat(script).then(
      () => true,
      () => false,
    );
    if (exists && script.scheme === 'file') {
      const { WorkerEngine } = await import('./workerEngine');
      return new WorkerEngine(script.fsPath, log);
    }
    log.info('dist/worker.js not found: analysing in-process');
  }
  return new InProcessEngine(extensionUri);
}
