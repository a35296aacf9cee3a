/** Assembly: which quantity starts at a token (date, time, ordinal, skip, share, range or single), and its final shape. */
import { FRACTION_WORDS, MONTHS, ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNITS_WORDS, VAGUE_PLURALS, parseNumberWords } from '../numbers';
import { CURRENCY_SYMBOLS } from '../units';
import type { Tok } from '../numbers';
import { fillAmountOf, fillCounts } from './counted';
import { isDeadlineBefore, parseDate, parseTime, parseYear } from './dates';
import { parseCore } from './number-grammar';
import { qualifierBefore, changeAround } from './qualifiers';
import { parseRange } from './ranges';
import { lw, isCap, glued, skipRaw, baseRaw, QUAL_WORDS, NUMBERISH } from './shared';
import type { Raw, Ctx } from './shared';
import { parseSide, SKIP } from './unit-grammar';
import type { Side } from './unit-grammar';

/**
 * Whether parseAt(ctx, i) may find anything: false only where every branch of it is sure to give null, so a sentence's
 * other tokens (most of them) are passed over without running the grammar. Digits; a month; a number, scale,
 * fraction or vague word; a currency symbol or sign; or a word before a number or "$" (a currency code or prefix).
 */
export function mayStartAt(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (t.kind === 'num') return true;
  const next = toks[i + 1];
  if (t.kind === 'sym') return CURRENCY_SYMBOLS.has(t.text) || next?.kind === 'num';
  if (START_WORDS.has(t.lower)) return true;
  if ((t.lower === 'a' || t.lower === 'an') && AFTER_A.has(lw(next))) return true;
  return next !== undefined && (next.kind === 'num' || next.text === '$' || toks[i + 2]?.kind === 'num');
}

const START_WORDS = new Set([...MONTHS.keys(), ...UNITS_WORDS.keys(), ...TENS_WORDS.keys(), ...VAGUE_PLURALS.keys(), 'tens', 'hundreds', 'half', 'halves', 'minus']);
/** "a dozen", "a million", "a third of". */
const AFTER_A = new Set([...SCALE_WORDS.keys(), ...FRACTION_WORDS.keys(), 'dozen']);

