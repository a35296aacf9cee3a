/** Ranges ("140 to 165 miles", "between 3 and 5"), "from X ... to Y", and units lent between neighbouring figures. */
import { parseDigits } from '../numbers';
import type { Tok } from '../numbers';
import { fillAmountOf, fillCounts } from './counted';
import { UP_WORDS, DOWN_WORDS, changeAround, qualifierBefore } from './qualifiers';
import type { Qualifier } from '../types';
import { lw, glued, skipRaw, baseRaw, QUAL_WORDS } from './shared';
import type { Raw, Unit, Ctx } from './shared';
import { parseSide } from './unit-grammar';
import type { Side } from './unit-grammar';


export function parseRange(ctx: Ctx, x: Side): Raw | null {
  const { toks } = ctx;
  if (typeof x.value !== 'number' || x.core.fraction) return null;
  let k = x.end + 1;
  const c = toks[k];
  if (!c) return null;
  const cw = lw(c);
  let kind: 'dash' | 'to' | 'and' | 'or' | null = null;
  let changeBefore = false;
  if ((c.text === '-' || c.text === '–' || c.text === '—') && toks[k + 1]) {
    if (c.text === '-' && (!glued(c) || !glued(toks[k + 1]))) {
      if (!(c.space && toks[k + 1].space)) return null;
    }
    kind = 'dash';
  } else if (cw === 'to' && c.space) {
    kind = 'to';
    if (toks[k + 1]?.text === '-' && glued(toks[k + 1])) k++;
  } else if (cw === 'and' && lw(toks[x.from - 1]) === 'between') kind = 'and';
  else if (cw === 'and' && lw(toks[x.from - 2]) === 'between' && QUAL_WORDS.has(lw(toks[x.from - 1]))) kind = 'and';
  else if (cw === 'or' && !x.unit && x.core.words) kind = 'or';
  if (!kind) return null;
  if (kind === 'to') {
    // "rose 4% to $72", "grew by $12.4 billion to $305.8 billion": a change, then a level
    const before = lw(toks[x.from - 1]);
    changeBefore = before === 'by' || UP_WORDS.has(before) || DOWN_WORDS.has(before);
  }
  const y = parseSide(ctx, k + 1);
  if (y && changeBefore && (x.unit || !y.unit)) return null;
  if (!y || typeof y.value !== 'number' || y.core.fraction || y.core.vague) return null;
  if (kind === 'or' && !y.core.words) return null;
  // "7-Eleven": digits dashed to a capitalised number word name something
  if (kind === 'dash' && x.core.words !== y.core.words) return null;
  if (x.core.vague) return null;
  // years are not quantities: "between 1720 and 1850"
  const yearish = (s: Side) => toks[s.num].kind === 'num' && /^\d{4}$/.test(toks[s.num].text) && +toks[s.num].text >= 1500 && +toks[s.num].text <= 2100 && !s.currency && !s.unit && !s.core.scaled;
  if (yearish(x) && yearish(y)) return null;
  // "555-1234": a phone number or code, not a range
  if (kind === 'dash' && !x.unit && !y.unit && /^\d{3,}$/.test(toks[x.num].text) && /^\d{4,}$/.test(toks[y.num].text)) return skipRaw(x.from, y.end);
  if (yearish(y) && !x.unit) return null;
  // units must agree; a unit on one side only spreads backwards ("12 to 19 miles"), or across a dash ("$3-5")
  let unit: Unit | null = null;
  if (x.unit && y.unit) {
    const compatible = x.unit.name === y.unit.name || (x.unit.kind === y.unit.kind && x.unit.kind === 'percent') ||
      y.unit.name.startsWith(`${x.unit.name} per `) || x.unit.name.startsWith(`${y.unit.name} per `);
    if (!compatible) return null;
    unit = x.unit.name.length > y.unit.name.length ? x.unit : y.unit;
  } else if (!x.unit && y.unit) {
    unit = y.unit;
  } else if (x.unit && !y.unit) {
    if (kind === 'to' || kind === 'or') return null;
    unit = x.unit;
  }
  // "a vote of 218 to 214", "won 3 to 1": a tally or a score runs downwards; a range runs upwards.
  if (kind === 'to' && !unit && !x.currency && !y.currency && x.value > y.value && !y.core.scaled) return null;
  let lo = x.value;
  const hi = y.value;
  // "1 to 2 thousand", "$61 to $64 billion": the scale spreads back when the numbers line up
  if (!x.core.scaled && y.core.scaled && y.mult > 1 && lo < parseDigitsOrValue(toks, y)) lo *= y.mult;
  if (x.unknownMoney && !unit) unit = null;
  const value: [number, number] = lo <= hi ? [lo, hi] : [hi, lo];
  const last = Math.max(y.spanEnd, y.end);
  const r = baseRaw(ctx, x.from, y.spanEnd, last, value, null, null, x.core.words);
  r.qualifier = innerQualifier(qualifierBefore(toks, x.from), 'exact');
  r.scaled = x.core.scaled || y.core.scaled;
  if (unit) {
    r.unit = unit.name || null;
    r.kind = unit.kind === 'age' ? 'measure' : unit.kind;
  } else if (x.currency || y.currency) {
    r.kind = 'money';
    r.unit = x.currency || y.currency;
  } else if (x.unknownMoney || y.unknownMoney) r.kind = 'money';
  else fillCounts(ctx, r, last);
  r.change = changeAround(toks, x.from, r.end);
  if ((r.kind === 'money' || r.kind === 'percent' || r.kind === 'measure') && !r.counts) fillAmountOf(ctx, r);
  return r;
}


