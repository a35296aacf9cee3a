/**
 * Content-keyed memo for per-paragraph work, so an edit re-analyses only the paragraphs it touched.
 * Results are stored relative to their paragraph and shifted back on reuse; entries unused by the latest two
 * analyses are dropped (mark and sweep), so memory follows the document, not its history. Two, not one: typing
 * moves the edit from paragraph to paragraph, and the paragraph the previous edit left often gets back the text it
 * had before it (an undo, a moved character), which only the analysis before the previous one saw.
 */
import type { Span } from './types';

/** A memo's entries for one text, by what else the entry depends on (the memo's name and any context). */
type Entries = Map<string, unknown>;

export class ParagraphCache {
  // Keyed by the paragraph's or sentence's own text as the analysis holds it (a slice of the document, no copy), then
  // by name: a key joining the two would copy the text once per memo, several times the document in all.
  private current = new Map<string, Entries>();
  private previous = new Map<string, Entries>();
  private older = new Map<string, Entries>();

  /** Starts a new analysis: what neither of the last two touched is released after this one. */
  beginPass(): void {
    this.older = this.previous;
    this.previous = this.current;
    this.current = new Map();
  }

  /** What was stored for `text` under `name` (a memo's name and whatever else its value depends on). */
  get<T>(name: string, text: string): T | undefined {
    const here = this.current.get(text);
    if (here?.has(name)) return here.get(name) as T;
    const previous = this.previous.get(text);
    const from = previous?.has(name) ? previous : this.older.get(text);
    if (!from?.has(name)) return undefined;
    const value = from.get(name) as T;
    this.set(name, text, value);
    return value;
  }

  set(name: string, text: string, value: unknown): void {
    let here = this.current.get(text);
    if (!here) this.current.set(text, (here = new Map()));
    here.set(name, value);
  }

  /** How many entries the latest analysis used. */
  get size(): number {
    let n = 0;
    for (const e of this.current.values()) n += e.size;
    return n;
  }
}

/**
 * One string per distinct value among what the memos keep: token texts and feature names are each their own copy
 * (a regex match, a template), and the memos of a long document hold hundreds of thousands of them ("the" ten
 * thousand times in 1 MB, "sp=5" two thousand). Bounded like the other memos; strings already kept stay shared.
 */
const SHARED = new Map<string, string>();
const SHARED_MAX = 100_000;
export function sharedString(s: string): string {
  const known = SHARED.get(s);
  if (known !== undefined) return known;
  if (SHARED.size >= SHARED_MAX) SHARED.clear();
  SHARED.set(s, s);
  return s;
}

/**
 * `compute` remembering its last argument and result: for what callers ask of one input several times in a row (a
 * sentence's candidates come one after another), with nothing kept beyond that one entry.
 */
export function rememberLast<A, R>(compute: (arg: A) => R): (arg: A) => R {
  let last: { arg: A; result: R } | undefined;
  return (arg) => {
    if (!last || last.arg !== arg) last = { arg, result: compute(arg) };
    return last.result;
  };
}

const isSpan = (v: unknown): v is Span =>
  typeof v === 'object' && v !== null && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number' && typeof (v as Span).text === 'string';

/** A deep copy in which every Span (at any depth) is moved by `delta`. */
export function shiftSpans<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  if (Array.isArray(value)) return value.map((v) => shiftSpans(v, delta)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'object' ? shiftSpans(v, delta) : v;
  if (isSpan(value)) {
    out.start = value.start + delta;
    out.end = value.end + delta;
  }
  return out as T;
}

/**
 * Runs `compute` for a paragraph at `start` whose text is `text`, or reuses what it returned for the same text
 * (under the same `name`) wherever that paragraph stood before. Without a cache it just computes.
 */
export function memoParagraph<T>(cache: ParagraphCache | undefined, name: string, text: string, start: number, compute: () => T): T {
  if (!cache) return compute();
  const hit = cache.get<T>(name, text);
  if (hit !== undefined) return shiftSpans(hit, start);
  const result = compute();
  cache.set(name, text, shiftSpans(result, -start));
  return result;
}
