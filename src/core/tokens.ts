/**
 * Word tokens with exact offsets, and quotation-mark pairing. Linear scans only.
 */
import { codePointLength, letterOrDigitAt, spaceAt } from './chars';
import type { Doc } from './text';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Inside quotation marks (or is a quotation mark). */
  quoted: boolean;
}

const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'col', 'lt', 'sgt',
  'capt', 'cmdr', 'comdr', 'adm', 'maj', 'brig', 'pvt', 'cpl', 'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'det',
  'insp', 'atty', 'sec', 'inc', 'corp', 'co', 'ltd', 'dept', 'univ', 'assn', 'no', 'vs', 'mt', 'ft', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'calif', 'mass', 'conn', 'penn', 'wash',
  'ariz', 'fla', 'ill', 'mich', 'minn', 'ore', 'tenn', 'va', 'ga', 'ky', 'la', 'md', 'mo', 'nev', 'okla', 'pa', 'tex',
  'wis', 'ala', 'ark', 'colo', 'del', 'ind', 'kan', 'miss', 'neb', 'wyo']);

/**
 * The tokens' pattern, which the scan below follows character by character: a letter or digit, then letters, digits
 * and "&", with ".", "'", "’" or "-" kept between two of them, then a full stop; or any other character but a space.
 * By hand because each match of this Unicode pattern cost about 1,800 instructions (a call out of the regex code per
 * \p{L} test: 0.66M per analysis of the sample, steady state); the scan tests ASCII inline and only other characters
 * with a pattern (chars.ts). test/unit/tokens-scan.test.js holds the two equal.
 */
export const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}&]|[.'’-](?=[\p{L}\p{N}]))*\.?|[^\s\p{L}\p{N}]/gu;

/** Tokens of text[start, end). A trailing full stop stays on abbreviations ("U.S.", "Sen.") only. */
export function tokenize(text: string, start: number, end: number, quoted?: (pos: number) => boolean): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    if (spaceAt(text, i)) {
      i++;
      continue;
    }
    const s = i;
    if (!letterOrDigitAt(text, i, end)) {
      i += codePointLength(text, i, end);
      out.push(token(text.slice(s, i), s, i, quoted));
      continue;
    }
    i += codePointLength(text, i, end);
    while (i < end) {
      const d = text.charCodeAt(i);
      if (d === 38 /* & */ || letterOrDigitAt(text, i, end)) i += codePointLength(text, i, end);
      else if ((d === 46 || d === 39 || d === 0x2019 || d === 45) /* . ' ’ - */ && letterOrDigitAt(text, i + 1, end)) i++;
      else break;
    }
    // A word's full stop is a token of its own unless the word keeps it.
    if (i < end && text.charCodeAt(i) === 46) {
      const bare = text.slice(s, i);
      if (keepsFullStop(bare)) {
        out.push(token(text.slice(s, i + 1), s, i + 1, quoted));
      } else {
        out.push(token(bare, s, i, quoted));
        out.push(token('.', i, i + 1, quoted));
      }
      i++;
    } else out.push(token(text.slice(s, i), s, i, quoted));
  }
  return out;
}

