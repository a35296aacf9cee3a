/**
 * A prose view's offsets: `map[i]` is the source offset of prose character i (monotonic, never decreasing), so a
 * span found in the prose is the same span of the source file, markup inside it included.
 */
import { mapFields } from '../incidents/field-merge';
import type { Analysis, Span } from '../types';

const EMPHASIS = '*_';

export class OffsetMap {
  constructor(
    private readonly map: Int32Array,
    private readonly sourceLength: number,
  ) {}

  /** Source offset of the prose offset `at` used as a span start. */
  start(at: number): number {
    return at < this.map.length ? this.map[at] : this.sourceLength;
  }

  /** Source offset of the prose offset `at` used as an exclusive span end. */
  end(at: number): number {
    return at <= 0 ? 0 : this.map[Math.min(at, this.map.length) - 1] + 1;
  }

  /**
   * The source span of the prose span [start, end), widened over emphasis markers that open before it or close after
   * it, so that a claim over "**12 homes** were lost." covers the asterisks it starts with.
   */
  widened(start: number, end: number, source: string): [number, number] {
    let [s, e] = [this.start(start), this.end(end)];
    const before = start > 0 ? this.map[start - 1] + 1 : 0;
    const after = end < this.map.length ? this.map[end] : source.length;
    while (s > before && EMPHASIS.includes(source[s - 1])) s--;
    while (e < after && EMPHASIS.includes(source[e])) e++;
    return [s, e];
  }

  /** The first prose offset whose source offset is at least `source` (for a source range asked for first). */
  toProse(source: number): number {
    let [lo, hi] = [0, this.map.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.map[mid] < source) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A copy of `a`, found in a prose view, with every span moved to the source it came from (texts re-read from it). */
export function toSource(a: Analysis, offsets: OffsetMap, source: string): Analysis {
  const span = <T extends Span>(s: T): T => {
    const start = offsets.start(s.start);
    const end = Math.max(start, offsets.end(s.end));
    return { ...s, start, end, text: source.slice(start, end) };
  };
  return {
    schemaVersion: 2,
    figures: a.figures.map(span),
    quotes: a.quotes.map((q) => ({ ...span(q), speakerMention: q.speakerMention && span(q.speakerMention) })),
    claims: a.claims.map((c) => {
      const [start, end] = offsets.widened(c.start, c.end, source);
      return { ...c, start, end, text: source.slice(start, end) };
    }),
    incidents: a.incidents.map((i) => ({ ...i, mentions: i.mentions.map(span), fields: mapFields(i.fields, span) })),
    people: a.people.map((p) => ({ ...p, mentions: p.mentions.map(span) })),
    outlets: a.outlets,
  };
}
