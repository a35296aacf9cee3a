/**
 * The workspace index: every `.txt` and `.md` file of the workspace (minus files.exclude, search.exclude and
 * policyLens.workspace.exclude), analysed in the background and merged by the core's buildWorkspaceIndex.
 *
 * A pass finds the files, drops the ones that went away and reads only new or changed ones (a watcher and editor
 * changes mark them). A read file whose content hash is already indexed is skipped; one whose hash is in the
 * persisted cache costs no analysis. Passes run one at a time, yield to the extension host every few milliseconds,
 * show progress in the view and the status bar, and stop on cancel keeping what they did.
 */
import vscode = require('vscode');
import type { Analysis } from '../../core/types';
import type { WorkspaceIndex } from '../../core/workspace';
import type { WorkspaceIndexRun, WorkspaceIndexSnapshot } from '../../shared/api';
import type { Configuration } from '../config';
import { Disposable } from '../dispose';
import type { Engine } from '../engine';
import type { AnalysisCache } from './cache';
import { formatOf } from '../../core/markdown/format';
import { findWorkspaceFiles } from './find-files';
import { contentHash } from './hash';
import { lineStarts, type LineStarts } from './lines';
import type { Importers } from '../importers';
import { withIndexProgress } from './progress';
import { readText } from './read-text';
import { FILE_SET_SETTINGS, INCLUDE_DOCUMENTS_GLOB, readSettings } from './settings';

type WorkspaceCore = typeof import('../../core/workspace');

export const INCIDENTS_VIEW = 'policyLens.incidents';
export const STATE_CONTEXT = 'policyLens.workspace.state';

export type IndexState = WorkspaceIndexSnapshot['state'];

export interface IndexedArticle {
  uri: vscode.Uri;
  /** The name the index and the exports use: the workspace-relative path. */
  file: string;
  hash: string;
  analysis: Analysis;
  lines: LineStarts;
}

/** Wait after the last file event before a pass. */
const WATCH_DEBOUNCE_MS = 500;
/** Wait after the last unsaved edit of an indexed article before a pass. */
const EDIT_DEBOUNCE_MS = 1500;
/** Give the extension host back its thread after this much synchronous work. */
const SLICE_MS = 15;
/** Show partial results this often during a long pass. */
const PARTIAL_MS = 1500;
/** Store the cache this often during a long pass. */
const SAVE_EVERY_MS = 10_000;
/** Files read ahead while the current one is analysed. */
const READ_AHEAD = 8;

const EMPTY_INDEX: WorkspaceIndex = { incidents: [], people: [], outlets: [] };

const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function isCancelled(e: unknown): boolean {
  return e instanceof vscode.CancellationError || (e instanceof Error && e.name === 'CancelledError');
}

export class WorkspaceIndexer extends Disposable {
  private readonly _articles = new Map<string, IndexedArticle>();
  private _byFile = new Map<string, IndexedArticle>();
  /** Files left out (too large, unreadable), by uri: not read again until they change. */
  private readonly _skipped = new Map<string, string>();
  /** Files to read again on the next pass, by uri. */
  private readonly _dirty = new Set<string>();
  private _index: WorkspaceIndex = EMPTY_INDEX;
  private _state: IndexState = 'idle';
  private _passes = 0;
  private _lastRun: WorkspaceIndexRun | undefined;
  private _running: { cts: vscode.CancellationTokenSource; promise: Promise<WorkspaceIndexRun> } | undefined;
  private _queued: { full: boolean; promise: Promise<WorkspaceIndexRun> } | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _core?: Promise<WorkspaceCore>;
  private _engine?: Promise<Engine>;

  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  /** The index or the indexing state changed. */
  readonly onDidChange = this._onDidChange.event;

