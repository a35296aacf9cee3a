/**
 * Long documents are analysed in sections: runs of whole paragraphs (or, in text without blank lines, of whole
 * lines that end a sentence), each analysed as a document of its own and then merged (merge.ts). Where a section
 * ends depends only on the text near the cut (a hash of the line before it) and on where the section began, so an
 * edit moves at most the cuts next to it and every other section keeps its text: the incremental analyser reuses
 * their results as they are. A document up to WHOLE_DOCUMENT long is always one section, so every article of
 * ordinary length is analysed exactly as a whole. (A text that repeats itself every few KB can keep the cuts after an
 * edit out of step with the old ones; the result is still right, only that edit re-analyses what follows it.)
 */

/** Documents up to this length (UTF-16 code units) are one section. */
export const WHOLE_DOCUMENT = 32_000;
/** A section is at least this long (unless the document ends first) ... */
const MIN_SECTION = 4_000;
/** ... and ends at the first good cut past this length. */
const MAX_SECTION = 10_000;
/** One cut candidate in HASH_SPREAD (by the hash of the line before it) ends a section between MIN and MAX. */
const HASH_SPREAD = 8;
/** How much of the line before a cut the hash reads. */
const HASH_TAIL = 24;

/** Start offsets of the sections of `text`: [0] for a short text; a start is the first character of a line or sentence. */
export function sectionStarts(text: string): number[] {
  return sectionCuts(text).starts;
}

/**
 * The sections of a text, with what finding each cut read: an edit leaves a cut where it was when the edit is outside
 * what finding it read (section-reuse.ts), so an edited 1 MB text is not scanned again from end to end.
 */
export interface SectionCuts {
  text: string;
  starts: number[];
  /** [lo, hi): the characters read to find the start after starts[k]; hi past the text's end when its end was read. */
  reads: Array<[number, number]>;
  /** Found again after an edit (section-reuse.ts): how long a start and an end this text shares with the one before. */
  same?: { prefix: number; suffix: number };
}

/** The sections of `text`, each cut found by `find` (which may reuse an earlier text's cut) or else computed. */
export function sectionCuts(text: string, find: (from: number) => CutRead | undefined = () => undefined): SectionCuts {
  const cuts: SectionCuts = { text, starts: [0], reads: [] };
  if (text.length <= WHOLE_DOCUMENT) return cuts;
  for (let from = 0; ; ) {
    const { cut, lo, hi } = find(from) ?? nextCutRead(text, from);
    cuts.reads.push([lo, hi]);
    if (cut < 0) return cuts;
    cuts.starts.push(cut);
    from = cut;
  }
}

/** A cut (-1: the section runs to the end) and the range of characters read to find it. */
export interface CutRead {
  cut: number;
  lo: number;
  hi: number;
}

// What the current nextCut call has read: [readLo, readHi).
let readLo = 0;
let readHi = 0;
const read = (from: number, to: number) => {
  if (from < readLo) readLo = from;
  if (to > readHi) readHi = to;
};

function nextCutRead(text: string, from: number): CutRead {
  readLo = from;
  readHi = from;
  const cut = nextCut(text, from);
  return { cut, lo: Math.max(0, readLo), hi: readHi };
}

/**
 * The start of the section after the one starting at `from`, or -1 when it runs to the end. A cut is made at the
 * start of a non-blank line: after a blank line (a paragraph break) or, failing that, after a line that ends a
 * sentence. Between MIN and MAX the first paragraph break whose preceding line hashes to 0 wins; else the last
 * paragraph break before MAX; else the first sentence-ending line that hashes to 0, else the last one before MAX.
 * Text without such line breaks (a paste without newlines) is cut after a sentence, or at worst at a space.
 */
