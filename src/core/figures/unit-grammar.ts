/** One side of a quantity: prefix, number and the unit after it (percent, currency, measure, duration, "per"). */
import { parseDigits } from '../numbers';
import type { NumberCore, Tok } from '../numbers';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, PERCENT_WORDS, currencyWord, isCurrencyNation, lookupPerUnit, lookupUnit, singular } from '../units';
import { parsePrefix, isCodeNumber, parseCore } from './number-grammar';
import { lw, glued, FUNCTION_WORDS } from './shared';
import type { Unit, Ctx } from './shared';

export interface Side {
  from: number;
  num: number;
  core: NumberCore;
  value: number | [number, number];
  currency: string | null;
  unit: Unit | null;
  /** Index of the last token consumed so far (core or unit). */
  end: number;
  spanEnd: number;
  plus: boolean;
  unknownMoney: boolean;
  /** Multiplier contributed by a scale word, to lend to the lower side of a range. */
  mult: number;
  /** Written "15-plus", "90+". */
  orMore?: boolean;
}

export function parseSide(ctx: Ctx, i: number): Side | null {
  const { toks } = ctx;
  const pre = parsePrefix(toks, i);
  const num = pre ? pre.num : i;
  const t = toks[num];
  if (!t) return null;
  if (t.kind === 'num') {
    if (!pre && isCodeNumber(toks, num)) return null;
    if (pre && pre.unknownMoney === false && pre.currency === null && isCodeNumber(toks, num) && !glued(t)) return null;
  }
  const core = parseCore(toks, num);
  if (!core) return null;
  if (core.from < num && pre) return null;
  let value = core.value;
  let mult = 1;
  if (typeof value === 'number' && core.scaled && t.kind === 'num') mult = value / parseDigits(t.text);
  if (pre?.negative && typeof value === 'number') value = -value;
  let end = core.to;
  const currency = pre?.currency ?? null;
  const unknownMoney = pre?.unknownMoney ?? false;
  // glued "m"/"k"/"b": a scale with money, otherwise a unit ("37m" metres)
  if (core.moneyScale) {
    const after = toks[core.to + 2];
    const moneyNext = after && currencyAfter(toks, core.to + 2);
    const sfx = toks[core.to + 1].text;
    // "3.7m voters" is millions; "37m (121ft)", "a 100m sprint", "20m long" are metres
    const millionsOf = sfx === 'm' && after && after.space && after.kind === 'word' && !METRE_CONTEXT.has(lw(after)) && !lookupUnit(after.text, false) && !FUNCTION_WORDS.has(lw(after));
    if (currency || unknownMoney || moneyNext || millionsOf || sfx === 'k' || sfx === 'K' || sfx === 'B') {
      if (typeof value === 'number') value *= core.moneyScale;
      mult = core.moneyScale;
      end = core.to + 1;
      core.scaled = true;
    }
  }
  const side: Side = { from: pre ? pre.from : core.from, num, core, value, currency, unit: null, end, spanEnd: end, plus: pre?.plus ?? false, unknownMoney, mult };
  // "15-plus years", "90+ minutes"
  if (toks[end + 1] && glued(toks[end + 1]) && (toks[end + 1].text === '+' || toks[end + 1].text === '-' && lw(toks[end + 2]) === 'plus' && glued(toks[end + 2]))) {
    side.end = side.spanEnd = toks[end + 1].text === '+' ? end + 1 : end + 2;
    side.orMore = true;
  }
  if (typeof value === 'number' && toks[end + 1]?.text === 'and' && lw(toks[end + 2]) === 'a' && (lw(toks[end + 3]) === 'half' || lw(toks[end + 3]) === 'quarter')) {
    side.value = value + (lw(toks[end + 3]) === 'half' ? 0.5 : 0.25);
    side.end = side.spanEnd = end + 3;
  }
  const unit = parseUnit(ctx, side);
  if (unit) {
    side.unit = unit;
    side.end = unit.end;
    side.spanEnd = unit.spanEnd;
    if (unit.kind === 'money') side.currency = unit.name;
  }
  if (currency && !unit) side.unit = { name: currency, kind: 'money', end: side.end, spanEnd: side.spanEnd };
  return side;
}

