/**
 * What each decoration category covers, as [start, end) offsets. Pure (no vscode): the decorator turns these into
 * Ranges through convert.ts, and the test API reports them as they are.
 */
import type { Analysis, Span } from '../core/types';
import type { DecorationCategory } from '../shared/api';

export type CategorySpans = Record<DecorationCategory, Array<[number, number]>>;

export const CATEGORIES: readonly DecorationCategory[] = ['claim', 'quote', 'outlet', 'speaker', 'figure'];

export function emptySpans(): CategorySpans {
  return { claim: [], figure: [], quote: [], speaker: [], outlet: [] };
}

/** Sorted, de-duplicated, and only spans that lie inside the text (the core is young; stay defensive). */
function clean(spans: Iterable<{ start: number; end: number }>, length: number): Array<[number, number]> {
  // Each span as one number, start * (length + 1) + end (exact below 2^53, so for texts up to 94 million characters):
  // a typed array sorts them by start, then end, without a comparator, and duplicates end up side by side.
  const width = length + 1;
  let keys = new Float64Array(64);
  let n = 0;
  for (const { start, end } of spans) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) continue;
    if (n === keys.length) {
      const bigger = new Float64Array(n * 2);
      bigger.set(keys);
      keys = bigger;
    }
    keys[n++] = start * width + end;
  }
  const sorted = keys.subarray(0, n).sort();
  const out: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    const start = Math.floor(sorted[i] / width);
    out.push([start, sorted[i] - start * width]);
  }
  return out;
}

/**
 * Only check-worthy claims are highlighted unless `allClaims`; `claimMinScore`: claims below this check-worthiness
 * are not highlighted either way (every claim stays in the panel and exports).
 */
export function decorationSpans(analysis: Analysis, text: string, claimMinScore = 0, allClaims = false): CategorySpans {
  const spans = emptySpans();
  for (const category of CATEGORIES) spans[category] = categorySpans(analysis, text, category, claimMinScore, allClaims);
  return spans;
}

/** One category of decorationSpans(): the decorator computes them one at a time, so a long article's work is sliced. */
export function categorySpans(analysis: Analysis, text: string, category: DecorationCategory, claimMinScore = 0, allClaims = false): Array<[number, number]> {
  switch (category) {
    case 'claim':
      return clean(analysis.claims.filter((c) => (allClaims || c.checkWorthy) && !(c.score < claimMinScore)), text.length);
    case 'figure':
      return clean(analysis.figures, text.length);
    case 'quote':
      return clean(analysis.quotes, text.length);
    case 'speaker': {
      const speakers = new Set(analysis.quotes.map((q) => q.speaker).filter((s): s is string => !!s));
      const speakerSpans: Span[] = analysis.quotes.flatMap((q) => (q.speakerMention ? [q.speakerMention] : []));
      for (const p of analysis.people) if (speakers.has(p.name)) for (const m of p.mentions) speakerSpans.push(m);
      return clean(speakerSpans, text.length);
    }
    case 'outlet': {
      const outletNames = new Set<string>(analysis.outlets);
      for (const x of [...analysis.quotes, ...analysis.claims]) if (x.outlet) outletNames.add(x.outlet);
      return clean(findNames(text, [...outletNames]), text.length);
    }
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern that finds any of `names` (and each without a leading "the") as whole words; null when none is usable. */
function namesPattern(names: readonly string[]): RegExp | null {
  const variants = new Set<string>();
  for (const name of names) {
    const n = name.trim();
    if (n.length < 2) continue;
    variants.add(n);
    const bare = n.replace(/^the\s+/i, '');
    if (bare !== n && bare.length >= 2) variants.add(bare);
  }
  if (!variants.size) return null;
  const alternatives = [...variants].sort((a, b) => b.length - a.length).map((v) => {
    const body = escapeRegExp(v).replace(/\s+/g, '\\s+');
    return /^the\\s\+/i.test(body) ? `[Tt]he${body.slice(3)}` : body;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}

/**
 * Every place a name is written ("The Wall Street Journal" also as "the Wall Street Journal" or "Wall Street
 * Journal"), whole words only; where two matches overlap the longer wins.
 */
export function findNames(text: string, names: readonly string[]): Array<{ start: number; end: number }> {
  const re = namesPattern(names);
  if (!re) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/** The first whole-word occurrence of `needle` at or after `from`, by plain string search; -1 if none. */
function firstWord(text: string, needle: string, from = 0): number {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + needle.length])) return at;
  }
  return -1;
}

/**
 * Where each of `names` is first written, as findNames() would find it. Plain string search first: a Unicode regex
 * with look-behind over a 1 MB article took some 50 ms per scan on the extension host, where the panel asks this for
 * dozens of outlets; the regex only runs for a name written with other spacing (a line break inside it).
 */
export function firstMentions(text: string, names: readonly string[]): Map<string, { start: number; end: number }> {
  const found = new Map<string, { start: number; end: number }>();
  for (const name of names) {
    const n = name.trim();
    const bare = n.replace(/^the\s+/i, '');
    if (bare.length < 2) continue;
    const at = firstWord(text, bare);
    if (at < 0) {
      const span = findNames(text, [name])[0];
      if (span) found.set(name, span);
      continue;
    }
    // "The Post" is written with its article where the text has one ("the Post", "The Post").
    const the = /[Tt]he\s+$/.exec(text.slice(Math.max(0, at - 8), at));
    const start = bare !== n && the && !isWordChar(text[at - the[0].length - 1]) ? at - the[0].length : at;
    found.set(name, { start, end: at + bare.length });
  }
  return found;
}
