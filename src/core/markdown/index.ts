/**
 * Markdown documents: analyse the prose view (prose.ts) with the plain-text engine, then move every span back to the
 * file, so decorations land on the text as written. Headings are headlines: they hold figures but no claims.
 */
import type { Analysis, UpdateOptions } from '../types';
import { toSource } from './offsets';
import { proseView, type ProseView } from './prose';

/** `analyzeText` is the plain-text engine (a whole analysis or an incremental update), run on the prose view. */
export function analyzeMarkdown<O extends UpdateOptions>(source: string, options: O, analyzeText: (text: string, options: O) => Analysis): Analysis {
  const view = proseView(source);
  const { first, onPartial } = options;
  const proseOptions: O = {
    ...options,
    first: first && { start: view.offsets.toProse(first.start), end: view.offsets.toProse(first.end) },
    onPartial: onPartial && ((partial: Analysis) => onPartial(fromProse(partial, view, source))),
  };
  return fromProse(analyzeText(view.text, proseOptions), view, source);
}

function fromProse(a: Analysis, view: ProseView, source: string): Analysis {
  const claims = view.headings.length ? a.claims.filter((c) => !inRanges(view.headings, c.start)) : a.claims;
  return toSource({ ...a, claims }, view.offsets, source);
}

/** Whether `at` falls in one of `ranges` (sorted, disjoint): a binary search. */
function inRanges(ranges: ReadonlyArray<{ start: number; end: number }>, at: number): boolean {
  let [lo, hi] = [0, ranges.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo].start <= at;
}
