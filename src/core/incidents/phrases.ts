/**
 * Name phrases inside a sentence's tokens (sentence-tokens.ts): the capitalised runs, the noun phrases that hold a
 * name, and how two victim names are told apart. Offsets are into the sentence.
 */
import { rememberLast } from '../cache';
import { DESCRIPTION_WORD, NOT_NAME, NP_STOP } from '../incident-vocabulary';
import type { Sentence } from '../text';
import { isAbbrev, stripDot, type Token } from './sentence-tokens';
import { sameVictim as matchVictims } from './victim-match';

// The patterns of the per-token tests, made once: a regex literal inside a function is a new RegExp object at
// every call, and these run on every token of every sentence (a tenth of an analysis's allocations).
const CONTRACTION = /['’](?:ve|re|ll|d|m)$|n['’]t$|-based$/i;
const DOMAIN = /^[\w-]+\.(?:com|net|org|io)$/i;
const UPPER_FIRST = /^[\p{Lu}]/u;
const DIGITS_THEN_LETTERS = /^\p{N}[\p{L}\p{N}]*[\p{L}]/u;
const FINAL_DOT = /\.$/;
const POSSESSIVE = /['’]s$/;

/** A name inside the noun phrase starting at token `from`: skips determiners and description words. */
export function nameInPhrase(tokens: Token[], from: number, lowerWords: Set<string>, text: string, maxDescription = 5): { name: string; end: number } | null {
  let i = from;
  let described = 0;
  while (i >= 0 && i < tokens.length) {
    const tok = tokens[i];
    if (isCap(tok.text) && !NOT_NAME.has(stripDot(tok.text).toLowerCase())) break;
    if (/^[,;:()"“”]$/.test(tok.text) || NP_STOP.has(tok.text.toLowerCase())) return null;
    if (!DESCRIPTION_WORD.test(tok.text) && !NOT_NAME.has(tok.text.toLowerCase())) return null;
    // "leaks of patient data the region had recorded": what was breached is data, not a named holder.
    if (/^(?:data|information|details|records|files|credentials|passwords)$/i.test(tok.text)) return null;
    if (described > 0 && /^(?:the|a|an|this|that)$/i.test(tok.text)) return null;
    if (++described > maxDescription + 1) return null;
    i++;
  }
  if (i < 0 || i >= tokens.length) return null;
  return nameRun(tokens, i, lowerWords, text);
}

/** The capitalised run starting at token i ("U.S. Bureau of Land Records", "Smith & Wesson"). Tried: a run cut at a
 * quotation mark ("X 'Y Z' program") and a sentence's opening conjunction dropped from it even when the article never
 * writes it in lower case ("Although X"): role-sweep.js seed 1, named victims / attackers F1 54.7 / 54.2 against
 * 56.1 / 58.0 (the candidates changed, and the role model with them). */
export function nameRun(tokens: Token[], i: number, lowerWords: Set<string>, text: string): { name: string; end: number } | null {
  if (/^\p{N}/u.test(tokens[i].text)) return null;
  let j = i;
  let last = i;
  while (j < tokens.length) {
    const t = tokens[j].text;
    if (isCap(t)) {
      if (contraction(t)) break;
      last = j;
      // "Children's Hospital": a possessive inside a name goes on when another capitalised word (not an acronym) follows.
      if (POSSESSIVE.test(t) && j + 1 < tokens.length && isCap(tokens[j + 1].text) && !/^[\p{Lu}.]+$/u.test(tokens[j + 1].text) && !NOT_NAME.has(tokens[j + 1].text.toLowerCase())) {
        j++;
        continue;
      }
      if (POSSESSIVE.test(t) || (FINAL_DOT.test(t) && !isAbbrev(t))) break;
      j++;
      continue;
    }
    if ((t === 'of' || t === 'for' || t === '&' || t === 'de') && j + 1 < tokens.length && isCap(tokens[j + 1].text) && tokens[j + 1].start - tokens[j].end <= 1) {
      j++;
      continue;
    }
    break;
  }
  const start = tokens[i].start;
  let end = tokens[last].end;
  let name = text.slice(start, end).replace(POSSESSIVE, '');
  if (FINAL_DOT.test(name) && !isAbbrev(tokens[last].text)) name = name.slice(0, -1);
  end = start + name.length;
  // A sentence-initial word that is also used in lower case ("Hackers", "Using") is not part of a name.
  if (i === 0 && (lowerWords.has(tokens[0].text.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u.test(tokens[0].text))) {
    if (last === i) return null;
    return nameRun(tokens, 1, lowerWords, text);
  }
  if (NOT_NAME.has(name.toLowerCase()) || name.length < 2) return null;
  return { name, end };
}

/** The name whose run ends right before sentence offset `at` (allowing a possessive and "the"). */
export function nameEndingAt(tokens: Token[], at: number, lowerWords: Set<string>, text: string, _s: Sentence): { name: string; end: number } | null {
  // The last token ending at or before `at` (token ends are increasing).
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  if (k < 0 || at - tokens[k].end > 2) return null;
  if (!isCap(tokens[k].text)) return null;
  let i = k;
  while (i > 0) {
    const prev = tokens[i - 1].text;
    if (isCap(prev) && !NOT_NAME.has(stripDot(prev).toLowerCase()) && !POSSESSIVE.test(prev)) {
      i--;
      continue;
    }
    if ((prev === 'of' || prev === '&' || prev === 'for') && i > 1 && isCap(tokens[i - 2].text)) {
      i -= 2;
      continue;
    }
    break;
  }
  while (i <= k && NOT_NAME.has(stripDot(tokens[i].text).toLowerCase())) i++;
  if (i > k) return null;
  const run = nameRun(tokens, i, lowerWords, text);
  return run && run.end >= tokens[k].end - 2 ? run : null;
}

export function isCap(t: string): boolean {
  if (contraction(t)) return false;
  // ASCII letters first (most words): only the camel-case and domain shapes need a regex.
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return camel(t) || domain(t);
  return UPPER_FIRST.test(t) || camel(t) || DIGITS_THEN_LETTERS.test(t) || domain(t);
}

// The tests of isCap and nameRun, each pattern run only where the characters its match needs stand: isCap is asked of
// every token many times over, and most are plain words. Reads stay inside the word: one past either end makes the
// optimised code call charCodeAt instead of reading the character.
/** CONTRACTION's test: an apostrophe two or three from the end ("'ve", "'d", "n't"), or "-based". */
const contraction = (t: string) => {
  const n = t.length;
  return ((n >= 2 && isQuote(t.charCodeAt(n - 2))) || (n >= 3 && isQuote(t.charCodeAt(n - 3))) || (n >= 6 && t.charCodeAt(n - 6) === 45)) && CONTRACTION.test(t);
};
const isQuote = (c: number) => c === 39 || c === 0x2019;
/** DOMAIN's test: a dot before its last two or three letters. */
const domain = (t: string) => {
  const n = t.length;
  return ((n >= 4 && t.charCodeAt(n - 4) === 46) || (n >= 3 && t.charCodeAt(n - 3) === 46)) && DOMAIN.test(t);
};
/** CAMEL's test, /^[a-z]{1,2}[A-Z]/. */
const camel = (t: string) => t.length >= 2 && isLowerAscii(t.charCodeAt(0)) && (isUpperAscii(t.charCodeAt(1)) || (t.length >= 3 && isLowerAscii(t.charCodeAt(1)) && isUpperAscii(t.charCodeAt(2))));
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/** Per first name, per second name: whether they are the same victim. */
const sameMemo = new Map<string, Map<string, boolean>>();
let memoSize = 0;
/** The row of first name `a`, remembered for the last one: callers compare one name with many in a row. */
const rowOf = rememberLast((a: string) => {
  let row = sameMemo.get(a);
  if (!row) {
    if (memoSize >= 50_000) {
      sameMemo.clear();
      memoSize = 0;
    }
    sameMemo.set(a, (row = new Map()));
  }
  return row;
});

/**
 * One victim matcher for the single pass, the section merge and the workspace (victim-match.ts), memoised by pair:
 * an article's names are compared pairwise, each pair many times (role-names.ts groups every mention against every
 * name). Bounded, so a long session's memory follows its documents.
 */
export function sameVictim(a: string, b: string): boolean {
  const row = rowOf(a);
  let same = row.get(b);
  if (same === undefined) {
    same = matchVictims(a, b);
    row.set(b, same);
    memoSize++;
  }
  return same;
}

/** Index of the first token starting at or after `at`, or -1 (binary search: tokens are in order). */
export function firstTokenFrom(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

/* End-anchored patterns are only ever run on the last TAIL_WINDOW characters of a string (see endMatch), so their
   cost is bounded per call whatever the document size. */
export const TAIL_WINDOW = 120;
export const AUX_TAIL = /(?:['’]s\s+(?:[a-z-]+\s+){0,2})?(?:(?:has|have|had)\s+)?(?:(?:was|were|been|being|is|are|got)\s+)?(?:\w+ly\s+)?$/i;
export const MODIFIER_TAIL = /(?:['’]s)?\s+(?:(?:recent|latest|massive|huge|major|big|new|second|third|first|alleged|reported|data|security|cyber|credit|card|payment|online|customer|database|server|\d{4})\s+){0,3}$/i;
export const REPORT_LEAD_TAIL = /(?:\s+(?:said|says|has|have|had|it|that|also|on \w+|last \w+|this \w+|today|recently|previously|might|may|could|just|now|reportedly|apparently|also|has now)){0,4}\s*$/i;

/** Matches an end-anchored pattern against the tail of `s`; the index is into `s`. */
export function endMatch(re: RegExp, s: string): RegExpExecArray | null {
  const from = Math.max(0, s.length - TAIL_WINDOW);
  const m = re.exec(s.slice(from));
  if (m) m.index += from;
  return m;
}

export function resetTest(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const r = re.test(s);
  re.lastIndex = 0;
  return r;
}

/**
 * The whole lower-case words of a text: "eurostar" inside "eurostar.com" or an e-mail address does not count. What
 * `/(?<![\p{L}\p{N}.@/_])[a-z][a-z-]*(?![\p{L}\p{N}@_]|\.[\p{L}\p{N}])/gu` finds (LOWER_WORD, the tests' reference),
 * scanned by hand: the pattern, with its look-behind, cost a whole pass of the regular expression engine per document.
 */
export function collectLowerWords(text: string): Set<string> {
  const set = new Set<string>();
  const n = text.length;
  for (let p = 0; p < n; ) {
    const c = text.charCodeAt(p);
    if (c < 97 || c > 122 || (p > 0 && joinsBefore(text, p))) {
      p++;
      continue;
    }
    let run = p + 1;
    while (run < n && isLowerOrHyphen(text.charCodeAt(run))) run++;
    // The longest match the pattern's backtracking allows: the whole run, or up to its last hyphen.
    let end = endsWord(text, run) ? run : -1;
    for (let h = run - 1; end < 0 && h > p; h--) if (text.charCodeAt(h) === 45) end = h;
    if (end < 0) {
      p++;
      continue;
    }
    set.add(text.slice(p, end));
    p = end;
  }
  return set;
}

/** The reference pattern of collectLowerWords. */
export const LOWER_WORD = /(?<![\p{L}\p{N}.@/_])[a-z][a-z-]*(?![\p{L}\p{N}@_]|\.[\p{L}\p{N}])/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isLowerOrHyphen = (c: number) => (c >= 97 && c <= 122) || c === 45;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether the code point that starts at `i` is a letter or digit (false past the end). */
function letterOrDigitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the code point that ends at `i` (exclusive) keeps a word from starting at `i`: a letter, digit, ".@/_". */
function joinsBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return isAsciiAlnum(c) || c === 46 || c === 64 || c === 47 || c === 95;
  const low = c >= 0xdc00 && c <= 0xdfff;
  const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
  const cp = low && high >= 0xd800 && high <= 0xdbff ? text.codePointAt(i - 2)! : c;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Whether a word may end at `i`: no letter, digit, "@" or "_" follows, nor "." and a letter or digit. */
function endsWord(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c === 64 || c === 95) return false;
  if (c === 46) return !letterOrDigitAt(text, i + 1);
  return !letterOrDigitAt(text, i);
}
