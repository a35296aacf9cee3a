/**
 * Policy Lens core: analyze(text) → Analysis. Pure: no vscode, no DOM, no Node-only APIs.
 */
import { ParagraphCache } from './cache';
import { extractClaims } from './claims';
import { extractEntities } from './entities';
import { extractFigures } from './figures';
import { extractIncidents } from './incidents';
import { extractQuotes } from './quotes';
import { segment } from './text';
import { CancelledError, type Analysis, type AnalyzeOptions } from './types';

export * from './types';
export { renderMarkdown, describeFigure, formatValue, escapeMarkdown } from './report';
export { buildWorkspaceIndex, figuresAgree, sameVictim } from './workspace';
export type { ArticleAnalysis, Discrepancy, MergedIncident, SourcedFigure, WorkspaceIndex } from './workspace';
export { toCsvTables, renderWorkspaceMarkdown } from './exports';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return run(text, options);
}

export interface Analyzer {
  /** The Analysis of `text`, equal to a fresh analyze(text), re-using the work done for unchanged paragraphs. */
  update(text: string, options?: AnalyzeOptions): Analysis;
}

/** An incremental analyser: keep one per document and call update() on every change. */
export function createAnalyzer(): Analyzer {
  const cache = new ParagraphCache();
  return {
    update(text, options = {}) {
      cache.beginPass();
      return run(text, options, cache);
    },
  };
}

function run(text: string, options: AnalyzeOptions, cache?: ParagraphCache): Analysis {
  const check = () => {
    if (options.token?.isCancellationRequested) throw new CancelledError();
  };
  const doc = segment(text, cache);
  check();
  const figures = extractFigures(doc);
  check();
  const entities = extractEntities(doc);
  check();
  const quotes = extractQuotes(doc, entities);
  check();
  const incidents = extractIncidents(doc, { figures, entities });
  check();
  const claims = extractClaims(doc, { figures, quotes, entities });
  return {
    schemaVersion: 1,
    figures,
    quotes,
    claims,
    incidents,
    people: entities.people,
    outlets: entities.outlets,
  };
}
