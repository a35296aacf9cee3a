/**
 * The incidents panel: one webview panel (viewType `policyLens.panel`) that follows the current article.
 * createOrShow() opens or reveals it; revive() restores it after a reload (WebviewPanelSerializer).
 * Messages are typed both ways (src/shared/protocol.ts); nothing is posted before the webview says `ready`, and
 * messages from the webview are validated before anything is done with them.
 */
import vscode = require('vscode');
import type { Analysis } from '../core/types';
import type { PackedMessage, ToWebview } from '../shared/protocol';
import type { Annotator } from './annotator';
import { toRange } from './convert';
import { Disposable } from './dispose';
import { panelModelSteps } from './panelModel';
import { packSteps } from './packed';
import { FIRST_PAGE, PanelPager } from './panelPages';
import { complete, runInSlices } from './slices';
import { parseFromWebview } from './validate';
import type { AnalysisStore } from './store';

export const PANEL_VIEW_TYPE = 'policyLens.panel';

/** A number per Analysis object, so "the same analysis" is an identity check, not a comparison of its contents. */
const analysisIds = new WeakMap<Analysis, number>();
let nextAnalysisId = 0;
function analysisId(analysis: Analysis): number {
  let id = analysisIds.get(analysis);
  if (id === undefined) analysisIds.set(analysis, (id = ++nextAnalysisId));
  return id;
}

/** A message and what is posted for it: itself when small, else packed (packed.ts). */
interface Posting {
  message: ToWebview;
  post: ToWebview | PackedMessage;
}

/** A small message: posted as it is, made in no steps. */
// eslint-disable-next-line require-yield
function* asItIs(message: ToWebview): Generator<void, Posting, void> {
  return { message, post: message };
}

