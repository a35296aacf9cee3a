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
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  for (const { start, end } of spans) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) continue;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([start, end]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** `claimMinScore`: claims below this check-worthiness are not highlighted (they stay in the panel and exports). */
export function decorationSpans(analysis: Analysis, text: string, claimMinScore = 0): CategorySpans {
  const speakers = new Set(analysis.quotes.map((q) => q.speaker).filter((s): s is string => !!s));
  const speakerSpans: Span[] = analysis.quotes.flatMap((q) => (q.speakerMention ? [q.speakerMention] : []));
  for (const p of analysis.people) if (speakers.has(p.name)) speakerSpans.push(...p.mentions);
  const outletNames = new Set<string>(analysis.outlets);
  for (const x of [...analysis.quotes, ...analysis.claims]) if (x.outlet) outletNames.add(x.outlet);
  return {
    claim: clean(analysis.claims.filter((c) => !(c.score < claimMinScore)), text.length),
    figure: clean(analysis.figures, text.length),
    quote: clean(analysis.quotes, text.length),
    speaker: clean(speakerSpans, text.length),
    outlet: clean(findNames(text, [...outletNames]), text.length),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every place a name is written ("The Wall Street Journal" also as "the Wall Street Journal" or "Wall Street
 * Journal"), whole words only; where two matches overlap the longer wins.
 */
export function findNames(text: string, names: readonly string[]): Array<{ start: number; end: number }> {
  const variants = new Set<string>();
  for (const name of names) {
    const n = name.trim();
    if (n.length < 2) continue;
    variants.add(n);
    const bare = n.replace(/^the\s+/i, '');
    if (bare !== n && bare.length >= 2) variants.add(bare);
  }
  if (!variants.size) return [];
  const alternatives = [...variants].sort((a, b) => b.length - a.length).map((v) => {
    const body = escapeRegExp(v).replace(/\s+/g, '\\s+');
    return /^the\\s\+/i.test(body) ? `[Tt]he${body.slice(3)}` : body;
  });
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
