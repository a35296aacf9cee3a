/**
 * The workspace incident index, wired: cache → indexer → trees (the Policy Lens view), figure diagnostics and
 * commands. One entry for activate(): `registerWorkspaceIndex(context, config, log)`.
 */
import * as vscode from 'vscode';
import type { WorkspaceIndexSnapshot } from '../../shared/api';
import type { Configuration } from '../config';
import { Disposable } from '../dispose';
import { createEngine } from '../engine';
import { AnalysisCache, engineKey } from './cache';
import { registerWorkspaceCommands } from './commands';
import { FigureDiagnostics } from './diagnostics';
import { WorkspaceIndexer } from './indexer';
import { readSettings } from './settings';
import { WorkspaceTrees } from './tree';

type ExportsCore = typeof import('../../core/exports');

/** With figure diagnostics on, the first pass starts this long after activation (the open article comes first). */
const STARTUP_DELAY_MS = 1500;

export class WorkspaceIndexRegistration extends Disposable {
  readonly indexer: WorkspaceIndexer;

  constructor(context: vscode.ExtensionContext, config: Configuration, log: vscode.LogOutputChannel) {
    super();
    let core: Promise<ExportsCore> | undefined;
    const loadCore = () => (core ??= import('../../core/exports'));
    const cache = new AnalysisCache(context.storageUri ?? context.globalStorageUri, engineKey(context.extension, 1), log);
    this.indexer = this._register(new WorkspaceIndexer(cache, config, log, () => createEngine(context.extensionUri, log)));
    this._register(new WorkspaceTrees(this.indexer));
    this._register(new FigureDiagnostics(this.indexer));
    this._register(registerWorkspaceCommands(this.indexer, loadCore));
    if (readSettings().figureDiagnostics && vscode.workspace.workspaceFolders?.length && !this.indexer.started) this.indexer.schedule(STARTUP_DELAY_MS);
  }

  snapshot(): WorkspaceIndexSnapshot {
    return this.indexer.snapshot();
  }
}

export function registerWorkspaceIndex(context: vscode.ExtensionContext, config: Configuration, log: vscode.LogOutputChannel): WorkspaceIndexRegistration {
  return new WorkspaceIndexRegistration(context, config, log);
}