export function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class IncidentsPanel extends Disposable {
  private _panel: vscode.WebviewPanel | undefined;
  private _panelDisposables: vscode.Disposable[] = [];
  private _ready = false;
  private _last: ToWebview | undefined;
  /** The document `_last` is for: what the panel shows once the webview has it. */
  private _lastUri: string | null = null;
  /** What `_last` was (or the message being built is) made from: the panel gets a message only when it changes. */
  private _lastKey: string | undefined;
  /** The model being built now (in slices); another refresh replaces it. */
  private _building: object | undefined;
  private _pager: PanelPager | undefined;
  private _refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** The document the panel shows (it keeps it while the panel itself has focus). */
  private _uri: string | null = null;

  constructor(
    private readonly _extensionUri: vscode.Uri,
    private readonly _annotator: Annotator,
    private readonly _store: AnalysisStore,
    private readonly _log: vscode.LogOutputChannel,
  ) {
    super();
    // In a task of its own: an update arrives in the task that received the analysis and decorates the first screen,
    // and building a long article's model there too made that one task the longest on the extension host.
    this._register(this._annotator.onDidUpdate(() => this._scheduleRefresh()));
    this._register({ dispose: () => clearTimeout(this._refreshTimer) });
    this._register({ dispose: () => this._panel?.dispose() });
  }

  /** Open the panel beside the editor, or reveal it if it is open. */
  createOrShow(): void {
    if (this._panel) {
      this._panel.reveal(undefined, true);
      this._refresh();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PANEL_VIEW_TYPE,
      'Policy Lens',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      this._options(),
    );
    this._attach(panel);
    const doc = this._annotator.current;
    if (doc && !this._store.isTracked(doc.uri)) void this._annotator.annotate(doc, true);
  }

  /** Restore a panel VS Code kept across a reload. */
  revive(panel: vscode.WebviewPanel, _state: unknown): void {
    if (this._panel) {
      // One panel at a time: a second restored panel is closed in favour of the first.
      panel.dispose();
      return;
    }
    panel.webview.options = this._options();
    this._attach(panel);
  }

  /** What the panel last showed, for the test API; undefined when it is closed. */
  state(): { uri: string | null; incidents: number; ready: boolean } | undefined {
    if (!this._panel) return undefined;
    const incidents = this._last?.type === 'update' ? this._last.model.incidents.length : 0;
    return { uri: this._lastUri, incidents, ready: this._ready };
  }

  private _options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this._extensionUri, 'dist'), vscode.Uri.joinPath(this._extensionUri, 'media')],
    };
  }

  private _attach(panel: vscode.WebviewPanel): void {
    this._panel = panel;
    this._ready = false;
    this._last = undefined;
    this._lastUri = null;
    this._lastKey = undefined;
    panel.iconPath = vscode.Uri.joinPath(this._extensionUri, 'media', 'panel-icon.svg');
    panel.webview.html = this._html(panel.webview);
    this._panelDisposables.push(
      panel.onDidDispose(() => this._detach()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this._onMessage(raw)),
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) this._refresh();
      }),
    );
  }

  private _detach(): void {
    this._panel = undefined;
    this._ready = false;
    this._last = undefined;
    this._lastUri = null;
    this._lastKey = undefined;
    this._uri = null;
    this._panelDisposables.forEach((d) => d.dispose());
    this._panelDisposables = [];
  }

  /** Handles a message as if the webview had posted it (the test API's `receiveFromWebview`, extension tests only). */
  receive(raw: unknown): void {
    this._onMessage(raw);
  }

  private _onMessage(raw: unknown): void {
    const message = parseFromWebview(raw);
    if (!message) {
      this._log.warn('ignored a malformed message from the panel');
      return;
    }
    switch (message.type) {
      case 'ready':
        this._ready = true;
        this._last = undefined;
        this._lastUri = null;
        this._lastKey = undefined;
        this._refresh();
        return;
      case 'annotate': {
        const doc = this._annotator.current;
        if (doc) void this._annotator.annotate(doc, true);
        return;
      }
      case 'reveal':
        void this._reveal(message.uri, message.start, message.end);
        return;
    }
  }

  private async _reveal(uri: string, start: number, end: number): Promise<void> {
    if (uri !== this._uri) return; // only the document the panel shows
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (!document || end > document.getText().length) return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    const range = toRange(document, { start, end });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** One refresh in the next task, however many updates arrive before it. */
  private _scheduleRefresh(): void {
    if (this._refreshTimer !== undefined) return;
    this._refreshTimer = setTimeout(() => {
      this._refreshTimer = undefined;
      this._refresh();
    }, 0);
  }

  /**
   * Post what the current document's state calls for, unless the webview already has (or is about to get) exactly
   * that. A long article's model is built a slice at a time and posted in a task of its own (runInSlices).
   */
  private _refresh(): void {
    if (!this._panel || !this._ready) return;
    const { key, build, pages } = this._message();
    if (key === this._lastKey) return;
    this._lastKey = key;
    this._pager = undefined;
    const uri = this._uri;
    const building = (this._building = {});
    const wanted = () => this._building === building && !!this._panel && this._ready;
    runInSlices(build(), wanted, ({ message, post }) => {
      this._building = undefined;
      this._last = message;
      this._lastUri = uri;
      this._pager = pages && message.type === 'update' ? new PanelPager(pages.analysis, pages.document, message.model.uri, message.model.version) : undefined;
      void this._panel?.webview.postMessage(post);
      this._sendPages();
    });
  }

  /** The rest of a long article's lists, one page per task, until done or another model replaces this one. */
  private _sendPages(): void {
    const pager = this._pager;
    if (!pager) return;
    setTimeout(() => {
      if (pager !== this._pager || !this._panel || !this._ready) return;
      const page = pager.next();
      if (!page) this._pager = undefined;
      else {
        void this._panel.webview.postMessage(complete(packSteps(page)));
        this._sendPages();
      }
    }, 0);
  }

  /**
   * What the current document's state calls for, with a key that names it: the panel model of a long article costs
   * tens of milliseconds to build and megabytes to compare, so it is built only when the key changes.
   */
  private _message(): { key: string; build: () => Generator<void, Posting, void>; pages?: { analysis: Analysis; document: vscode.TextDocument } } {
    const empty = (message: ToWebview) => ({ key: JSON.stringify(message), build: () => asItIs(message) });
    const doc = this._annotator.current;
    if (!doc) {
      this._uri = null;
      return empty({ type: 'empty', reason: 'no-document', fileName: null, message: 'Open a plain-text or Markdown article to see what it reports.' });
    }
    this._uri = doc.uri.toString();
    const info = this._annotator.describe(doc);
    if (!this._annotator.visible) {
      return empty({ type: 'empty', reason: 'hidden', fileName: info.fileName, message: 'Annotations are hidden. Run “Policy Lens: Toggle Annotations” to show them.' });
    }
    if (this._annotator.isBinary(doc)) {
      return empty({ type: 'empty', reason: 'not-annotated', fileName: info.fileName, message: 'This document looks like a binary file, so it was not annotated.' });
    }
    const status = this._store.status(doc);
    if (status === 'too-large') {
      return empty({ type: 'empty', reason: 'too-large', fileName: info.fileName, message: 'This document is longer than policyLens.maxDocumentSize, so it was not annotated.' });
    }
    const analysis = this._store.get(doc) ?? this._store.latest(doc.uri);
    if (analysis && (this._store.get(doc) || status === 'analysing')) {
      // A stale analysis is only shown while new work is under way; its spans may be off by the edit.
      return {
        key: `update ${info.uri} ${info.version} ${analysisId(analysis)}`,
        build: function* () {
          const message: ToWebview = { type: 'update', model: yield* panelModelSteps(analysis, doc.getText(), info, FIRST_PAGE) };
          return { message, post: yield* packSteps(message) };
        },
        pages: { analysis, document: doc },
      };
    }
    if (status === 'analysing') return empty({ type: 'empty', reason: 'analysing', fileName: info.fileName, message: 'Annotating…' });
    return empty({ type: 'empty', reason: 'not-annotated', fileName: info.fileName, message: 'This article has not been annotated yet.' });
  }

  private _html(webview: vscode.Webview): string {
    const n = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this._extensionUri, 'dist', 'webview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this._extensionUri, 'media', 'panel.css'));
    const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${n}'; img-src ${webview.cspSource};`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${style}" rel="stylesheet">
<title>Policy Lens</title>
</head>
<body>
<header id="header"><h1 id="title">Policy Lens</h1><p id="subtitle"></p></header>
<main id="content" aria-live="polite"></main>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
  }
}
