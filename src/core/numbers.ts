/**
 * Number grammar for the figures extractor: a linear tokenizer over one sentence and parsers for the number
 * itself (digits, scale words, number words, fractions, vague plurals such as "tens of thousands").
 * No regex here can backtrack catastrophically: tokens come from one global, possessive-style pattern.
 */

import { codePointLength, letterAt, spaceAt } from './chars';
import { wordMap } from './word-map';

export type TokKind = 'num' | 'word' | 'sym';

export interface Tok {
  /** Offsets in the document text. */
  start: number;
  end: number;
  text: string;
  kind: TokKind;
  /** Whitespace separates this token from the previous one (true for the first token). */
  space: boolean;
  /** A word's lower-case text ('' for numbers and symbols): the grammar compares words lower-cased many times over. */
  lower: string;
}

/**
 * The tokens' pattern (the reference the scan below follows): a number (".5", "1,00,000", "4,200", "4.2"), a run of
 * letters, or any other character but a space. tokenize() scans letters, spaces and marks by character code and runs
 * the number part of the pattern only where a number starts (NUMBER_AT, the same alternatives in the same order): each
 * match of the whole Unicode pattern cost a call out of the regex code per \p{L} test. test/unit/number-tokens.test.js
 * holds the two equal.
 */
const NUMBER = String.raw`(?<![\p{L}\p{N}.,])\.\d+|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?`;
export const TOKEN = new RegExp(`${NUMBER}|\\p{L}+|\\S`, 'gu');
const NUMBER_AT = new RegExp(NUMBER, 'uy');

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  // The slice, as the pattern read it: its look-behind sees nothing before the sentence.
  const slice = text.slice(start, end);
  const n = slice.length;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    if (spaceAt(slice, i)) {
      i++;
      continue;
    }
    const c = slice.charCodeAt(i);
    const from = i;
    let kind: TokKind = 'sym';
    if ((c >= 48 && c <= 57) || c === 46 /* . */) {
      NUMBER_AT.lastIndex = i;
      const m = NUMBER_AT.exec(slice);
      if (m) {
        i += m[0].length;
        kind = 'num';
      } else i++;
    } else if (letterAt(slice, i)) {
      i += codePointLength(slice, i);
      while (i < n && letterAt(slice, i)) i += codePointLength(slice, i);
      kind = 'word';
    } else i += codePointLength(slice, i);
    const t = slice.slice(from, i);
    const s = start + from;
    out.push({ start: s, end: start + i, text: t, kind, space: prevEnd < 0 || s > prevEnd, lower: kind === 'word' ? t.toLowerCase() : '' });
    prevEnd = start + i;
  }
  return out;
}

export const UNITS_WORDS: ReadonlyMap<string, number> = wordMap({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});
export const TENS_WORDS: ReadonlyMap<string, number> = wordMap({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const SCALE_WORDS: ReadonlyMap<string, number> = wordMap({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9, tn: 1e12,
  lakh: 1e5, crore: 1e7,
});
/** Scale suffixes glued to digits ("2.8bn", "4.3M", "$13.6m", "10k"). `m`/`k` only with money. */
export const GLUED_SCALES: ReadonlyMap<string, number> = wordMap({
  bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12, mn: 1e6, mln: 1e6, M: 1e6, m: 1e6, k: 1e3, K: 1e3, B: 1e9,
});
export const VAGUE_PLURALS: ReadonlyMap<string, number> = wordMap({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, trillions: 1e12,
});
export const ORDINAL_WORDS: ReadonlyMap<string, number> = wordMap({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fifteenth: 15, twentieth: 20, hundredth: 100,
});
/** Denominators written as words ("a third", "two-thirds", "three quarters"). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = wordMap({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
});

export const MONTHS: ReadonlyMap<string, number> = wordMap({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
});

export function parseDigits(t: string): number {
  return Number(t.replace(/,/g, ''));
}

export interface NumberCore {
  /** Token index of the first and last token of the number. */
  from: number;
  to: number;
  value: number | [number, number];
  /** A scale word or suffix multiplied the value ("million", "bn"). */
  scaled: boolean;
  /** Written in words ("three", "a dozen"). */
  words: boolean;
  /** A scale suffix glued to the digits that is only a scale with money ("m", "k"). */
  moneyScale?: number;
  /** A vague plural ("dozens of", "tens of thousands"): value is a [low, high] order-of-magnitude range. */
  vague?: boolean;
  fraction?: boolean;
}

const lw = (t: Tok | undefined) => (t ? t.lower : '');

/** Apply spaced scale words after token `j` ("1.5 billion", "6 hundred million"). Returns [multiplier, last index]. */
function scaleWordsAfter(toks: Tok[], j: number): [number, number] {
  let mult = 1;
  let last = j;
  for (let k = j + 1; k < toks.length; k++) {
    const w = lw(toks[k]);
    const s = SCALE_WORDS.get(w) ?? (w === 'dozen' || w === 'dozens' ? 12 : undefined);
    if (!s || !toks[k].space) break;
    // "bn"/"mn" are scales even spaced; "hundred" only as a word.
    mult *= s;
    last = k;
  }
  return [mult, last];
}

/** Number written in words starting at token i ("twenty-five", "three hundred thousand", "a dozen"). */
export function parseNumberWords(toks: Tok[], i: number): NumberCore | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let last = -1;
  let k = i;
  const first = lw(toks[i]);
  if (first === 'a' || first === 'an') {
    const nx = lw(toks[i + 1]);
    if (nx === 'dozen') return { from: i, to: i + 1, value: 12, scaled: false, words: true };
    if (nx === 'hundred' || nx === 'thousand' || nx === 'million' || nx === 'billion' || nx === 'trillion') {
      current = 1;
      k = i + 1;
    } else return null;
  }
  let prev: 'none' | 'unit' | 'tens' | 'hundred' | 'big' = k > i ? 'unit' : 'none';
  for (; k < toks.length; k++) {
    const t = toks[k];
    const w = lw(t);
    if (!w) {
      // the hyphen inside "twenty-five"
      if (t.text === '-' && !t.space && prev === 'tens' && toks[k + 1] && !toks[k + 1].space && (UNITS_WORDS.get(lw(toks[k + 1])) ?? 10) < 10) continue;
      break;
    }
    if (k > i && !t.space && toks[k - 1].text !== '-') break;
    const u = UNITS_WORDS.get(w);
    if (u !== undefined) {
      if (prev === 'none' || prev === 'hundred' || prev === 'big' || (prev === 'tens' && u > 0 && u < 10)) current += u;
      else break;
      prev = 'unit';
    } else if (TENS_WORDS.get(w) !== undefined) {
      if (prev === 'none' || prev === 'hundred' || prev === 'big') current += TENS_WORDS.get(w)!;
      else break;
      prev = 'tens';
    } else if (w === 'hundred') {
      if (prev === 'unit' || prev === 'tens') current = current * 100;
      else break;
      prev = 'hundred';
    } else if (w === 'dozen' && (prev === 'unit' || prev === 'tens')) {
      current *= 12;
      prev = 'hundred';
    } else if (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') {
      if (prev === 'unit' || prev === 'tens' || prev === 'hundred') total += current * SCALE_WORDS.get(w)!;
      else break;
      current = 0;
      prev = 'big';
    } else if (w === 'and' && (prev === 'hundred' || prev === 'big') && (UNITS_WORDS.get(lw(toks[k + 1])) !== undefined || TENS_WORDS.get(lw(toks[k + 1])) !== undefined)) {
      continue;
    } else break;
    seen = true;
    last = k;
  }
  if (!seen || last < 0) return null;
  const value = total + current;
  const scaled = toks.slice(i, last + 1).some((t) => SCALE_WORDS.get(lw(t)) && lw(t) !== 'hundred');
  return { from: i, to: last, value, scaled, words: true };
}

