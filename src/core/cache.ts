/**
 * Content-keyed memo for per-paragraph work, so an edit re-analyses only the paragraphs it touched.
 * Results are stored relative to their paragraph and shifted back on reuse; entries unused by the latest two
 * analyses are dropped (mark and sweep), so memory follows the document, not its history. Two, not one: typing
 * moves the edit from paragraph to paragraph, and the paragraph the previous edit left often gets back the text it
 * had before it (an undo, a moved character), which only the analysis before the previous one saw.
 */
import type { Span } from './types';

export class ParagraphCache {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();
  private older = new Map<string, unknown>();

  /** Starts a new analysis: what neither of the last two touched is released after this one. */
  beginPass(): void {
    this.older = this.previous;
    this.previous = this.current;
    this.current = new Map();
  }

  get<T>(key: string): T | undefined {
    if (this.current.has(key)) return this.current.get(key) as T;
    const from = this.previous.has(key) ? this.previous : this.older.has(key) ? this.older : undefined;
    if (!from) return undefined;
    const value = from.get(key) as T;
    this.current.set(key, value);
    return value;
  }

  set(key: string, value: unknown): void {
    this.current.set(key, value);
  }

  get size(): number {
    return this.current.size;
  }
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
  const key = `${name}\u0000${text}`;
  const hit = cache.get<T>(key);
  if (hit !== undefined) return shiftSpans(hit, start);
  const result = compute();
  cache.set(key, shiftSpans(result, -start));
  return result;
}
