/**
 * A sentence's tokens, with offsets into the sentence: words (letters and digits, with & . ' ’ @ _ - inside), and the
 * marks a name phrase stops at. Worked out once per analysis and shared by the trigger frames, the victim lists and
 * the role model's candidates (phrases.ts reads names from them).
 */
import { analysisMemo } from '../learn/analysis-memo';
import { charClass, LETTER, NUMBER, SURROGATE } from '../learn/letters';

export interface Token {
  start: number; // offset in the sentence
  end: number;
  text: string;
}

const INITIALS = /^(?:\p{L}\.)+$/u;
const ABBREVIATION = /^(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.$/;
const FINAL_DOT = /\.$/;
const POSSESSIVE = /['’]s$/;

export const isAbbrev = (t: string) => INITIALS.test(t) || ABBREVIATION.test(t);
export const stripDot = (t: string) => (isAbbrev(t) ? t : t.replace(FINAL_DOT, ''));

/** The tokens of a sentence, worked out once per analysis (the trigger frames, the victim lists and the role
 * model's candidates all read them); shared, never mutated. */
export const tokenize: (s: string) => Token[] = analysisMemo(tokenizeSentence);

/** The tokens' pattern: what tokenizeSentence finds, and its path for a sentence holding a character outside the Basic
 * Multilingual Plane (the pattern reads code points there). */
export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}&.'’@_-]*|[&,;:()"“”]/gu;
/** What a character is to the tokens: a letter or digit (starts and continues one), inside one after its first
 * character (& . ' ’ @ _ -), a token of its own (& , ; : ( ) " “ ”), a surrogate (the pattern's path), or none. */
const WORD = 1;
const INSIDE = 2;
const MARK = 4;
const ASTRAL = 8;
/** The ASCII characters' kinds, looked up; the others' from learn/letters.ts. */
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_KIND[c] = (charClass(c) === LETTER || charClass(c) === NUMBER ? WORD : 0) | ("&.'@_-".includes(String.fromCharCode(c)) ? INSIDE : 0) | ('&,;:()"'.includes(String.fromCharCode(c)) ? MARK : 0);
function kindOf(c: number): number {
  if (c < 128) return ASCII_KIND[c];
  const k = charClass(c);
  return k === LETTER || k === NUMBER ? WORD : k === SURROGATE ? ASTRAL : c === 0x2019 ? INSIDE : c === 0x201c || c === 0x201d ? MARK : 0;
}

/**
 * TOKEN's matches, scanned by character: the /u pattern tested every character against its Unicode classes through a
 * call out of the regular expression's code.
 */
function tokenizeSentence(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  for (let i = 0; i < n; ) {
    const k = kindOf(s.charCodeAt(i));
    if (k & ASTRAL) return tokensByPattern(s);
    if (!(k & WORD)) {
      if (k & MARK) out.push({ start: i, end: i + 1, text: s[i] });
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const kj = kindOf(s.charCodeAt(j));
      if (kj & ASTRAL) return tokensByPattern(s);
      if (!(kj & (WORD | INSIDE))) break;
    }
    pushToken(out, s.slice(i, j), i);
    i = j;
  }
  return out;
}

function tokensByPattern(s: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) pushToken(out, m[0], m.index);
  TOKEN.lastIndex = 0;
  return out;
}

/** Keeps "U.S." and "Inc." whole; drops a sentence's final full stop or a trailing apostrophe. */
function pushToken(out: Token[], t: string, at: number): void {
  if (endsInMark(t) && !isAbbrev(t) && !POSSESSIVE.test(t)) {
    let e = t.length;
    while (e > 0 && ".'’-".includes(t[e - 1])) e--;
    t = t.slice(0, e);
  }
  if (t) out.push({ start: at, end: at + t.length, text: t });
}

/** Whether a token ends in . ' ’ or -. */
const endsInMark = (t: string) => {
  const c = t.charCodeAt(t.length - 1);
  return c === 46 || c === 39 || c === 0x2019 || c === 45;
};