/**
 * A range's qualifier: "range", unless a bound is qualified, which then qualifies the whole ("up to 5 to 10 million"
 * is at most that much; "from more than 200 to 300" starts at least at 200).
 */
function innerQualifier(low: Qualifier, high: Qualifier): Qualifier {
  if (low !== 'exact' && low !== 'range') return low;
  return high !== 'exact' && high !== 'range' ? high : 'range';
}

function parseDigitsOrValue(toks: Tok[], s: Side): number {
  const t = toks[s.num];
  return t.kind === 'num' ? parseDigits(t.text) : typeof s.value === 'number' ? s.value / (s.mult || 1) : 0;
}

/** "from X to Y" with a few words between: "from $52,310 at 9.15am on Monday to $49,880". Single values only. */
export function mergeFromRanges(ctx: Ctx, raws: Raw[]): void {
  const { toks } = ctx;
  for (let a = 0; a < raws.length - 1; a++) {
    const A = raws[a];
    if (A.kind === 'date' || A.kind === 'ordinal' || typeof A.value !== 'number') continue;
    let p = A.from - 1;
    while (p >= 0 && QUAL_WORDS.has(lw(toks[p]))) p--;
    if (lw(toks[p]) === 'to' && lw(toks[p - 1]) === 'up') p -= 2;
    if (lw(toks[p]) !== 'from') continue;
    // the next non-date figure
    let b = a + 1;
    while (b < raws.length && (raws[b].kind === 'date' || raws[b].value === null && raws[b].kind === 'number')) b++;
    const B = raws[b];
    if (!B || typeof B.value !== 'number' || B.kind === 'ordinal') continue;
    let q = B.from - 1;
    while (q >= 0 && QUAL_WORDS.has(lw(toks[q]))) q--;
    if (lw(toks[q]) !== 'to' || q <= A.end) continue;
    if (toks[q].start - toks[A.end].end > 60) continue;
    if (toks.slice(A.end + 1, q).some((t) => /^[;:]$/.test(t.text) || lw(t) === 'and' || lw(t) === 'but')) continue;
    const ua = A.unit;
    const ub = B.unit;
    if (ua && ub && ua !== ub && !(A.kind === 'count' && B.kind === 'count')) continue;
    if (A.kind === 'count' && B.kind === 'count' && ua !== ub) continue;
    const merged: Raw = {
      ...A,
      to: A.to,
      end: B.end,
      value: A.value <= B.value ? [A.value, B.value] : [B.value, A.value],
      qualifier: innerQualifier(A.qualifier, B.qualifier),
      unit: ua ?? ub,
      kind: ua ? A.kind : B.kind,
      counts: A.counts ?? B.counts,
      change: A.value < B.value ? 'up' : A.value > B.value ? 'down' : null,
    };
    // the span covers "X ... to Y" only when short and no other figure stands between ("$4bn in 2020 to $6bn")
    const gap = toks[B.from].start - toks[A.to].end;
    if (gap <= 12 && b === a + 1) merged.to = B.to;
    raws.splice(a, 2, ...(b === a + 1 ? [merged] : [merged, ...raws.slice(a + 1, b)]));
    if (b !== a + 1) raws.splice(a + 1 + (b - a - 1), 1);
  }
}

/** A bare number takes the unit of the quantity it is part of or runs to:
 * "collected 340 million of the 2.5 billion pesos", "from 11-13 mpg to 21". */
export function inheritUnits(ctx: Ctx, raws: Raw[]): void {
  const { toks } = ctx;
  for (let a = 0; a < raws.length - 1; a++) {
    const A = raws[a];
    const B = raws[a + 1];
    if (A.kind === 'date' || A.kind === 'ordinal' || B.kind === 'date' || B.kind === 'ordinal') continue;
    // partitive: A "of the" B
    // (a share, "two-thirds of its 3 million customers", stays a share)
    if (A.kind === 'number' && !A.unit && B.unit && typeof A.value === 'number' && !(A.value > 0 && A.value < 1)) {
      let k = A.end + 1;
      if (lw(toks[k]) === 'of') {
        k++;
        while (k < B.from && /^(the|its|their|his|her|our|a|an|this|that|these|those|total|estimated|planned|targeted)$/.test(lw(toks[k]))) k++;
        if (k === B.from && B.kind !== 'percent') {
          A.kind = B.kind;
          A.unit = B.unit;
          A.counts = B.counts;
          continue;
        }
      }
    }
    // "from A to B": B, written bare, is in A's unit
    if (B.kind === 'number' && !B.unit && A.unit && A.kind !== 'count') {
      let p = A.from - 1;
      while (p >= 0 && QUAL_WORDS.has(lw(toks[p]))) p--;
      let q = B.from - 1;
      while (q >= 0 && QUAL_WORDS.has(lw(toks[q]))) q--;
      if (lw(toks[p]) === 'from' && lw(toks[q]) === 'to' && q > A.end && toks[q].start - toks[A.end].end < 40) {
        B.kind = A.kind;
        B.unit = A.unit;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
