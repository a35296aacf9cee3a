/**
 * Messages between the extension and an analysis worker, the Node one (dist/worker.js) or the Web one
 * (dist/web/worker.js). Types only, so that either side can import them without pulling in the other's runtime.
 */
import type { TextFormat } from '../core/types';
import type { AnalysisParts } from './analysisParts';

export type { AnalysisParts } from './analysisParts';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  text: string;
  /**
   * Int32 at index 0: 1 once the request is cancelled; the core polls it, so analysis stops mid-way. Absent where
   * SharedArrayBuffer is not available (a browser page that is not cross-origin isolated): then only a 'cancel'
   * message reaches the worker, which skips the request if it has not started yet.
   */
  flag?: SharedArrayBuffer;
  /** The document's uri: keep an incremental analyser for it. */
  key?: string;
  /** What the editor shows: in a long document its sections are analysed first and sent ahead as a 'partial'. */
  first?: { start: number; end: number };
  /** How to read the text: `markdown` through its prose view; plain text when absent. */
  format?: TextFormat;
}

export type WorkerRequest =
  | AnalyzeRequest
  | { type: 'release'; key: string }
  /** The extension no longer wants request `id`'s result. */
  | { type: 'cancel'; id: number };

export type WorkerReply =
  | { id: number; ok: true; parts: AnalysisParts; ms: number }
  | { id: number; ok: false; cancelled: boolean; message: string; stack?: string };

/** The analysis of the sections under a request's `first` range, sent before the whole one. */
export interface WorkerPartial {
  type: 'partial';
  id: number;
  parts: AnalysisParts;
}

/** What the Web Worker posts once its script has loaded, before any reply: it started. */
export interface WorkerReady {
  type: 'ready';
}
