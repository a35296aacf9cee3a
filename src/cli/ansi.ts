/** The article with its annotations coloured for a terminal (ANSI), for `--format text`. */
import type { Analysis } from '../core';

const STYLE = {
  claim: '\x1b[4m', // underline
  quote: '\x1b[32m', // green
  figure: '\x1b[1;33m', // bold yellow
  speaker: '\x1b[1;36m', // bold cyan
} as const;
const RESET = '\x1b[0m';

/** Strips control characters from article text so it cannot drive the terminal. */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const safe = (s: string) => s.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, '');

export function renderAnsi(text: string, a: Analysis): string {
  // Innermost wins: events at each offset open/close styles; we rebuild the active style at every boundary.
  const spans: Array<{ start: number; end: number; style: string; rank: number }> = [
    ...a.claims.map((c) => ({ start: c.start, end: c.end, style: STYLE.claim, rank: 0 })),
    ...a.quotes.map((q) => ({ start: q.start, end: q.end, style: STYLE.quote, rank: 1 })),
    ...a.quotes.flatMap((q) => (q.speakerMention ? [{ ...q.speakerMention, style: STYLE.speaker, rank: 2 }] : [])),
    ...a.figures.map((f) => ({ start: f.start, end: f.end, style: STYLE.figure, rank: 3 })),
  ];
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const active = spans.filter((s) => s.start <= from && s.end >= to).sort((x, y) => x.rank - y.rank);
    const piece = safe(text.slice(from, to));
    out += active.length ? active.map((s) => s.style).join('') + piece + RESET : piece;
  }
  return out;
}
