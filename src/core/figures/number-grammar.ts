/** The number itself: a currency or sign before it, digits or words, fractions; and numbers that are codes or names. */
import { FRACTION_WORDS, MONTHS, SCALE_WORDS, parseDigitCore, parseDigits, parseNumberWords, parseVague } from '../numbers';
import type { NumberCore, Tok } from '../numbers';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, DOLLAR_SUFFIXES, PERCENT_WORDS, isCurrencyNation, lookupUnit } from '../units';
import { wordMap } from '../word-map';
import { lexiconTags } from './lexicon-tags';
import { lw, isCap, glued, FUNCTION_WORDS, WEEKDAYS } from './shared';

const STREET_WORDS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'way', 'lane', 'ln', 'drive', 'dr', 'place', 'pl', 'court', 'ct', 'terrace', 'highway', 'hwy', 'parkway', 'pkwy', 'square', 'sq', 'crescent', 'close']);
const CODE_WORDS_BEFORE = new Set(['category', 'cat', 'number', 'no', 'nos', 'chapter', 'section', 'article', 'page', 'pages', 'phase', 'level', 'grade', 'stage', 'type', 'model', 'version', 'unit', 'route', 'room', 'gate', 'platform', 'channel', 'flight', 'line', 'exit', 'row', 'seat', 'suite', 'apartment', 'apt', 'floor', 'item', 'clause', 'rule', 'paragraph', 'figure', 'fig', 'table', 'step', 'episode', 'season', 'week', 'game', 'round', 'act', 'scene', 'track', 'volume', 'vol', 'issue', 'code', 'pin', 'zip', 'postcode', 'hole', 'lane', 'district', 'ward', 'division', 'block', 'lot', 'building', 'bus', 'train', 'highway', 'interstate']);
const PREFIX_HYPHEN_OK = new Set(['minus', 'sub', 'now', 'to', 'mid', 'over', 'under', 'about', 'up', 'some', 'nearly', 'than', 'pre', 'post', 'non', 'a', 'the', 'top', 'all']);

/** Currency symbols as ASCII transliteration writes them (£ → "PS", ¥ → "Y="): glued to the amount, they are money. */
const TRANSLITERATED: ReadonlyMap<string, string> = wordMap({ PS: 'pound sterling', 'Y=': 'japanese yen' });

interface Prefix {
  /** Token index where the figure's span starts. */
  from: number;
  /** Token index of the number. */
  num: number;
  currency: string | null;
  /** An unknown glued letter prefix ("XY2.7m"): a currency we do not know. */
  unknownMoney: boolean;
  negative: boolean;
  plus: boolean;
}