export function parseAt(ctx: Ctx, i: number): Raw | null {
  const { toks } = ctx;
  const t = toks[i];
  if (t.kind === 'word' || t.kind === 'num') {
    const d = parseDate(ctx, i);
    if (d) {
      // "by the end of June", "no later than 30 April": a deadline, at most that date
      if (isDeadlineBefore(toks, i)) d.qualifier = 'at-most';
      return d;
    }
  }
  if (t.kind === 'num') {
    const tm = parseTime(ctx, i);
    if (tm) return tm;
    // ordinals: "96th", "1st"
    const nx = toks[i + 1];
    if (nx && glued(nx) && /^(st|nd|rd|th)$/i.test(nx.text) && /^\d+$/.test(t.text)) {
      const after = toks[i + 2];
      if (!after || !glued(after) || after.kind !== 'word') {
        return { from: i, to: i + 1, end: i + 1, kind: 'ordinal', value: +t.text, unit: null, counts: null, qualifier: 'exact', change: null, date: null, words: false, scaled: false };
      }
    }
    // phone numbers and other hyphenated codes: "555-013-4477", "1-800-555-0199"
    if ((toks[i + 1]?.text === '-') && glued(toks[i + 1]) && toks[i + 2]?.kind === 'num' && glued(toks[i + 2]) && toks[i + 3]?.text === '-' && glued(toks[i + 3]) && toks[i + 4]?.kind === 'num' && glued(toks[i + 4]) && /^\d+$/.test(t.text)) {
      let k = i + 4;
      while (toks[k + 1]?.text === '-' && glued(toks[k + 1]) && toks[k + 2]?.kind === 'num' && glued(toks[k + 2])) k += 2;
      return skipRaw(i, k);
    }
    // dimensions and drive types: "4x4", "1920x1080"
    if (/^x$/i.test(toks[i + 1]?.text ?? '') && glued(toks[i + 1]) && toks[i + 2]?.kind === 'num' && glued(toks[i + 2])) return skipRaw(i, i + 2);
    // ratios "2-to-1", decades of life "in her 20s", long identifiers
    if (toks[i + 1]?.text === '-' && lw(toks[i + 2]) === 'to' && toks[i + 3]?.text === '-' && toks[i + 4]?.kind === 'num' && glued(toks[i + 4])) return skipRaw(i, i + 4);
    if (/^\d0$/.test(t.text) && toks[i + 1]?.text === 's' && glued(toks[i + 1])) return skipRaw(i, i + 1);
    if (/^\d{13,}$/.test(t.text)) return skipRaw(i, i);
    // IP addresses and version numbers: "10.20.30.40", "3.2.1"
    if (toks[i + 1]?.text === '.' && glued(toks[i + 1]) && toks[i + 2]?.kind === 'num' && glued(toks[i + 2])) {
      let k = i + 2;
      while (toks[k + 1]?.text === '.' && glued(toks[k + 1]) && toks[k + 2]?.kind === 'num' && glued(toks[k + 2])) k += 2;
      return skipRaw(i, k);
    }
    // list numbers at the start of a sentence: "1. ", "2) "
    if (i === 0 && (nx?.text === ')' || (nx?.text === '.' && toks[i + 2] && toks[i + 2].space)) && /^\d{1,2}$/.test(t.text)) return skipRaw(i, i + 1);
    // scores and other "N-N" pairs that are not ranges: "2-0", "89-89"
    if (/^\d{1,3}$/.test(t.text) && (toks[i + 1]?.text === '-' || toks[i + 1]?.text === '–') && glued(toks[i + 1]) && /^\d{1,3}$/.test(toks[i + 2]?.text ?? '') && glued(toks[i + 2]) && +toks[i + 2].text <= +t.text) {
      if (!(toks[i + 3] && glued(toks[i + 3]) && toks[i + 3].kind !== 'sym')) return skipRaw(i, i + 2);
    }
  }
  if (t.kind === 'num') {
    const y = parseYear(toks, i);
    if (y) {
      // "by the end of 2025": a deadline too
      if (isDeadlineBefore(toks, i)) y.qualifier = 'at-most';
      return y;
    }
    // the second half of a code such as "555-1234" whose first half was not a figure
    if ((toks[i - 1]?.text === '-' || toks[i - 1]?.text === '–') && glued(t) && glued(toks[i - 1]) && toks[i - 2]?.kind === 'num') return skipRaw(i, i);
    // an age in apposition: "Smith, 52, said"
    if (/^\d{1,2}$/.test(t.text) && toks[i - 1]?.text === ',' && isCap(toks[i - 2]) && toks[i + 1]?.text === ',') return skipRaw(i, i);
  }
  if (t.kind === 'word' && ORDINAL_WORDS.get(lw(t)) !== undefined && lw(t) !== 'first' && lw(t) !== 'second') {
    // word ordinals are not counts; only a few are worth showing
    return null;
  }
  if (t.kind === 'word' && lw(t) === 'one' && !isCountingOne(toks, i)) return null;
  if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && i > 0 && !/^[.!?:;"“”'‘’([>–—]$/.test(toks[i - 1].text) && (UNITS_WORD_RE.test(t.text) || /^(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand|Million|Billion)$/.test(t.text))) {
    const pw = lw(toks[i - 1]);
    if (!QUAL_WORDS.has(pw) && !/^(more|than|over|under|about|around|nearly|almost|just|only|some)$/.test(pw) && !isCap(toks[i - 1])) return null;
    if (isCap(toks[i - 1]) && !/^(About|Around|Nearly|Almost|Just|Only|Some|Over|Under|More|Than|The|In|For|With|At|By|And|But|Of|To)$/.test(toks[i - 1].text)) return null;
  }
  if (t.kind === 'word' && lw(t) === 'zero' && /^days?$/.test(lw(toks[i + 1]) || lw(toks[i + 2]))) return skipRaw(i, i);
  const x = parseSide(ctx, i);
  if (!x) return null;
  if (x.unit?.name === SKIP) return skipRaw(x.from, x.unit.end);
  if (typeof x.value === 'number' && Number.isNaN(x.value)) return skipRaw(x.from, x.core.to);
  // "X out of Y", "1 in 5": a share
  const outOf = lw(toks[x.end + 1]) === 'out' && lw(toks[x.end + 2]) === 'of';
  const inY = lw(toks[x.end + 1]) === 'in' && typeof x.value === 'number' && Number.isInteger(x.value) && x.value >= 1 && x.value <= 10 && !x.core.scaled &&
    (toks[x.end + 2]?.kind === 'num' ? /^\d{1,3}$/.test(toks[x.end + 2].text) && !(toks[x.end + 3] && glued(toks[x.end + 3]) && toks[x.end + 3].kind === 'word') : !!parseNumberWords(toks, x.end + 2)) &&
    (toks[x.end + 2]?.kind !== 'num' || +toks[x.end + 2].text !== 0) && !(toks[x.end + 3] && /^(%|percent)$/i.test(toks[x.end + 3].text));
  if (!x.unit && typeof x.value === 'number' && (outOf || inY)) {
    const y = parseCore(toks, x.end + (outOf ? 3 : 2));
    if (y && typeof y.value === 'number' && y.value > x.value) {
      const r = baseRaw(ctx, x.from, y.to, y.to, x.value / y.value, null, null, x.core.words);
      r.qualifier = qualifierBefore(toks, x.from);
      r.kind = 'number';
      fillCounts(ctx, r, y.to);
      r.kind = 'number';
      return r;
    }
  }
  // ranges: "140 to 165 miles", "between 3 and 5", "4-8W", "$2 billion to $7 billion", "three or four years"
  const range = parseRange(ctx, x);
  if (range) return range;
  return finish(ctx, x);
}

