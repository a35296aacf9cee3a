/**
 * What the extension's activate() returns: a small API for integration tests and other extensions.
 * Types only; no vscode import, so the webview and tests can share it.
 */
import type { Analysis } from '../core/types';

export type DecorationCategory = 'claim' | 'figure' | 'quote' | 'speaker' | 'outlet';

export interface PolicyLensApi {
  /** The latest Analysis of a document (by uri string), if it has been annotated. */
  getAnalysis(uri: string): Analysis | undefined;
  /** What the decorator last applied to a visible editor of the document, per category, as [start, end) offsets. */
  getDecorations(uri: string): Record<DecorationCategory, Array<[number, number]>>;
  /** How many documents the extension holds state for (closing a document must release it). */
  trackedDocuments(): number;
  /** What the incidents panel last showed, when it is open. */
  panelState(): { uri: string | null; incidents: number; ready: boolean } | undefined;
}