function nextCut(text: string, from: number): number {
  // Whether the text runs past MAX_SECTION is read either way (past the end when it does not).
  read(from, Math.min(text.length + 1, from + MAX_SECTION + 1));
  if (text.length - from <= MAX_SECTION) return -1;
  const breaks = /\r\n?|\n/g;
  breaks.lastIndex = from + MIN_SECTION;
  let lastParagraph = -1;
  let lastLine = -1;
  let hashedLine = -1;
  const first = exec(breaks, text);
  if (first) {
    let prevEnd = blankBetween(text, lineStartOf(text, first.index), first.index) ? -1 : first.index; // last non-blank line's end
    let sawBlank = prevEnd < 0;
    for (let lineStart = first.index + first[0].length; lineStart < text.length && lineStart - from <= MAX_SECTION; ) {
      const next = exec(breaks, text);
      const lineEnd = next ? next.index : text.length;
      if (blankBetween(text, lineStart, lineEnd)) sawBlank = true;
      else {
        const kind = prevEnd < 0 ? null : sawBlank ? 'paragraph' : endsSentence(text, prevEnd) ? 'line' : null;
        const hashed = kind !== null && hashTail(text, prevEnd) % HASH_SPREAD === 0;
        if (kind === 'paragraph') {
          if (hashed) return lineStart;
          lastParagraph = lineStart;
        } else if (kind === 'line') {
          if (hashed && hashedLine < 0) hashedLine = lineStart;
          lastLine = lineStart;
        }
        prevEnd = lineEnd;
        sawBlank = false;
      }
      if (!next) break;
      lineStart = next.index + next[0].length;
    }
  }
  if (lastParagraph >= 0) return lastParagraph;
  if (hashedLine >= 0) return hashedLine;
  if (lastLine >= 0) return lastLine;
  return sentenceCut(text, from);
}

/** breaks.exec(text), noting what it read: up to the break found, else to the end. */
function exec(breaks: RegExp, text: string): RegExpExecArray | null {
  const from = breaks.lastIndex;
  const m = breaks.exec(text);
  read(from, m ? m.index + m[0].length + 1 : text.length + 1); // "\r" looks at the character after it
  return m;
}

/** Within a line: the start of a sentence between MIN and MAX (the first whose end hashes to 0, else the last), else after the first space past MAX. */
function sentenceCut(text: string, from: number): number {
  // Searched in the window only, so that text without sentence ends is not scanned to its end for every section.
  const base = from + MIN_SECTION;
  const window = text.slice(base, from + MAX_SECTION + 1);
  read(base, from + MAX_SECTION + 2); // the lookahead at the window's end, and whether the text ends there
  const ends = /[.!?]["”’)\]]*[ \t]+(?=[\p{Lu}“"‘(])/gu;
  let last = -1;
  for (let m = ends.exec(window); m && m.index + m[0].length <= window.length - 1; m = ends.exec(window)) {
    const start = base + m.index + m[0].length;
    if (hashTail(text, base + m.index + 1) % HASH_SPREAD === 0) return start;
    last = start;
  }
  if (last >= 0) return last;
  // The first non-space after a space past MAX (a loop, not /\s+(?=\S)/, which backtracks over a long blank run).
  let i = from + MAX_SECTION;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  read(from + MAX_SECTION, i + 1);
  return i < text.length ? i : -1;
}

/** What /\s/ matches, by code (a per-character regex test is slow over a long blank run). */
const isSpace = (c: number) =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

function lineStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  read(i - 1, at);
  return i;
}

/** Whether [from, to) holds only spaces, tabs and no-break spaces. */
function blankBetween(text: string, from: number, to: number): boolean {
  read(from, to);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether the line ending at `end` ends with sentence-final punctuation (trailing spaces aside). */
function endsSentence(text: string, end: number): boolean {
  let e = end;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  read(e - 1, end);
  return e > 0 && '.!?"”’)]'.includes(text[e - 1]);
}

/** FNV-1a over the last HASH_TAIL code units before `end` (a line's end; the tail may reach into earlier lines). */
function hashTail(text: string, end: number): number {
  let h = 0x811c9dc5;
  read(end - HASH_TAIL, end);
  for (let i = Math.max(0, end - HASH_TAIL); i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