/** "U.S.", "J.", "Sen.", and party-state tags such as "R-Ky." keep their full stop (`bare` is the word without it). */
function keepsFullStop(bare: string): boolean {
  return /^(?:\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(bare) || ABBREV.has(bare.toLowerCase()) || /^[A-Z]-[A-Z][a-z]{0,4}$/.test(bare);
}

/** The token text[s, e) whose text is `t`: one object shape for every token, built without a closure per call. */
function token(t: string, s: number, e: number, quoted: ((pos: number) => boolean) | undefined): Token {
  const code = t.charCodeAt(0);
  let word: boolean;
  let cap: boolean;
  if (code < 128) {
    // ASCII fast path, same answers as the case-mapping test below without allocating.
    const upper = code >= 65 && code <= 90;
    word = upper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    cap = upper;
  } else {
    const c = t[0];
    const lowerC = c.toLowerCase();
    const upperC = c.toUpperCase();
    // Letters change under case mapping; digits are words too. Other single characters are punctuation.
    word = lowerC !== upperC || (e - s > 1 && /[\p{L}\p{N}]/u.test(c));
    cap = word && c === upperC && c !== lowerC;
  }
  return { start: s, end: e, text: t, lower: t.toLowerCase(), word, cap, quoted: quoted ? quoted(s) : false };
}

export interface QuoteMarks {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on into the next paragraph. */
  close: number;
  /** Lengths of the marks: 1, or 2 for '' and ``. */
  openLen: number;
  closeLen: number;
  /** No closing mark: the quote continues in the next paragraph (or the mark is missing). */
  unclosed: boolean;
  paragraph: number;
  /** Single quotation marks. */
  single: boolean;
}

/** " ' ` « » ‘ ’ ‚ ‛ “ ” „ */
const QUOTATION_MARK = /["'`\u00ab\u00bb\u2018-\u201e]/g;
const DOUBLE_OPEN = '“„«';
const DOUBLE_CLOSE = '”»';
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Pair quotation marks paragraph by paragraph. Nested single quotes inside double quotes are left inside. */
export function findQuoteMarks(doc: Doc): QuoteMarks[] {
  const { text } = doc;
  const out: QuoteMarks[] = [];
  doc.paragraphs.forEach((p, pi) => {
    let open = -1;
    let openLen = 1;
    let singleOpen = -1;
    for (let i = p.start; i < p.end; i++) {
      // Only quotation marks do anything below: the pattern finds the next one natively, in the paragraph alone.
      QUOTATION_MARK.lastIndex = i - p.start;
      const mark = QUOTATION_MARK.exec(p.text);
      if (!mark) break;
      i = p.start + mark.index;
      const c = mark[0];
      // Two apostrophes or backticks stand for a double quotation mark in some archives ('' / ``).
      const pair = (c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`');
      if (DOUBLE_OPEN.includes(c) || DOUBLE_CLOSE.includes(c) || c === '"' || pair) {
        const len = pair ? 2 : 1;
        singleOpen = -1;
        const after = text[i + len];
        const opening = DOUBLE_OPEN.includes(c) || c === '`' || ((c === '"' || pair) && open < 0 && !(isSpace(after) && !isSpace(text[i - 1])));
        if (open < 0) {
          if (opening) {
            open = i;
            openLen = len;
          }
        } else if (!DOUBLE_OPEN.includes(c) && c !== '`') {
          if (i - open > openLen) out.push({ open, close: i, openLen, closeLen: len, unclosed: false, paragraph: pi, single: false });
          open = -1;
        } else if (isSpace(text[i - 1]) && i - open > openLen) {
          // A second opener: the first one was never closed.
          open = i;
          openLen = len;
        }
        i += len - 1;
        continue;
      }
      if (open >= 0) continue;
      if (c === '‘' || (c === "'" && isSpace(text[i - 1]) && isLetter(text[i + 1]))) {
        if (singleOpen < 0 && isLetter(text[i + 1])) singleOpen = i;
        continue;
      }
      if ((c === '’' || c === "'") && singleOpen >= 0 && !isLetter(text[i + 1]) && !isSpace(text[i - 1])) {
        if (i - singleOpen > 2 && i - singleOpen < 300) out.push({ open: singleOpen, close: i, openLen: 1, closeLen: 1, unclosed: false, paragraph: pi, single: true });
        singleOpen = -1;
      }
    }
    if (open >= 0) {
      const next = doc.paragraphs[pi + 1];
      const nc = next ? text[next.start] : '';
      const continues = next && (DOUBLE_OPEN.includes(nc) || nc === '"' || (nc === "'" && text[next.start + 1] === "'"));
      let end = p.end;
      while (end > open + 1 && isSpace(text[end - 1])) end--;
      if (continues || /[.!?]$/.test(text.slice(open, end))) out.push({ open, close: end, openLen, closeLen: 0, unclosed: true, paragraph: pi, single: false });
    }
  });
  return out;
}
