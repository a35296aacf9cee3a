/**
 * The analysis cache: one entry per tracked document, keyed by uri, valid for one document.version.
 * Work is debounced and cancelled per document; the core is loaded on first use.
 */
import vscode = require('vscode');
import type { Analysis, TextFormat } from '../core/types';
import type { DocumentStatus } from '../shared/api';
import type { Configuration } from './config';
import { Disposable } from './dispose';
import { formatOf } from '../core/markdown/format';
import type { EarlyResult, Engine } from './engine';

export type DocStatus = DocumentStatus;

interface DocState {
  /**
   * The document this state is of. A uri can outlive its document: an untitled one ("Untitled-1") is given to the
   * next new document, sometimes before the old one's close event arrives; that state is not the new document's.
   */
  document: vscode.TextDocument;
  analysis?: Analysis;
  /** The document version `analysis` describes. */
  version: number;
  pending?: {
    version: number;
    cts: vscode.CancellationTokenSource;
    promise: Promise<Analysis | undefined>;
    /** In a long document: the analysis of what its editors show, sent ahead of the whole one. */
    partial?: Analysis;
  };
  timer?: ReturnType<typeof setTimeout>;
  /** Set when the document was over the size limit at `version`. */
  tooLarge?: { version: number; length: number; limit: number };
  warned?: boolean;
  failed?: boolean;
}

export interface TooLargeEvent {
  document: vscode.TextDocument;
  length: number;
  limit: number;
  /** True when the user asked (a command), false for automatic work. */
  explicit: boolean;
}

function isCancelled(e: unknown): boolean {
  return e instanceof vscode.CancellationError || (e instanceof Error && e.name === 'CancelledError');
}

export class AnalysisStore extends Disposable {
  private readonly _states = new Map<string, DocState>();
  private _engine?: Promise<Engine>;

  private readonly _onDidChange = this._register(new vscode.EventEmitter<vscode.TextDocument>());
  /** A document's analysis or status changed (new result, too large, failed, pending). */
  readonly onDidChange = this._onDidChange.event;
  private readonly _onTooLarge = this._register(new vscode.EventEmitter<TooLargeEvent>());
  /** Fires once per document (and on every explicit request) when it is over `policyLens.maxDocumentSize`. */
  readonly onTooLarge = this._onTooLarge.event;

  constructor(
    private readonly _config: Configuration,
    private readonly _log: vscode.LogOutputChannel,
    /** Makes the engine on first use, so nothing heavy loads at activation. */
    private readonly _createEngine: () => Promise<Engine>,
  ) {
    super();
    this._register({ dispose: () => [...this._states.keys()].forEach((k) => this.release(k)) });
    this._register({ dispose: () => void this._engine?.then((e) => e.dispose()) });
  }

  /** How many documents state is held for. */
  get size(): number {
    return this._states.size;
  }

  isTracked(uri: vscode.Uri | string): boolean {
    return this._states.has(uri.toString());
  }

  /** The analysis of the document's current version, if there is one. */
  get(document: vscode.TextDocument): Analysis | undefined {
    const s = this._states.get(document.uri.toString());
    return s?.document === document && s.analysis && s.version === document.version ? s.analysis : undefined;
  }

  /** While the document's current version is being analysed: the analysis of what its editors show, if it came first. */
  partial(document: vscode.TextDocument): Analysis | undefined {
    const s = this._states.get(document.uri.toString());
    return s?.document === document && s.pending?.version === document.version ? s.pending.partial : undefined;
  }

  /** The last analysis of the document, whatever version it describes. */
  latest(uri: vscode.Uri | string): Analysis | undefined {
    return this._states.get(uri.toString())?.analysis;
  }

  status(document: vscode.TextDocument): DocStatus {
    const s = this._states.get(document.uri.toString());
    if (!s || s.document !== document) return 'idle';
    if (s.tooLarge?.version === document.version) return 'too-large';
    if (s.pending || s.timer) return 'analysing';
    if (s.failed) return 'failed';
    return s.analysis && s.version === document.version ? 'ready' : 'idle';
  }