  constructor(
    private readonly _cache: AnalysisCache,
    private readonly _config: Configuration,
    private readonly _log: vscode.LogOutputChannel,
    /** The analysis engine (the editor's, shared), made on first use. */
    private readonly _createEngine: () => Promise<Engine>,
    /** The importers for web pages, PDFs and Word files, loaded on the first one (undefined where there are none). */
    private readonly _importers: () => Importers | undefined = () => undefined,
  ) {
    super();
    // Watches the documents too whatever the setting: a pass finds the files the setting asks for.
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(INCLUDE_DOCUMENTS_GLOB));
    const touched = (uri: vscode.Uri) => this._touch(uri, WATCH_DEBOUNCE_MS);
    this._register(watcher.onDidCreate(touched));
    this._register(watcher.onDidChange(touched));
    this._register(watcher.onDidDelete(touched));
    // Deleting or moving a folder reports the folder alone, which the glob above does not match.
    const folders = this._register(vscode.workspace.createFileSystemWatcher('**/*', false, true, false));
    const folderEvent = (uri: vscode.Uri) => {
      // A name without a dot is most likely a folder (a stray LICENSE costs one file search, nothing more).
      if (this.started && !uri.path.slice(uri.path.lastIndexOf('/') + 1).includes('.')) this.schedule(WATCH_DEBOUNCE_MS);
    };
    this._register(folders.onDidCreate(folderEvent));
    this._register(folders.onDidDelete(folderEvent));
    // Unsaved edits count: the index follows what the editor shows, so diagnostics land where the figures are.
    this._register(vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this._touchKnown(e.document.uri, EDIT_DEBOUNCE_MS)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this._touchKnown(d.uri, WATCH_DEBOUNCE_MS)));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule(0)));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!this._passes && !this._running) return;
        if (e.affectsConfiguration('policyLens.maxDocumentSize')) {
          // Read everything again (hashing is cheap; unchanged texts keep their analyses): files may now fit, or not.
          for (const key of [...this._skipped.keys(), ...this._articles.keys()]) this._dirty.add(key);
        }
        if (FILE_SET_SETTINGS.some((s) => e.affectsConfiguration(s))) this.schedule(WATCH_DEBOUNCE_MS);
      }),
    );
    this._register({
      dispose: () => {
        if (this._timer) clearTimeout(this._timer);
        this._running?.cts.cancel();
        void this._cache.save();
      },
    });
    void vscode.commands.executeCommand('setContext', STATE_CONTEXT, this._state);
  }

  get state(): IndexState {
    return this._state;
  }

  get index(): WorkspaceIndex {
    return this._index;
  }

  get lastRun(): WorkspaceIndexRun | undefined {
    return this._lastRun;
  }

  /** Whether a first pass has started (the index is lazy: the view, the diagnostics or a command start it). */
  get started(): boolean {
    return this._passes > 0 || !!this._running || !!this._timer;
  }

  /** Indexed articles, sorted by file name. */
  articles(): IndexedArticle[] {
    return [...this._byFile.values()];
  }

  article(file: string): IndexedArticle | undefined {
    return this._byFile.get(file);
  }

  /** Files left out of the index and why. */
  skipped(): Array<{ file: string; reason: string }> {
    return [...this._skipped].map(([key, reason]) => ({ file: vscode.workspace.asRelativePath(vscode.Uri.parse(key)), reason }));
  }

  snapshot(): WorkspaceIndexSnapshot {
    const { entries, hits, misses } = this._cache.stats();
    return {
      state: this._state,
      passes: this._passes,
      pending: !!(this._running || this._queued || this._timer),
      articles: [...this._byFile.keys()],
      index: this._index,
      lastRun: this._lastRun,
      cache: { entries, hits, misses },
    };
  }

  /** Starts the first pass unless one has started. */
  ensureStarted(): void {
    if (!this.started) void this.refresh();
  }

  /** A pass after `delayMs` of quiet (restarted by every call). */
  schedule(delayMs: number): void {
    if (this._timer) clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      this._timer = undefined;
      void this.refresh();
    }, delayMs);
  }

  /**
   * A pass now, or right after the one under way. `full` reads every file again (the cache still spares the
   * analysis). Resolves with the pass's counts once it ends.
   */
  refresh(options: { full?: boolean } = {}): Promise<WorkspaceIndexRun> {
    if (this.isDisposed) return Promise.resolve(this._lastRun ?? emptyRun());
    if (this._timer) {
      clearTimeout(this._timer);
      this._timer = undefined;
    }
    const full = !!options.full;
    if (!this._running && !this._queued) return this._start(full);
    // One pass waits behind the running one; later requests join it (and widen it to a full pass when asked).
    if (this._queued) {
      this._queued.full ||= full;
      return this._queued.promise;
    }
    const running = this._running!.promise;
    const queued: { full: boolean; promise: Promise<WorkspaceIndexRun> } = {
      full,
      promise: running.then(() => {
        this._queued = undefined;
        return this._start(queued.full);
      }),
    };
    this._queued = queued;
    return queued.promise;
  }

  /** Stops the pass under way; what it indexed so far stays. */
  cancel(): boolean {
    if (!this._running) return false;
    this._running.cts.cancel();
    return true;
  }

  /** Resolves when no pass is running, scheduled or queued. */
  async whenIdle(): Promise<void> {
    while (this._running || this._queued || this._timer) {
      if (this._timer) await this.refresh();
      else await (this._queued?.promise ?? this._running?.promise)?.catch(() => undefined);
    }
  }

  /**
   * Forgets the in-memory index: 'memory' keeps the stored cache (the next pass is what reopening the workspace
   * costs), 'cache' deletes it too (the next pass is a cold start).
   */
  async forget(what: 'memory' | 'cache'): Promise<void> {
    this.cancel();
    await this.whenIdle();
    this._articles.clear();
    this._skipped.clear();
    this._dirty.clear();
    this._clearIndex();
    if (what === 'cache') await this._cache.clear();
    else await this._cache.unload();
    this._cache.resetStats();
  }

  /** The text an article was indexed from, if it still has that content. */
  async text(article: IndexedArticle): Promise<string | undefined> {
    const text = await readText(this._importers, this._log, article.uri);
    return text !== undefined && contentHash(text) === article.hash ? text : undefined;
  }

  private _touch(uri: vscode.Uri, delayMs: number): void {
    if (!this.started) return;
    this._dirty.add(uri.toString());
    this.schedule(delayMs);
  }

  private _touchKnown(uri: vscode.Uri, delayMs: number): void {
    const key = uri.toString();
    if (this._articles.has(key) || this._skipped.has(key)) this._touch(uri, delayMs);
  }

  private _setState(state: IndexState): void {
    if (this._state === state) return;
    this._state = state;
    void vscode.commands.executeCommand('setContext', STATE_CONTEXT, state);
    this._onDidChange.fire();
  }

  private _start(full: boolean): Promise<WorkspaceIndexRun> {
    const cts = new vscode.CancellationTokenSource();
    const promise = withIndexProgress(INCIDENTS_VIEW, cts.token, (progress) => this._pass(full, cts.token, progress))
      .catch((e: unknown): WorkspaceIndexRun => {
        this._log.error('workspace index: pass failed', e);
        return { ...emptyRun(), cancelled: true };
      })
      .finally(() => {
        cts.dispose();
        if (this._running?.cts === cts) this._running = undefined;
        this._passes++;
        if (!this._running && !this._queued) this._setState('ready');
        this._onDidChange.fire();
      });
    this._running = { cts, promise };
    this._setState('indexing');
    return promise;
  }

  private async _pass(full: boolean, token: vscode.CancellationToken, report: (done: number, total: number) => void): Promise<WorkspaceIndexRun> {
    const started = now();
    const run: WorkspaceIndexRun = { ...emptyRun(), cancelled: false };
    await this._cache.load();
    const core = await (this._core ??= import('../../core/workspace'));
    const loadedAt = now();
    const { uris, truncated, cutFolders } = await findWorkspaceFiles(token);
    const foundAt = now();
    if (token.isCancellationRequested) {
      // A cancelled search finds nothing: keep the index as it is rather than drop every file.
      run.cancelled = true;
      run.durationMs = Math.round(now() - started);
      this._lastRun = run;
      return run;
    }
    run.files = uris.length;
    run.truncated = truncated;
    run.cutFolders = cutFolders;
    if (truncated) this._log.warn(`workspace index: more than ${readSettings().maxFiles} files match; indexing ${uris.length}, shared across folders; some left out of ${cutFolders.join(', ')} (policyLens.workspace.maxFiles)`);

    const found = new Map(uris.map((u) => [u.toString(), u]));
    for (const key of [...this._articles.keys()]) if (!found.has(key)) this._articles.delete(key);
    for (const key of [...this._skipped.keys()]) if (!found.has(key)) this._skipped.delete(key);
    for (const [key, uri] of found) {
      const a = this._articles.get(key);
      if (a) a.file = vscode.workspace.asRelativePath(uri);
    }
    const todo = uris.filter((u) => {
      const key = u.toString();
      return full || this._dirty.has(key) || (!this._articles.has(key) && !this._skipped.has(key));
    });
    run.unchanged = uris.length - todo.length;
    for (const u of todo) this._dirty.delete(u.toString());

    const limit = this._config.value.maxDocumentSize;
    const reads: Array<Promise<string | undefined>> = [];
    const readAhead = (i: number) => {
      for (let j = reads.length; j < Math.min(todo.length, i + READ_AHEAD); j++) reads.push(readText(this._importers, this._log, todo[j]));
    };
    let slice = now();
    let partial = now();
    let saved = now();
    let i = 0;
    report(0, todo.length);
    for (; i < todo.length; i++) {
      if (token.isCancellationRequested) break;
      readAhead(i);
      const uri = todo[i];
      const key = uri.toString();
      const text = await reads[i];
      reads[i] = Promise.resolve(undefined); // let the text go
      if (text === undefined || text.length > limit) {
        this._articles.delete(key);
        this._skipped.set(key, text === undefined ? 'unreadable' : `${text.length} characters, over policyLens.maxDocumentSize (${limit})`);
        run.skipped++;
        continue;
      }
      this._skipped.delete(key);
      const hash = contentHash(text);
      const before = this._articles.get(key);
      if (before?.hash === hash) {
        run.unchanged++;
      } else {
        // A Markdown file is read through its prose view: its results are kept apart from a text file's of equal bytes.
        const format = formatOf(uri.path);
        const cacheKey = format === 'markdown' ? `md:${hash}` : hash;
        let analysis = this._cache.get(cacheKey);
        if (analysis) {
          run.fromCache++;
        } else {
          try {
            const engine = await (this._engine ??= this._createEngine());
            analysis = await engine.analyze(text, token, undefined, undefined, format);
          } catch (e) {
            if (isCancelled(e) || token.isCancellationRequested) {
              this._dirty.add(key);
              break;
            }
            this._log.error(`workspace index: analysis of ${uri.toString(true)} failed`, e);
            this._skipped.set(key, 'analysis failed');
            run.skipped++;
            continue;
          }
          slice = now();
          this._cache.set(cacheKey, analysis);
          run.analysed++;
        }
        this._articles.set(key, { uri, file: vscode.workspace.asRelativePath(uri), hash, analysis, lines: lineStarts(text) });
      }
      report(i + 1, todo.length);
      if (now() - slice > SLICE_MS) {
        await yieldToHost();
        slice = now();
      }
      if (now() - partial > PARTIAL_MS) {
        this._rebuild(core);
        this._onDidChange.fire();
        partial = now();
      }
      if (now() - saved > SAVE_EVERY_MS) {
        // A window closed mid-pass keeps what was analysed so far.
        void this._cache.save();
        saved = now();
      }
    }
    if (i < todo.length) {
      run.cancelled = true;
      for (const u of todo.slice(i)) this._dirty.add(u.toString());
    }
    const readAt = now();
    this._rebuild(core);
    run.durationMs = Math.round(now() - started);
    const phases = `cache ${Math.round(loadedAt - started)} ms, find ${Math.round(foundAt - loadedAt)} ms, read+analyse ${Math.round(readAt - foundAt)} ms, merge ${Math.round(now() - readAt)} ms`;
    this._lastRun = run;
    const stats = this._cache.stats();
    this._log.info(
      `workspace index: ${run.cancelled ? 'cancelled after' : 'indexed'} ${this._articles.size}/${run.files} files in ${run.durationMs} ms ` +
        `(${run.analysed} analysed, ${run.fromCache} from cache, ${run.unchanged} unchanged, ${run.skipped} skipped; ` +
        `${this._index.incidents.length} incidents; cache ${stats.entries} entries; ${phases})`,
    );
    void this._cache.save();
    return run;
  }

  private _rebuild(core: WorkspaceCore): void {
    const list = [...this._articles.values()].sort((a, b) => a.file.localeCompare(b.file));
    this._byFile = new Map(list.map((a) => [a.file, a]));
    // buildWorkspaceIndex reads only the analyses; the texts are not kept in memory (exports read them again).
    this._index = list.length ? core.buildWorkspaceIndex(list.map((a) => ({ file: a.file, text: '', analysis: a.analysis }))) : EMPTY_INDEX;
  }

  private _clearIndex(): void {
    this._byFile = new Map();
    this._index = EMPTY_INDEX;
    this._onDidChange.fire();
  }
}

function emptyRun(): WorkspaceIndexRun {
  return { files: 0, analysed: 0, fromCache: 0, unchanged: 0, skipped: 0, truncated: false, cutFolders: [], cancelled: false, durationMs: 0 };
}
