/**
 * Policy Lens core: analyze(text) → Analysis. Pure: no vscode, no DOM, no Node-only APIs.
 */
import { extractClaims } from './claims';
import { extractEntities } from './entities';
import { extractFigures } from './figures';
import { extractIncidents } from './incidents';
import { extractQuotes } from './quotes';
import { segment } from './text';
import { CancelledError, type Analysis, type AnalyzeOptions } from './types';

export * from './types';
export { renderMarkdown, describeFigure, formatValue, escapeMarkdown } from './report';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const check = () => {
    if (options.token?.isCancellationRequested) throw new CancelledError();
  };
  const doc = segment(text);
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