  /**
   * The analysis of the document's current version: from the cache, from work already under way for this version,
   * or new work (which cancels stale work). Undefined when over the size limit, cancelled or failed.
   */
  analyze(document: vscode.TextDocument, explicit = false): Promise<Analysis | undefined> {
    // A closed document has nothing to show, and its URI may already belong to a new untitled document.
    if (document.isClosed) return Promise.resolve(undefined);
    const key = document.uri.toString();
    const s = this._stateOf(document);
    if (s.timer) {
      clearTimeout(s.timer);
      s.timer = undefined;
    }
    const version = document.version;
    if (s.analysis && s.version === version) return Promise.resolve(s.analysis);
    if (s.pending?.version === version) return s.pending.promise;
    s.pending?.cts.cancel();
    s.pending = undefined;

    const text = document.getText();
    const limit = this._config.value.maxDocumentSize;
    if (text.length > limit) {
      s.tooLarge = { version, length: text.length, limit };
      s.analysis = undefined;
      const first = !s.warned;
      s.warned = true;
      if (first || explicit) this._onTooLarge.fire({ document, length: text.length, limit, explicit });
      this._onDidChange.fire(document);
      return Promise.resolve(undefined);
    }
    s.tooLarge = undefined;
    s.warned = false;

    const cts = new vscode.CancellationTokenSource();
    const state = s;
    const first = shownRange(document);
    const onPartial = (analysis: Analysis) => {
      if (state.pending?.cts !== cts) return;
      state.pending.partial = analysis;
      this._onDidChange.fire(document);
    };
    const promise = this._run(text, cts.token, key, first && { first, onPartial }, formatOf(document.uri.path, document.languageId)).then(
      (analysis) => {
        if (state.pending?.cts !== cts) return undefined; // superseded or released meanwhile
        state.pending = undefined;
        state.analysis = analysis;
        state.version = version;
        state.failed = false;
        this._onDidChange.fire(document);
        return analysis;
      },
      (e: unknown) => {
        if (state.pending?.cts === cts) state.pending = undefined;
        if (!isCancelled(e)) {
          state.failed = true;
          this._log.error(`analysis of ${document.uri.toString(true)} failed`, e);
          this._onDidChange.fire(document);
        }
        return undefined;
      },
    ).finally(() => cts.dispose());
    s.pending = { version, cts, promise };
    this._onDidChange.fire(document);
    return promise;
  }

  /** Analyse after `policyLens.debounceMs` of quiet; stale work is cancelled at once. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const s = this._stateOf(document);
    if (s.timer) clearTimeout(s.timer);
    s.pending?.cts.cancel();
    s.pending = undefined;
    s.timer = setTimeout(() => {
      s.timer = undefined;
      if (this._states.get(key) === s && !document.isClosed) void this.analyze(document);
    }, this._config.value.debounceMs);
  }

  /** This document's state, made fresh when there is none or the uri's state is of another document. */
  private _stateOf(document: vscode.TextDocument): DocState {
    const key = document.uri.toString();
    let s = this._states.get(key);
    if (s?.document !== document) {
      if (s) this.release(key);
      s = { document, version: -1 };
      this._states.set(key, s);
    }
    return s;
  }

  /** Forget a document (or, given one, only that document's state): cancel its work and drop its analysis. */
  release(uri: vscode.Uri | string, document?: vscode.TextDocument): void {
    const key = uri.toString();
    const s = this._states.get(key);
    if (!s || (document && s.document !== document)) return;
    if (s.timer) clearTimeout(s.timer);
    s.pending?.cts.cancel();
    s.pending = undefined;
    this._states.delete(key);
    void this._engine?.then((e) => e.release(key));
  }

  /** Drop every cached result (the limit changed, say) without forgetting which documents are tracked. */
  invalidateAll(): void {
    for (const s of this._states.values()) {
      s.analysis = undefined;
      s.version = -1;
      s.tooLarge = undefined;
      s.warned = false;
    }
  }

  private async _run(text: string, token: vscode.CancellationToken, key: string, early?: EarlyResult, format?: TextFormat): Promise<Analysis> {
    const started = Date.now();
    const engine = await (this._engine ??= this._createEngine());
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    const analysis = await engine.analyze(text, token, key, early, format);
    this._log.info(`analysed ${text.length} characters (${engine.name}) in ${Date.now() - started} ms`);
    return analysis;
  }
}

/** The span of the document its visible editors show (offsets), or undefined when no editor shows it. */
function shownRange(document: vscode.TextDocument): { start: number; end: number } | undefined {
  const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === document).flatMap((e) => e.visibleRanges);
  if (!ranges.length) return undefined;
  return {
    start: Math.min(...ranges.map((r) => document.offsetAt(r.start))),
    end: Math.max(...ranges.map((r) => document.offsetAt(r.end))),
  };
}