const METRE_CONTEXT = new Set(['long', 'tall', 'high', 'wide', 'deep', 'away', 'below', 'above', 'beneath', 'under', 'sprint', 'race', 'hurdles', 'freestyle', 'dash', 'relay', 'final', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'mark', 'depth', 'height', 'length', 'radius', 'drop', 'fall', 'jump', 'swim', 'run', 'walk', 'distance', 'span', 'stretch', 'section', 'tower', 'wall', 'waves', 'wave', 'deep-sea', 'record', 'title', 'event', 'from', 'off', 'in', 'of', 'to', 'across', 'apart', 'ahead', 'behind', 'underground', 'underwater', 'offshore', 'inland', 'downstream', 'upstream', 'east', 'west', 'north', 'south']);

export function currencyAfter(toks: Tok[], k: number): string | null {
  const t = toks[k];
  if (!t) return null;
  if (t.kind === 'word' && CURRENCY_CODES.get(t.text) && t.text.length >= 3) return CURRENCY_CODES.get(t.text)!;
  if (t.kind === 'sym' && CURRENCY_SYMBOLS.get(t.text) && t.text !== '$') return CURRENCY_SYMBOLS.get(t.text)!;
  if (t.kind === 'word') {
    const direct = currencyWord(null, t.text);
    if (direct) return direct;
    if (isCurrencyNation(t.text) && toks[k + 1]) {
      const c = currencyWord(t.text, toks[k + 1].text);
      if (c) return c;
    }
  }
  return null;
}

/** A unit name that marks the whole quantity as no figure ("a five-year contract"). */
export const SKIP = '\u0000skip';

