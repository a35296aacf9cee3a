/**
 * Keeps annotations in step with the editor: which documents to analyse and when (open, switch, edit, settings),
 * which editors to decorate (visible ones only), and which document is "current" for the status bar and the panel.
 */
import vscode = require('vscode');
import type { Analysis } from '../core/types';
import type { ToggleResult } from '../shared/api';
import type { Configuration } from './config';
import type { Decorator } from './decorations';
import { Disposable } from './dispose';
import type { StatusBar } from './statusBar';
import type { AnalysisStore } from './store';
import { BINARY_SAMPLE, looksBinary } from './validate';

export const VISIBLE_CONTEXT = 'policyLens.annotationsVisible';

export class Annotator extends Disposable {
  private _visible = true;
  private _current: vscode.TextDocument | undefined;
  private _decorated = new Set<vscode.TextEditor>();
  /** Documents Policy Lens made itself (its exports): never annotated on open, never followed by the panel. */
  private readonly _ignored = new Set<string>();
  /**
   * Documents that look binary, with the version checked; they are never analysed. Keyed by the document object, not
   * its uri: an untitled uri ("Untitled-1") is reused by the next new document, sometimes before the close event.
   */
  private readonly _binary = new WeakMap<vscode.TextDocument, number>();
  /** Documents whose analysis failed and were told so, with the version (by object, like _binary). */
  private readonly _failed = new WeakMap<vscode.TextDocument, number>();
  /** The last messages shown to the user (for the test API: smoke-test mode hides notification toasts). */
  private readonly _notices: string[] = [];

  private readonly _onDidUpdate = this._register(new vscode.EventEmitter<vscode.TextDocument | undefined>());
  /** The current document changed, or its analysis or status did, or annotations were shown or hidden. */
  readonly onDidUpdate = this._onDidUpdate.event;

