/**
 * What the extension's activate() returns: a small API for integration tests and other extensions.
 * Types only (and one constant); no vscode import, so the webview and tests can share it.
 */
import type { Analysis } from '../core/types';
import type { WorkspaceIndex } from '../core/workspace';

export type DecorationCategory = 'claim' | 'figure' | 'quote' | 'speaker' | 'outlet';

export type DocumentStatus = 'analysing' | 'ready' | 'too-large' | 'failed' | 'idle';

export interface PolicyLensApi {
  /**
   * What activation cost the extension host's thread, in milliseconds: evaluating dist/extension.js (including its
   * first `require('vscode')`) plus activate() (wiring only; the core is not loaded). Details in `activationTimes`.
   */
  activationMs?: number;
  /**
   * vscodeApiMs: the bundle's first `require('vscode')` (VS Code builds the extension's API object); evaluateMs: the
   * rest of the bundle's top level; activateMs: activate(); each also as this thread's CPU time where the runtime tells
   * it (on a loaded machine wall time also counts time the thread was not running); loadToActivatedMs: from the start
   * of the bundle's evaluation to the end of activate(), including the time VS Code took before calling activate().
   */
  activationTimes?: {
    vscodeApiMs: number;
    evaluateMs: number;
    activateMs: number;
    vscodeApiCpuMs?: number;
    evaluateCpuMs?: number;
    activateCpuMs?: number;
    loadToActivatedMs: number;
  };
  /** The latest Analysis of a document (by uri string), if it has been annotated. */
  getAnalysis(uri: string): Analysis | undefined;
  /** Where the open document (by uri string) stands: analysing, ready, too large, failed, or idle (not tracked or stale). */
  documentStatus?(uri: string): DocumentStatus | undefined;
  /** What the decorator last applied to a visible editor of the document, per category, as [start, end) offsets. */
  getDecorations(uri: string): Record<DecorationCategory, Array<[number, number]>>;
  /** How many documents the extension holds state for (closing a document must release it). */
  trackedDocuments(): number;
  /** What the incidents panel last showed, when it is open. */
  panelState(): { uri: string | null; incidents: number; ready: boolean } | undefined;
  /** The workspace incident index (the Policy Lens view), once the workspace index is wired in. */
  workspaceIndex?(): WorkspaceIndexSnapshot;
  /** Analysis engines (workers) made so far: the editor, the panel and the workspace index share one. */
  enginesMade?(): number;
  /** The last messages (warnings, errors) shown to the user, oldest first: smoke-test mode hides the toasts. */
  notices?(): string[];
  /** What was wrong with the settings as last read (each bad value fell back to its default). */
  settingWarnings?(): string[];
  /** Extension tests only: handle `raw` as if the incidents webview had posted it. */
  receiveFromWebview?(raw: unknown): void;
}

/** Extension tests only (ExtensionMode.Test): an article containing this string makes its analysis throw. */
export const TEST_CRASH_MARKER = 'POLICY-LENS-TEST-CRASH-7f3a';

/** One pass of the workspace indexer over the workspace's `.txt` and `.md` files. */
export interface WorkspaceIndexRun {
  /** Files found (after the excludes and `policyLens.workspace.maxFiles`). */
  files: number;
  /** Analysed afresh. */
  analysed: number;
  /** Taken from the persisted analysis cache (same content hash). */
  fromCache: number;
  /** Already indexed with the same content. */
  unchanged: number;
  /** Over `policyLens.maxDocumentSize`, or unreadable. */
  skipped: number;
  /** More files matched than `policyLens.workspace.maxFiles`. */
  truncated: boolean;
  /** The workspace folders some of whose files were left out (the budget is shared equally across folders). */
  cutFolders: string[];
  cancelled: boolean;
  durationMs: number;
}

export interface WorkspaceIndexSnapshot {
  state: 'idle' | 'indexing' | 'ready';
  /** Completed passes: wait for it to grow after a change. */
  passes: number;
  /**
   * A pass is running, queued or scheduled (a file, editor or setting change starts one after a short quiet time).
   * `state` stays 'ready' while one is only scheduled, so "the index reflects the change" is `passes` grown and
   * `pending` false.
   */
  pending: boolean;
  /** The indexed articles, by the name the index uses (workspace-relative path). */
  articles: string[];
  index: WorkspaceIndex;
  lastRun: WorkspaceIndexRun | undefined;
  cache: { entries: number; hits: number; misses: number };
}

/** What the workspace export commands return. */
export interface WorkspaceExportResult {
  format: 'json' | 'csv' | 'markdown';
  articles: number;
  incidents: number;
  /** The files written (CSV: four), or the untitled document opened. */
  targets: string[];
  /** The exported text (JSON and Markdown). */
  content?: string;
}

/** What `policyLens.openAsArticle` returns: the read-only document it opened and its text (header, then the article). */
export interface OpenAsArticleResult {
  uri: string;
  source: string;
  text: string;
}

/** What `policyLens.exportJson` / `policyLens.exportMarkdown` return. */
export interface ExportResult {
  format: 'json' | 'markdown';
  /** The annotated document. */
  source: string;
  /** Where the export went: the target file, or the untitled document opened for it. */
  target: string;
  /** The exported text. */
  content: string;
}

/** What `policyLens.toggle` returns. */
export interface ToggleResult {
  /** Whether annotations are shown after the toggle. */
  visible: boolean;
  /** How many visible editors were (re)decorated or cleared. */
  editors: number;
}