/** The unit after a side's number: percent, currency, measure or duration (not a counted noun). */
function parseUnit(ctx: Ctx, side: Side): Unit | null {
  const { toks } = ctx;
  let k = side.end + 1;
  const first = toks[k];
  if (!first) return null;
  const isGlued = !first.space;
  if (/^['’′]$/.test(first.text) && !first.space && toks[k + 1]?.text === 's') return null;
  // percent
  if (first.text === '%' || first.text === '٪') return { name: 'percent', kind: 'percent', end: k, spanEnd: k };
  const w1 = first.text.toLowerCase();
  const w2 = toks[k + 1] ? `${w1} ${toks[k + 1].text.toLowerCase()}` : '';
  if (first.kind === 'word' && (PERCENT_WORDS.get(w2) && toks[k + 1].kind === 'word')) {
    const name = PERCENT_WORDS.get(w2)!;
    return { name, kind: 'percent', end: k + 1, spanEnd: k + 1 };
  }
  if (first.kind === 'word' && toks[k + 1]?.text === '-' && glued(toks[k + 1]) && lw(toks[k + 2]) === 'cent' && w1 === 'per') {
    return { name: 'percent', kind: 'percent', end: k + 2, spanEnd: k + 2 };
  }
  if (side.core.fraction && (w1 === 'point' || w1 === 'points')) return { name: 'percentage point', kind: 'percent', end: k, spanEnd: k };
  if (first.kind === 'word' && PERCENT_WORDS.get(w1) && (w1 !== 'pc' || isGlued) && (w1 !== 'bp' || isGlued)) {
    const name = PERCENT_WORDS.get(w1)!;
    return { name, kind: 'percent', end: k, spanEnd: k };
  }
  if (side.currency || side.unknownMoney) {
    // "$76 US", "$75 U.S." belong to the amount
    if (first.kind === 'word' && (first.text === 'US' || first.text === 'U') && first.space) {
      const e = first.text === 'U' && toks[k + 1]?.text === '.' && toks[k + 2]?.text === 'S' ? (toks[k + 3]?.text === '.' ? k + 3 : k + 2) : k;
      if (first.text === 'US' || e > k) return withPer(ctx, { name: side.currency ?? 'dollar', kind: 'money', end: e, spanEnd: side.spanEnd });
    }
    return withPer(ctx, { name: side.currency ?? '', kind: 'money', end: side.end, spanEnd: side.spanEnd });
  }
  // currency after the number: "1,450€", "230 JPY", "4.2 million Canadian dollars", "35 cents", "245.5p"
  if (first.kind === 'sym' && CURRENCY_SYMBOLS.get(first.text) && first.text !== '$') {
    return withPer(ctx, { name: CURRENCY_SYMBOLS.get(first.text)!, kind: 'money', end: k, spanEnd: k });
  }
  if (first.kind === 'word') {
    if (CURRENCY_CODES.get(first.text) && first.text.length >= 3 && !(toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].kind === 'word')) {
      let e = k;
      if (toks[k + 1]?.text === '=' && glued(toks[k + 1])) e = k + 1;
      return withPer(ctx, { name: CURRENCY_CODES.get(first.text)!, kind: 'money', end: e, spanEnd: side.spanEnd });
    }
    if ((first.text === 'p' || first.text === 'c') && !(toks[k + 1]?.text === '.' && glued(toks[k + 1]) && toks[k + 2] && glued(toks[k + 2]))) {
      if (isGlued || !toks[k + 1] || toks[k + 1].kind !== 'word' || /^(at|to|in|on|from|and|or|per|a)$/.test(lw(toks[k + 1]))) {
        return withPer(ctx, { name: first.text === 'p' ? 'penny' : 'cent', kind: 'money', end: k, spanEnd: isGlued ? k : side.spanEnd });
      }
    }
    let cur = /^pounds?$/i.test(first.text) && toks[k + 1]?.text === '-' && glued(toks[k + 1]) ? null : currencyWord(null, first.text);
    let ce = k;
    if (!cur && isCurrencyNation(first.text) && toks[k + 1]) {
      cur = currencyWord(first.text, toks[k + 1].text);
      ce = k + 1;
      if (!cur && toks[k + 2] && isCurrencyNation(`${first.text} ${toks[k + 1].text}`)) {
        cur = currencyWord(`${first.text} ${toks[k + 1].text}`, toks[k + 2].text);
        ce = k + 2;
      }
    }
    if (!cur && first.text === 'U' && toks[k + 1]?.text === '.' && toks[k + 2]?.text === 'S' && toks[k + 3]?.text === '.' && toks[k + 4]) {
      cur = currencyWord(null, toks[k + 4].text);
      ce = k + 4;
    }
    if (cur) {
      if (cur === 'pound sterling' && /^pounds?$/i.test(toks[ce].text) && !side.core.scaled && lw(toks[ce + 1]) !== 'sterling') {
        // "208 pounds" is a weight unless it is millions of pounds
        return withPer(ctx, { name: 'pound', kind: 'measure', end: ce, spanEnd: side.spanEnd });
      }
      if (lw(toks[ce + 1]) === 'sterling') ce++;
      return withPer(ctx, { name: cur, kind: 'money', end: ce, spanEnd: side.spanEnd });
    }
  }
  // measures and durations: glued ("50mph"), spaced ("30 yards"), hyphenated ("6.1-inch", "year-old")
  let hyphen = false;
  if ((first.text === '-' || first.text === '–') && isGlued && toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].kind === 'word') {
    hyphen = true;
    k++;
  }
  const found = hyphen && /^(in|a|an|s|t|m)$/.test(toks[k].text) ? null : longestUnit(toks, k, !toks[k].space && !hyphen ? true : hyphen);
  if (found) {
    const { info } = found;
    let { end } = found;
    let name = info.name;
    let kind: Unit['kind'] = info.kind;
    // ages: "50 year-old", "18 month-old", "35 years old"
    if (kind === 'duration' && ((toks[end + 1]?.text === '-' && glued(toks[end + 1]) && lw(toks[end + 2]) === 'old') || lw(toks[end + 1]) === 'old')) {
      end = lw(toks[end + 1]) === 'old' ? end + 1 : end + 2;
      name = `${name} of age`;
      kind = 'age';
    } else if (kind === 'duration' && hyphen && toks[end + 1] && (toks[end + 1].kind === 'word' || CURRENCY_SYMBOLS.get(toks[end + 1].text))) {
      // "a five-year contract": a descriptor, not a figure of its own
      if (side.core.words) return { name: SKIP, kind: 'duration', end, spanEnd: side.spanEnd };
    }
    const spanEnd = !toks[k].space && !hyphen ? end : side.spanEnd;
    const unit: Unit = { name, kind, end, spanEnd };
    // "degrees Celsius", "degrees F"
    if (name === 'degree') {
      const nx = toks[end + 1];
      if (nx && /^(celsius|centigrade|c)$/i.test(nx.text)) return withPer(ctx, { ...unit, name: 'celsius', end: end + 1 });
      if (nx && /^(fahrenheit|f)$/i.test(nx.text)) return withPer(ctx, { ...unit, name: 'fahrenheit', end: end + 1 });
    }
    return withPer(ctx, unit);
  }
  return null;
}

