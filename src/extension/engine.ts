/**
 * Where analysis runs. On the desktop (Node extension host) a worker thread runs the core, so a long analysis never
 * blocks the extension host and a cancelled one stops mid-way; in the browser (web extension host) the core runs
 * in-process. Either way the core is loaded on first use, not at activation.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { IDisposable } from './dispose';

export interface Engine extends IDisposable {
  readonly name: string;
  analyze(text: string, token: vscode.CancellationToken): Promise<Analysis>;
}

type Core = typeof import('../core');

export class InProcessEngine implements Engine {
  readonly name = 'in-process';
  private _core?: Promise<Core>;

  async analyze(text: string, token: vscode.CancellationToken): Promise<Analysis> {
    const core = await (this._core ??= import('../core'));
    // Let queued edits and cancellations land before the synchronous work starts.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    return core.analyze(text, { token });
  }

  dispose(): void {
    this._core = undefined;
  }
}

/** The worker engine when dist/worker.js is there and this is a Node extension host; otherwise in-process. */
export async function createEngine(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): Promise<Engine> {
  if (process.env.POLICY_LENS_WEB !== '1') {
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
  return new InProcessEngine();
}