/** A vague plural at i: "dozens of", "hundreds of thousands of", "tens of millions of". */
export function parseVague(toks: Tok[], i: number): NumberCore | null {
  const w = lw(toks[i]);
  if (w === 'tens' || w === 'hundreds') {
    if (lw(toks[i + 1]) === 'of') {
      const big = VAGUE_PLURALS.get(lw(toks[i + 2]));
      if (big && big >= 1000) {
        const low = (w === 'tens' ? 10 : 100) * big;
        return { from: i, to: i + 2, value: [low, low * 10], scaled: true, words: true, vague: true };
      }
    }
  }
  const base = VAGUE_PLURALS.get(w);
  if (base && lw(toks[i + 1]) === 'of') {
    return { from: i, to: i, value: [base, base * 10], scaled: base >= 1000, words: true, vague: true };
  }
  return null;
}

/** Digits at i with glued or spaced scale ("1.5 billion", "2.8bn", "6 hundred million"). */
export function parseDigitCore(toks: Tok[], i: number): NumberCore | null {
  const t = toks[i];
  if (t.kind !== 'num') return null;
  let value = parseDigits(t.text);
  let to = i;
  let scaled = false;
  let moneyScale: number | undefined;
  const nx = toks[i + 1];
  if (nx && !nx.space && nx.kind === 'word') {
    const g = GLUED_SCALES.get(nx.text) ?? (/^(?:thousand|million|billion|trillion)$/i.test(nx.text) ? SCALE_WORDS.get(nx.text.toLowerCase()) : undefined);
    const after = toks[i + 2];
    const boundary = !after || after.space || after.kind !== 'word';
    if (g && boundary) {
      if (nx.text === 'm' || nx.text === 'k' || nx.text === 'K' || nx.text === 'b' || nx.text === 'B') moneyScale = g;
      else {
        value *= g;
        scaled = true;
        to = i + 1;
      }
    }
  }
  // "$1.2-billion", "3-million residents": a scale word joined by a hyphen, as some outlets write it.
  const joined = toks[i + 2];
  if (to === i && moneyScale === undefined && nx?.text === '-' && !nx.space && joined && !joined.space && /^(?:thousand|million|billion|trillion)$/i.test(joined.text)) {
    value *= SCALE_WORDS.get(joined.text.toLowerCase())!;
    scaled = true;
    to = i + 2;
  }
  if (to === i && moneyScale === undefined) {
    const [mult, last] = scaleWordsAfter(toks, i);
    if (mult !== 1) {
      value *= mult;
      scaled = true;
      to = last;
    }
  }
  return { from: i, to, value, scaled, words: false, moneyScale };
}

/**
 * A value computed from written digits and scale words without binary floating point's tail: 4.1 × 10^6 is
 * 4100000, not 4099999.9999999995. Fifteen significant digits hold every decimal an article writes, and rounding
 * to them removes the tail the multiplication left.
 */
export function exactDecimal(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(15)) : x;
}
