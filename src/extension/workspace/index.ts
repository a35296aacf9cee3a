/**
 * The workspace incident index, wired: cache → indexer → trees (the Policy Lens view), figure diagnostics and
 * commands. One entry for activate(): `registerWorkspaceIndex(context, config, log, engine)`.
 *
 * The index works only where the user asked for it: opening the Policy Lens view, a workspace command, or "Index
 * Articles" in a one-time prompt. Until then no folder is scanned and no analysis runs for it; once asked, the
 * workspace remembers it (workspaceState) and indexes on the next start too. It shares the editor's engine.
 */
import vscode = require('vscode');
import type { WorkspaceIndexSnapshot } from '../../shared/api';
import type { Configuration } from '../config';
import { Disposable } from '../dispose';
import type { Engine } from '../engine';
import { loadImporters } from '../importers';
import { AnalysisCache, engineKey } from './cache';
import { registerWorkspaceCommands } from './commands';
import { FigureDiagnostics } from './diagnostics';
import { WorkspaceIndexer } from './indexer';
import { WorkspaceTrees } from './tree';

type ExportsCore = typeof import('../../core/exports');

/** In a workspace that asked for the index, the first pass starts this long after activation (the open article first). */
const STARTUP_DELAY_MS = 1500;
/** workspaceState: 'on' once the index was asked for here, 'off' once the prompt was declined. */
const CHOICE_KEY = 'policyLens.workspaceIndex';
type Choice = 'on' | 'off';

export class WorkspaceIndexRegistration extends Disposable {
  readonly indexer: WorkspaceIndexer;
  /** The prompt was shown in this session. */
  private _offered = false;

  constructor(
    private readonly _context: vscode.ExtensionContext,
    config: Configuration,
    log: vscode.LogOutputChannel,
    engine: () => Promise<Engine>,
  ) {
    super();
    let core: Promise<ExportsCore> | undefined;
    const loadCore = () => (core ??= import('../../core/exports'));
    const cache = new AnalysisCache(_context.storageUri ?? _context.globalStorageUri, engineKey(_context.extension, 2), log);
    this.indexer = this._register(new WorkspaceIndexer(cache, config, log, engine, () => loadImporters(_context.extensionUri)));
    this._register(new WorkspaceTrees(this.indexer));
    this._register(new FigureDiagnostics(this.indexer));
    this._register(registerWorkspaceCommands(this.indexer, loadCore));
    // However it was asked for (the view, a command), remember it for this workspace.
    this._register(this.indexer.onDidChange(() => this.indexer.started && this._choice !== 'on' && void this._remember('on')));
    if (this._choice === 'on' && vscode.workspace.workspaceFolders?.length && !this.indexer.started) this.indexer.schedule(STARTUP_DELAY_MS);
  }

  private get _choice(): Choice | undefined {
    return this._context.workspaceState.get<Choice>(CHOICE_KEY);
  }

  private _remember(choice: Choice): Thenable<void> {
    return this._context.workspaceState.update(CHOICE_KEY, choice);
  }

  /**
   * Once per workspace, when an article of one of its folders is annotated: offer to index the folder's articles.
   * Dismissing the message asks again next time; "Not Now" is remembered.
   */
  offer(document: vscode.TextDocument): void {
    if (this._offered || this._choice || this.indexer.started || !vscode.workspace.getWorkspaceFolder(document.uri)) return;
    this._offered = true;
    void vscode.window
      .showInformationMessage(
        "Policy Lens can list the incidents reported across this folder's articles and flag figures that disagree. Index this folder's .txt and .md articles?",
        'Index Articles',
        'Not Now',
      )
      .then((answer) => {
        if (answer === 'Index Articles') {
          void this._remember('on');
          this.indexer.ensureStarted();
        } else if (answer === 'Not Now') {
          void this._remember('off');
        }
      });
  }

  snapshot(): WorkspaceIndexSnapshot {
    return this.indexer.snapshot();
  }
}

export function registerWorkspaceIndex(context: vscode.ExtensionContext, config: Configuration, log: vscode.LogOutputChannel, engine: () => Promise<Engine>): WorkspaceIndexRegistration {
  return new WorkspaceIndexRegistration(context, config, log, engine);
}