/** A currency symbol / code / sign before a number at i. */
export function parsePrefix(toks: Tok[], i: number): Prefix | null {
  const t = toks[i];
  let k = i;
  let currency: string | null = null;
  let unknownMoney = false;
  let negative = false;
  let plus = false;
  // Letters glued to "$": "US$", "HK$"; or "US $", "HK $".
  if (t.kind === 'word' && DOLLAR_PREFIXES.has(t.text) && toks[k + 1]?.text === '$') {
    currency = CURRENCY_SYMBOLS.get(`${t.text}$`) ?? 'dollar';
    k += 2;
  } else if (t.kind === 'word' && CURRENCY_CODES.get(t.text) && t.text.length >= 2 && (toks[k + 1]?.kind === 'num' || (toks[k + 1]?.text === '$' && glued(toks[k + 1])) || (toks[k + 1]?.text === '.' && glued(toks[k + 1]) && toks[k + 2]?.kind === 'num'))) {
    currency = CURRENCY_CODES.get(t.text)!;
    k += 1;
    if (toks[k]?.text === '.') k++;
    if (toks[k]?.text === '$') k++;
  } else if (t.kind === 'sym' && CURRENCY_SYMBOLS.get(t.text)) {
    currency = CURRENCY_SYMBOLS.get(t.text)!;
    k += 1;
    if (t.text === '$' && toks[k]?.kind === 'word' && glued(toks[k]) && DOLLAR_SUFFIXES.has(toks[k].text) && toks[k + 1]?.kind === 'num' && glued(toks[k + 1])) {
      currency = CURRENCY_SYMBOLS.get(`$${toks[k].text}`) ?? 'dollar';
      k++;
    }
  } else if (t.kind === 'word' && TRANSLITERATED.get(t.text + (toks[k + 1]?.text === '=' && glued(toks[k + 1]) ? '=' : '')) && (i === 0 || t.space || /^[([]$/.test(toks[i - 1].text))) {
    // "PS2.7m", "Y=590 billion": £ and ¥ after an ASCII transliteration.
    const sign = toks[k + 1]?.text === '=' ? 2 : 1;
    const n = toks[k + sign];
    if (n?.kind !== 'num' || !glued(n)) return null;
    // "PS4" is a games console, not four pounds: a bare digit after "PS" is a model number.
    if (sign === 1 && /^\d$/.test(n.text) && !(toks[k + 2] && glued(toks[k + 2]) && /^(m|bn|k|tn|mn)$/.test(toks[k + 2].text))) return null;
    currency = TRANSLITERATED.get(t.text + (sign === 2 ? '=' : ''))!;
    k += sign;
  } else if (t.kind === 'word' && /^\p{Lu}{1,3}$/u.test(t.text) && toks[k + 1]?.kind === 'num' && glued(toks[k + 1]) && (i === 0 || t.space || /^[([]$/.test(toks[i - 1].text))) {
    // "XY2.7m", "XY21,700": an amount in a currency we do not know.
    const n = toks[k + 1];
    const sfx = toks[k + 2];
    if (/[.,]/.test(n.text) || (sfx && glued(sfx) && /^(m|bn|k|tn|mn)$/.test(sfx.text))) {
      unknownMoney = true;
      k += 1;
    } else return null;
  } else if (t.kind === 'word' && lw(t) === 'minus') {
    negative = true;
    k += 1;
    if (toks[k]?.text === '-' && glued(toks[k])) k++;
  } else if (t.text === '−' || t.text === '+' || t.text === '-') {
    if (toks[k + 1]?.kind !== 'num' || !glued(toks[k + 1])) return null;
    const before = toks[k - 1];
    if (t.text === '-' && before && (before.kind === 'num' || before.kind === 'word' && !t.space)) return null;
    if (t.text === '-' && before && before.kind === 'word' && !FUNCTION_WORDS.has(lw(before))) return null;
    negative = t.text !== '+';
    plus = t.text === '+';
    k += 1;
  } else {
    return null;
  }
  if (currency && !negative && (toks[k]?.text === '-' || toks[k]?.text === '−') && glued(toks[k]) && toks[k + 1]?.kind === 'num' && glued(toks[k + 1])) {
    negative = true;
    k++;
  }
  if (k >= toks.length) return null;
  return { from: i, num: k, currency, unknownMoney, negative, plus };
}

/** Whether the digits at i read as part of a name or code ("iPhone 11", "M21", "TA-35", "Game 7"). */
export function isCodeNumber(toks: Tok[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // glued letters before: "M21", "X6"
  if (prev && glued(t) && prev.kind === 'word') return true;
  // glued letters after that are not a unit, scale, suffix: "5G", "9AB"
  if (next && glued(next) && next.kind === 'word' && !knownGlued(toks, i + 1)) return true;
  // "No. 2", "Nos. 3"
  if (prev && prev.text === '.' && /^(no|nos|vol|art|ch|sec|para|fig|pt|ep)$/i.test(toks[i - 2]?.text ?? '') && glued(prev)) return true;
  // "PRO/1000", "ID=3", "x_2"
  if (prev && glued(t) && /^[/=_]$/.test(prev.text) && glued(prev) && toks[i - 2]?.kind === 'word' && (prev.text !== '=' || toks[i - 2].text.length > 1)) return true;
  if (next && glued(next) && next.text === '_') return true;
  // "TA-35", "COVID -19"
  if (prev && (prev.text === '-' || prev.text === '–') && glued(t)) {
    const w = toks[i - 2];
    if (w && w.kind === 'word' && !PREFIX_HYPHEN_OK.has(lw(w))) return true;
  }
  // "Game 7", "iPhone 11", "S&P 500", "category 4"
  if (prev && prev.kind === 'word' && t.space) {
    const w = lw(prev);
    if (CODE_WORDS_BEFORE.has(w) && !FUNCTION_WORDS.has(w) && !(next && (next.text === '%' || lw(next) === 'percent'))) {
      if (w !== 'week' && w !== 'season' && w !== 'game' && w !== 'round') return true;
      if (isCap(prev)) return true;
    }
    if (/\p{Lu}/u.test(prev.text) && !MONTHS.get(w) && !FUNCTION_WORDS.has(w) && !WEEKDAYS.has(w) && !CURRENCY_CODES.get(prev.text) && !isCurrencyNation(w) && !isUnitAfter(toks, i)) {
      const first = i - 1 === 0 || /^[.:;!?"“(]$/.test(toks[i - 2]?.text ?? '');
      // mid-sentence capitals name things ("Game 7"); at a sentence start only odd capitals do ("iPhone 11", "FTSE 100")
      if (!first || /^\p{Ll}+\p{Lu}|^\p{Lu}{2,}$|^\p{Lu}.*\p{Lu}/u.test(prev.text)) return true;
      // a sentence-initial name ("Windows 10"), not an ordinary word ("Expect 3-5 inches")
      const lex = lexiconTags(prev.text);
      if (!lex.has('Verb') && !lex.has('Adverb') && !lex.has('Adjective') && !lex.has('Preposition') && !lex.has('Determiner') && !lex.has('Conjunction') && !lex.has('Pronoun') && !lex.has('Value')) return true;
    }
  }
  if (prev && prev.text === '&' ) return true;
  // addresses: "575 Elm Road", "14 W 38th St"
  for (let k = i + 1, n = 0; k < toks.length && n < 4; k++, n++) {
    const x = toks[k];
    if (x.kind === 'word' && STREET_WORDS.has(lw(x)) && isCap(x) && k > i + 1) return true;
    if (x.kind === 'word' && STREET_WORDS.has(lw(x)) && isCap(x) && k === i + 1 && !['square', 'way', 'close', 'place', 'court'].includes(lw(x))) return true;
    if (!(isCap(x) || (x.kind === 'num' && glued(toks[k + 1])) || /^(st|nd|rd|th)$/.test(x.text) || (x.text === '-' || x.kind === 'num'))) break;
  }
  if (next && /^(zip|postcode)$/i.test(next.text)) return true;
  return false;
}

export function isUnitAfter(toks: Tok[], i: number): boolean {
  const n = toks[i + 1];
  if (!n) return false;
  if (n.text === '%') return true;
  return !!lookupUnit(n.text, !n.space) || !!PERCENT_WORDS.get(n.text.toLowerCase());
}

/** The glued word after digits is a scale, unit, percent or ordinal suffix. */
function knownGlued(toks: Tok[], k: number): boolean {
  const w = toks[k].text;
  if (/^(st|nd|rd|th|s|bn|tn|mn|mln|m|M|k|K|b|B|pc|pct|am|pm|x|p|c)$/.test(w)) return true;
  if (lookupUnit(w, true)) return true;
  // "km/h", "m2", "A/cm2", "kWh"
  const two = w + (toks[k + 1] && glued(toks[k + 1]) ? toks[k + 1].text : '') + (toks[k + 2] && glued(toks[k + 2]) && glued(toks[k + 1]) ? toks[k + 2].text : '');
  if (lookupUnit(two, true) || lookupUnit(w + (toks[k + 1] && glued(toks[k + 1]) ? toks[k + 1].text : ''), true)) return true;
  if (CURRENCY_CODES.get(w)) return true;
  return false;
}

/** Parse a number core at i (digits, words, vague plural, fraction). */
export function parseCore(toks: Tok[], i: number): NumberCore | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'num') {
    const core = parseDigitCore(toks, i);
    if (!core) return null;
    let to = core.to;
    let value = core.value as number;
    // "2½", "1 1/2"
    const vf = toks[to + 1] && glued(toks[to + 1]) ? VULGAR[toks[to + 1].text] : undefined;
    if (vf !== undefined) {
      value += vf;
      to++;
    }
    // "2.47×10−12", "3x10^6"
    if (toks[to + 1] && glued(toks[to + 1]) && (toks[to + 1].text === '×' || toks[to + 1].text === 'x') && toks[to + 2]?.text === '10' && glued(toks[to + 2])) {
      let k = to + 3;
      if (toks[k]?.text === '^' && glued(toks[k])) k++;
      let sign = 1;
      if ((toks[k]?.text === '−' || toks[k]?.text === '-') && glued(toks[k])) {
        sign = -1;
        k++;
      }
      if (toks[k]?.kind === 'num' && glued(toks[k]) && /^\d{1,3}$/.test(toks[k].text)) {
        value = value * Math.pow(10, sign * +toks[k].text);
        to = k;
      }
    }
    // "1e10", "4.56e+11"
    if (toks[to + 1] && glued(toks[to + 1]) && /^[eE]$/.test(toks[to + 1].text)) {
      let k = to + 2;
      let sign = 1;
      if (/^[-+−]$/.test(toks[k]?.text ?? '') && glued(toks[k])) {
        sign = toks[k].text === '+' ? 1 : -1;
        k++;
      }
      if (toks[k]?.kind === 'num' && glued(toks[k]) && /^\d{1,3}$/.test(toks[k].text) && !(toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].kind === 'word')) {
        value = value * Math.pow(10, sign * +toks[k].text);
        to = k;
      }
    }
    // "1/16 of", "1⁄32 of"
    if ((toks[to + 1]?.text === '/' || toks[to + 1]?.text === '⁄') && glued(toks[to + 1]) && toks[to + 2]?.kind === 'num' && glued(toks[to + 2]) && /^\d+$/.test(t.text)) {
      const den = parseDigits(toks[to + 2].text);
      const after = lw(toks[to + 3]);
      if (den > value && den > 0 && (after === 'of' || toks[to + 2].text.length <= 3 && (after === 'inch' || after === 'mile' || after === 'cup'))) {
        return { from: i, to: to + 2, value: value / den, scaled: false, words: false, fraction: true };
      }
      return { from: i, to: to + 2, value: NaN, scaled: false, words: false };
    }
    return { ...core, to, value };
  }
  if (t.kind !== 'word') return null;
  const vague = parseVague(toks, i);
  if (vague) return vague;
  const w = lw(t);
  // fractions in words: "half of", "a third of", "two-thirds", "three quarters of"
  if (w === 'half' || w === 'halves') {
    const prev = lw(toks[i - 1]);
    const next = lw(toks[i + 1]);
    if (['first', 'second', 'this', 'last', 'next', 'the', 'previous', 'latter', 'former', 'back', 'other', 'in'].includes(prev)) return null;
    // "half a million", "half a dozen"
    const sc = (next === 'a' || next === 'an') ? SCALE_WORDS.get(lw(toks[i + 2])) ?? (lw(toks[i + 2]) === 'dozen' ? 12 : 0) : 0;
    if (sc && sc !== 100 && toks[i + 2].space) return { from: i, to: i + 2, value: sc / 2, scaled: sc >= 1000, words: true };
    // "half a percentage point", "half an hour": the unit follows
    if ((next === 'a' || next === 'an') && toks[i + 2] && (PERCENT_WORDS.get(`${lw(toks[i + 2])} ${lw(toks[i + 3])}`) || lookupUnit(toks[i + 2].text, false))) {
      return { from: i, to: i + 1, value: 0.5, scaled: false, words: true };
    }
    if (next === 'of' || next === 'a' || next === 'an' || next === 'the' || prev === 'a' || prev === 'one') {
      return { from: prev === 'a' || prev === 'one' ? i - 1 : i, to: i, value: 0.5, scaled: false, words: true, fraction: true };
    }
    return null;
  }
  if ((w === 'a' || w === 'one') && FRACTION_WORDS.get(lw(toks[i + 1])) && FRACTION_WORDS.get(lw(toks[i + 1]))! > 2 && !/s$/.test(lw(toks[i + 1])) &&
    (lw(toks[i + 2]) === 'of' || (lw(toks[i + 1]) === 'quarter' && /^(point|percentage)$/.test(lw(toks[i + 2]))))) {
    return { from: i, to: i + 1, value: 1 / FRACTION_WORDS.get(lw(toks[i + 1]))!, scaled: false, words: true, fraction: true };
  }
  const words = parseNumberWords(toks, i);
  if (!words) return null;
  // "two-thirds", "three quarters of", "one-third"
  let k = words.to + 1;
  if (toks[k]?.text === '-' && glued(toks[k]) && glued(toks[k + 1])) k++;
  const den = FRACTION_WORDS.get(lw(toks[k]));
  const denWord = lw(toks[k]);
  const bareFraction = den && /s$/.test(denWord) && denWord !== 'quarters' || den && words.value === 1 && !/s$/.test(denWord) && denWord !== 'quarter';
  if (den && den > 2 && typeof words.value === 'number' && words.value < den && (toks[k - 1].text === '-' || lw(toks[k + 1]) === 'of' || bareFraction)) {
    return { from: i, to: k, value: words.value / den, scaled: false, words: true, fraction: true };
  }
  return words;
}

const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125 };

/** One side of a quantity: prefix + core + unit. */