/** The longest unit starting at token k (up to four tokens: "miles per hour", "km/h", "sq m", "degrees Celsius"). */
export function longestUnit(toks: Tok[], k: number, isGlued: boolean): { info: { name: string; kind: 'measure' | 'duration' | 'money' | 'percent' }; end: number } | null {
  let best: { info: { name: string; kind: 'measure' | 'duration' | 'money' | 'percent' }; end: number } | null = null;
  let written = '';
  for (let e = k; e < toks.length && e < k + 4; e++) {
    const t = toks[e];
    if (e > k) {
      if (t.space) written += ' ';
    }
    written += t.text;
    if (t.kind === 'num' && e === k) break;
    const info = lookupUnit(written, isGlued);
    if (info) {
      // a unit word must end at a word boundary
      const nx = toks[e + 1];
      if (!(nx && glued(nx) && (nx.kind === 'word' || nx.kind === 'num') && t.kind === 'word')) best = { info, end: e };
    }
  }
  return best;
}

/** "$71.63 per barrel", "$2750 a month", "cents per share", "barrel-a-day". */
function withPer(ctx: Ctx, unit: Unit): Unit {
  const { toks } = ctx;
  let k = unit.end + 1;
  const t = toks[k];
  if (!t) return unit;
  let per: string | null = null;
  let end = unit.end;
  const w = lw(t);
  if (t.text === '-' && glued(t) && (lw(toks[k + 1]) === 'a' || lw(toks[k + 1]) === 'per') && toks[k + 2]?.text === '-') {
    per = lookupPerUnit(toks[k + 3]?.text ?? '');
    end = k + 3;
  } else if (t.text === '/' && glued(t) && toks[k + 1]?.kind === 'word' && glued(toks[k + 1])) {
    per = lookupPerUnit(toks[k + 1].text) ?? (TIME_ABBR[toks[k + 1].text] || null);
    end = k + 1;
  } else if ((w === 'per' || w === 'a' || w === 'an' || w === 'each') && !/^(earlier|ago|later|before|after|previously|prior)$/.test(lw(toks[k + 2]))) {
    k++;
    const nx = toks[k];
    if (nx && nx.kind === 'word') {
      const two = toks[k + 1] ? `${nx.text} ${toks[k + 1].text}` : '';
      const u2 = two && lookupPerUnit(two);
      if (u2) {
        per = u2;
        end = k + 1;
      } else {
        const u1 = lookupPerUnit(nx.text);
        if (u1) {
          per = u1;
          end = k;
        } else if (w === 'per' || PER_NOUNS.has(lw(nx))) {
          per = singular(nx.text);
          end = k;
        }
      }
    }
  }
  if (!per) return unit;
  if (unit.kind === 'duration' || unit.kind === 'age') return unit;
  return { ...unit, name: `${unit.name} per ${per}`, end };
}

const TIME_ABBR: Record<string, string> = { h: 'hour', hr: 'hour', s: 'second', min: 'minute', d: 'day', yr: 'year', mo: 'month', wk: 'week' };
const PER_NOUNS = new Set(['share', 'barrel', 'gallon', 'ounce', 'ton', 'tonne', 'pound', 'kilo', 'head', 'person', 'capita', 'unit', 'piece', 'ticket', 'night', 'seat', 'pop', 'litre', 'liter', 'bottle', 'pack', 'dozen', 'user', 'customer', 'student', 'household', 'visit', 'session', 'game', 'episode', 'item']);

// ---------------------------------------------------------------------------------------------------------------