  constructor(
    private readonly _config: Configuration,
    private readonly _store: AnalysisStore,
    private readonly _decorator: Decorator,
    private readonly _status: StatusBar,
    private readonly _log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => this._onVisibleEditors(editors)));
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => this._onActiveEditor(editor)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this._onEdit(e)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this._onClose(d)));
    this._register(this._store.onDidChange((d) => this._onAnalysis(d)));
    this._register(this._store.onTooLarge((e) => this._onTooLarge(e.document, e.length, e.limit)));
    this._register(this._config.onDidChange((e) => this._onConfig(e)));
    void vscode.commands.executeCommand('setContext', VISIBLE_CONTEXT, true);
  }

  /** Call once after wiring: picks up the editors that were open before activation. */
  start(): void {
    this._onActiveEditor(vscode.window.activeTextEditor);
    this._onVisibleEditors(vscode.window.visibleTextEditors);
  }

  get visible(): boolean {
    return this._visible;
  }

  /** The document the status bar and the panel follow: the active editor's, or the last supported one. */
  get current(): vscode.TextDocument | undefined {
    return this._current && !this._current.isClosed ? this._current : undefined;
  }

  /** Analyse now and decorate its visible editors; `explicit` when a person asked (shows hidden annotations). */
  async annotate(document: vscode.TextDocument, explicit = false): Promise<Analysis | undefined> {
    if (explicit && !this._visible) this._setVisible(true);
    if (explicit && this._config.supports(document)) {
      this._ignored.delete(document.uri.toString());
      this._setCurrent(document);
    }
    if (this._checkBinary(document, explicit)) return undefined;
    const analysis = await this._store.analyze(document, explicit);
    // The store's change event renders; an explicit request renders once more in case the result came from the cache.
    // A long article's decorations are applied in slices: wait for them, so the command returns a decorated article.
    if (analysis) await this._renderDocument(document);
    return analysis;
  }

  /** Whether the document looks like a binary file (checked once per version; see validate.ts). */
  isBinary(document: vscode.TextDocument): boolean {
    if (this._binary.get(document) === document.version) return true;
    this._binary.delete(document);
    const end = document.positionAt(BINARY_SAMPLE);
    if (!looksBinary(document.getText(new vscode.Range(new vscode.Position(0, 0), end)))) return false;
    this._binary.set(document, document.version);
    return true;
  }

  /** The last few messages shown to the user, oldest first. */
  notices(): readonly string[] {
    return this._notices;
  }

  private _notify(kind: 'warning' | 'error', message: string): void {
    this._notices.push(message);
    if (this._notices.length > 20) this._notices.shift();
    if (kind === 'error') void vscode.window.showErrorMessage(message);
    else void vscode.window.showWarningMessage(message);
  }

  /** True (and a message the first time, or when asked) when the document looks binary: no work is done for it. */
  private _checkBinary(document: vscode.TextDocument, explicit: boolean): boolean {
    const known = this._binary.has(document);
    if (!this.isBinary(document)) return false;
    const name = this.describe(document).fileName;
    if (!known || explicit) {
      this._log.info(`${name}: looks like a binary file (NUL or control characters); not annotated`);
      this._notify('warning', `Policy Lens: ${name} looks like a binary file (it has NUL or control characters), so it was not annotated.`);
    }
    // Only this document's state: a late event for a closed untitled document must not cancel the next one's work
    // (VS Code gives a new untitled document the URI of one just closed).
    if (this._store.isTracked(document.uri)) this._store.release(document.uri, document);
    if (document === this._current) this._onDidUpdate.fire(document);
    return true;
  }

  toggle(): ToggleResult {
    this._setVisible(!this._visible);
    let editors = 0;
    for (const editor of vscode.window.visibleTextEditors) {
      if (!this._store.isTracked(editor.document.uri)) continue;
      editors++;
      if (this._visible) this._ensure(editor.document);
      void this._render(editor);
    }
    return { visible: this._visible, editors };
  }

  /** An explicit uri (opened if needed), else the active editor's document, else the current one. */
  async resolveDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    if (uri) return vscode.workspace.openTextDocument(uri);
    const active = vscode.window.activeTextEditor?.document;
    if (active && this.isArticle(active)) return active;
    return this.current;
  }

  /** Leave a document alone unless someone asks for it explicitly (the exports open one each). */
  ignore(uri: vscode.Uri): void {
    this._ignored.add(uri.toString());
  }

  /** A document Policy Lens annotates: supported language and scheme, and not one of its own exports. */
  isArticle(document: vscode.TextDocument): boolean {
    return this._config.supports(document) && !this._ignored.has(document.uri.toString());
  }

  describe(document: vscode.TextDocument): { uri: string; fileName: string; version: number } {
    const name = document.uri.path.split('/').pop() || document.uri.toString(true);
    return { uri: document.uri.toString(), fileName: name, version: document.version };
  }

  analysisOf(document: vscode.TextDocument): Analysis | undefined {
    return this._store.get(document);
  }

  private _setVisible(visible: boolean): void {
    this._visible = visible;
    void vscode.commands.executeCommand('setContext', VISIBLE_CONTEXT, visible);
    this._updateStatus();
    this._onDidUpdate.fire(this.current);
  }

  private _setCurrent(document: vscode.TextDocument | undefined): void {
    if (this._current === document) return;
    this._current = document;
    this._updateStatus();
    this._onDidUpdate.fire(document);
  }

  /** Bring a tracked document's analysis up to date, or start tracking it when annotateOnOpen says so. */
  private _ensure(document: vscode.TextDocument): void {
    // A late event may name a closed document whose URI a new untitled document already has.
    if (document.isClosed || !this._visible || !this.isArticle(document)) return;
    if (!this._store.isTracked(document.uri) && !this._config.annotateOnOpen(document)) return;
    if (this._checkBinary(document, false)) return;
    void this._store.analyze(document);
  }

  private _onVisibleEditors(editors: readonly vscode.TextEditor[]): void {
    const now = new Set(editors);
    for (const editor of editors) {
      if (this._decorated.has(editor)) continue; // already decorated; only new editors need work
      void this._render(editor);
      this._ensure(editor.document);
    }
    this._decorated = new Set([...this._decorated].filter((e) => now.has(e)));
  }

  private _onActiveEditor(editor: vscode.TextEditor | undefined): void {
    if (editor && this.isArticle(editor.document)) {
      this._setCurrent(editor.document);
      this._ensure(editor.document);
    } else if (editor) {
      // Another kind of text editor: the status bar has nothing to say about it; the panel keeps the last article.
      this._status.update(undefined);
    }
  }

  private _onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length || !this._store.isTracked(e.document.uri)) return;
    if (this._checkBinary(e.document, false)) return;
    if (this._visible) this._store.schedule(e.document);
  }

  private _onClose(document: vscode.TextDocument): void {
    this._store.release(document.uri, document);
    // An untitled uri may already be the next document's (its close event can come late): leave that one's state.
    const reused = vscode.workspace.textDocuments.some((d) => d !== document && !d.isClosed && d.uri.toString() === document.uri.toString());
    if (!reused) {
      this._decorator.forget(document.uri);
      this._ignored.delete(document.uri.toString());
    }
    this._binary.delete(document);
    this._failed.delete(document);
    if (this._current === document) this._setCurrent(undefined);
  }

  private _onAnalysis(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    const status = this._store.status(document);
    // A long document's visible part may arrive first (store.partial): decorate it while the rest is analysed.
    if (status === 'ready' || status === 'too-large' || (status === 'analysing' && this._store.partial(document))) void this._renderDocument(document);
    if (status === 'failed') this._onFailed(document);
    if (document === this._current) {
      this._updateStatus();
      this._onDidUpdate.fire(document);
    }
  }

  /** One error message per failed version of a document; the other documents keep working. */
  private _onFailed(document: vscode.TextDocument): void {
    if (this._failed.get(document) === document.version) return;
    this._failed.set(document, document.version);
    const name = this.describe(document).fileName;
    this._notify('error', `Policy Lens could not annotate ${name}: the analysis failed (details in the Policy Lens output). Other documents are not affected.`);
  }

  private _onTooLarge(document: vscode.TextDocument, length: number, limit: number): void {
    const name = this.describe(document).fileName;
    this._notices.push(`Policy Lens: ${name} has ${length} characters, more than policyLens.maxDocumentSize (${limit}).`);
    if (this._notices.length > 20) this._notices.shift();
    this._log.info(`${name}: ${length} characters is over policyLens.maxDocumentSize (${limit}); not annotated`);
    void vscode.window
      .showWarningMessage(
        `Policy Lens: ${name} has ${length.toLocaleString('en-US')} characters, more than policyLens.maxDocumentSize (${limit.toLocaleString('en-US')}), so it was not annotated.`,
        'Change Limit',
      )
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'policyLens.maxDocumentSize');
      });
  }

  private _onConfig(e: vscode.ConfigurationChangeEvent): void {
    if (e.affectsConfiguration('policyLens.decorations') || e.affectsConfiguration('policyLens.claimMinScore') || e.affectsConfiguration('policyLens.highlightAllClaims')) {
      this._decorator.rebuild();
      for (const editor of vscode.window.visibleTextEditors) void this._render(editor);
    }
    if (e.affectsConfiguration('policyLens.maxDocumentSize')) {
      this._store.invalidateAll();
      for (const editor of vscode.window.visibleTextEditors) if (this._store.isTracked(editor.document.uri)) this._ensure(editor.document);
    }
    if (e.affectsConfiguration('policyLens.annotateOnOpen')) {
      for (const editor of vscode.window.visibleTextEditors) this._ensure(editor.document);
    }
    if (e.affectsConfiguration('policyLens.schemes')) {
      for (const editor of vscode.window.visibleTextEditors) {
        if (this.isArticle(editor.document)) this._ensure(editor.document);
        else if (this._store.isTracked(editor.document.uri)) this._forget(editor);
      }
    }
  }

  /** A document that is no longer annotated (its scheme left policyLens.schemes): clear it and drop its analysis. */
  private _forget(editor: vscode.TextEditor): void {
    void this._decorator.render(editor, undefined).finally(() => {
      this._store.release(editor.document.uri, editor.document);
      this._decorator.forget(editor.document.uri);
    });
  }

  private _renderDocument(document: vscode.TextDocument): Promise<void> {
    const renders: Array<Promise<void>> = [];
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) renders.push(this._render(editor));
    return Promise.all(renders).then(() => undefined);
  }

  /** Decorates (or clears) one editor; settles when its decorations are all applied. */
  private _render(editor: vscode.TextEditor): Promise<void> {
    const analysis = this._visible ? this._store.get(editor.document) ?? this._store.partial(editor.document) : undefined;
    const tracked = this._store.isTracked(editor.document.uri);
    if (!tracked) return Promise.resolve();
    if (analysis || !this._visible || this._store.status(editor.document) === 'too-large') {
      this._decorated.add(editor);
      return this._decorator.render(editor, analysis).catch((e: unknown) => this._log.error(`decorating ${editor.document.uri.toString(true)} failed`, e));
    }
    return Promise.resolve();
  }

  private _updateStatus(): void {
    const doc = this.current;
    const active = vscode.window.activeTextEditor?.document;
    if (!doc || (active && active !== doc)) {
      this._status.update(undefined);
      return;
    }
    const status = this._store.status(doc);
    const analysis = this._store.get(doc) ?? this._store.latest(doc.uri);
    if (status === 'idle' && !analysis) {
      this._status.update(undefined);
      return;
    }
    this._status.update({ status, analysis, visible: this._visible, limit: this._config.value.maxDocumentSize });
  }
}
