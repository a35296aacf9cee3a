/**
 * Finding a long document's sections again after an edit without scanning it all (sections.ts): a cut found before
 * the edit from the same start, having read nothing the edit touched, is where it was; one found after the edit from
 * the same (moved) start, having read only text after the edit, has moved with it. Only the cuts whose reads the edit
 * touched are looked for again, so the sections are exactly those of sectionCuts(text).
 */
import { sectionCuts, type CutRead, type SectionCuts } from './sections';

/** The sections of `text`, reusing what finding the sections of `before` (an earlier version of it) read. */
export function recutSections(text: string, before: SectionCuts | undefined): SectionCuts {
  if (!before || before.starts.length < 2) return sectionCuts(text);
  const old = before.text;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const shift = text.length - old.length;
  const suffixStart = old.length - suffix;
  const at = new Map(before.starts.map((s, k) => [s, k]));
  const reused = (k: number | undefined, delta: number): CutRead | undefined => {
    if (k === undefined) return undefined;
    const next = before.starts[k + 1];
    const [lo, hi] = before.reads[k];
    return { cut: next === undefined ? -1 : next + delta, lo: lo + delta, hi: hi + delta };
  };
  const cuts = sectionCuts(text, (from) => {
    if (from < prefix) {
      const k = at.get(from);
      if (k !== undefined && before.reads[k][1] <= prefix) return reused(k, 0);
    }
    const k = at.get(from - shift);
    if (k !== undefined && before.reads[k][0] >= suffixStart) return reused(k, shift);
    return undefined;
  });
  return { ...cuts, same: { prefix, suffix } };
}

/** Compared a block at a time (a slice compare is a memory compare), then a character at a time. */
const BLOCK = 4096;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the common end of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + BLOCK <= max && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