const UNITS_WORD_RE = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen)$/;

/** Whether "one of the …" figures are dropped when a superlative follows (NewsQuant labels them; readers rarely care). */
const SUPERLATIVE_ONE = true;

function isSuperlativeAfter(toks: Tok[], k: number): boolean {
  const w = lw(toks[k]);
  if (w === 'most' || w === 'least' || w === 'best' || w === 'worst' || w === 'biggest' || w === 'largest') return true;
  return /^\p{Ll}{3,}est$/u.test(w) && !/(?:interest|forest|request|contest|protest|harvest|test|quest|guest|west|chest|nest|rest|vest|pest)$/.test(w);
}

/** "one" counts when it determines a noun ("one proposal", "one of the best"), not as a pronoun ("the same one"). */
function isCountingOne(toks: Tok[], i: number): boolean {
  const prev = lw(toks[i - 1]);
  if (['the', 'same', 'each', 'every', 'no', 'any', 'this', 'that', 'which', 'another', 'only', 'someone', 'anyone', 'everyone', 'no-one', 'little', 'big', 'new', 'old', 'last', 'first', 'next', 'right', 'wrong', 'good', 'bad', 'such', 'a', 'all', 'at', 'as', 'like'].includes(prev) && !(prev === 'at' && lw(toks[i + 1]) === 'point')) return false;
  if (toks[i - 1]?.text === '-' && glued(toks[i])) return false;
  const nx = toks[i + 1];
  if (!nx || nx.kind !== 'word') return false;
  const w = lw(nx);
  if (w === 'and' && lw(toks[i + 2]) === 'a' && /^(half|quarter)$/.test(lw(toks[i + 3]))) return true;
  if (w === 'in' && (toks[i + 2]?.kind === 'num' || UNITS_WORD_RE.test(toks[i + 2]?.text ?? '') || /^(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)$/.test(lw(toks[i + 2])))) return true;
  if (w === 'of') {
    // "one of the worst storms" is a superlative claim, not a count; "one of its 12 hospitals" is
    if (SUPERLATIVE_ONE && isSuperlativeAfter(toks, i + 3)) return false;
    return ['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'these', 'those', 'them', 'us'].includes(lw(toks[i + 2]));
  }
  if (['another', 'day', 'way', 'time', 'thing', 'hand', 'or', 'and', 'to', 'in', 'on', 'at', 'by', 'for', 'that', 'who', 'which', 'is', 'was', 'would', 'will', 'can', 'could', 'should', 'might', 'may', 'has', 'had', 'does', 'did', 'more', 'less', 'must', 'thinks', 'says', 'said', 'knows', 'wants', 'likes', 'gets'].includes(w)) {
    return w === 'hand' && !/^(on|other)$/.test(lw(toks[i - 1])) && !/^(on|other)$/.test(lw(toks[i + 2]));
  }
  return true;
}

/** Build the final raw figure for a single side. */
function finish(ctx: Ctx, x: Side): Raw | null {
  const { toks } = ctx;
  const r = baseRaw(ctx, x.from, x.spanEnd, x.end, x.value, null, null, x.core.words);
  r.scaled = x.core.scaled;
  if (x.unit) {
    r.unit = x.unit.name || null;
    r.kind = x.unit.kind === 'age' ? 'measure' : x.unit.kind;
    if (x.unit.kind === 'money' && !x.unit.name) r.kind = 'money';
  } else if (x.unknownMoney) {
    r.kind = 'money';
  } else if (x.core.words && toks[x.end + 1]?.text === '-' && glued(toks[x.end + 1]) && toks[x.end + 2]?.kind === 'word' && glued(toks[x.end + 2])) {
    // "a four-star review", "a two-way street": a compound adjective, not a count
    return null;
  } else if (lw(toks[x.end + 1]) === 'or' && /^(more|fewer|less|so|above|over|higher)$/.test(lw(toks[x.end + 2]))) {
    // "six or more delays", "20 or so people"
    const w = lw(toks[x.end + 2]);
    r.end = x.end + 2;
    fillCounts(ctx, r, x.end + 2);
    const q = w === 'so' ? 'approx' : w === 'fewer' || w === 'less' ? 'at-most' : 'at-least';
    r.qualifier = q;
    r.change = changeAround(toks, x.from, r.end);
    return r;
  } else {
    fillCounts(ctx, r, x.end);
    // "one of the best", "200 of the busiest airports"
    if (!r.counts && typeof x.value === 'number' && lw(toks[x.end + 1]) === 'of') fillCounts(ctx, r, x.end, true);
    if (!r.counts && x.core.vague) fillCounts(ctx, r, x.end, true);
    // "two-thirds of its 3 million customers", "half of the staff": a share of a whole, not a count of it
    if (x.core.fraction && r.kind === 'count' && wholeIsFigure(toks, x.end)) {
      r.kind = 'number';
      r.unit = null;
      r.counts = null;
    }
  }
  if (x.core.vague && r.kind === 'number' && !r.counts) {
    // "dozens of them": keep only when something follows "of"
    return null;
  }
  if (x.core.words && r.kind === 'number' && typeof r.value === 'number' && !x.core.fraction) {
    // a bare number word: keep "two" in "a cup or two", drop "one", "the bottom three" and idioms
    if (r.value === 1 || r.value === 0) return null;
    if (/^(the|top|bottom|last|first|all|those|these)$/.test(lw(toks[x.from - 1]))) return null;
  }
  // "9 Stormrider", "450 Skylark": a name with a number in it
  if (r.kind === 'count' && r.counts && /^\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*)*$/u.test(r.counts) && /\p{Ll}/u.test(r.counts) && !/s$/.test(r.counts) && typeof r.value === 'number' && !x.core.scaled && !x.core.words && r.value < 1000) {
    return null;
  }
  r.qualifier = x.core.vague ? 'range' : x.orMore ? 'at-least' : qualifierBefore(toks, x.from);
  // "over five years", "within three months": a time span, not a bound
  if (r.kind === 'duration' && r.qualifier !== 'exact' && /^(over|under|above|below)$/.test(lw(toks[x.from - 1]))) r.qualifier = 'exact';
  // "within 72 hours": a deadline, at most that long
  if (r.kind === 'duration' && r.qualifier === 'exact' && lw(toks[x.from - 1]) === 'within') r.qualifier = 'at-most';
  // "$3 million or more", "20 or so"
  if (lw(toks[r.end + 1]) === 'or' && r.qualifier === 'exact') {
    const w = lw(toks[r.end + 2]);
    if (/^(more|above|over|higher|greater)$/.test(w)) r.qualifier = 'at-least';
    else if (/^(less|fewer|under|below|lower)$/.test(w)) r.qualifier = 'at-most';
    else if (w === 'so') r.qualifier = 'approx';
  }
  if (x.from > 0 && toks[x.from - 1]?.text === '-' && lw(toks[x.from - 2]) === 'sub') r.qualifier = 'at-most';
  r.change = x.plus ? 'up' : changeAround(toks, x.from, r.end);
  if ((r.kind === 'money' || r.kind === 'percent' || r.kind === 'measure') && !r.counts) fillAmountOf(ctx, r);
  return r;
}

/** "of its 3 million customers": the whole after "of" is a number, a figure of its own. */
function wholeIsFigure(toks: Tok[], end: number): boolean {
  if (lw(toks[end + 1]) !== 'of') return false;
  let k = end + 2;
  while (toks[k] && /^(the|its|their|his|her|our|my|your|these|those|all)$/.test(lw(toks[k]))) k++;
  return !!toks[k] && (toks[k].kind === 'num' || (NUMBERISH.test(toks[k].text) && lw(toks[k]) !== 'a'));
}
