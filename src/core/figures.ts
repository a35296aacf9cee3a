/**
 * Figures: counts, money, percentages, measures, durations, dates and ordinals, with exact spans.
 * A hand-written, linear number grammar over each sentence's tokens (numbers.ts, units.ts); compromise is used only
 * to find the counted noun phrase in a short window after a number.
 */
import { nlp } from './nlp';
import {
  exactDecimal, FRACTION_WORDS, MONTHS, ORDINAL_WORDS, SCALE_WORDS, parseDigitCore, parseDigits, parseNumberWords, parseVague, tokenize,
  type NumberCore, type Tok,
} from './numbers';
import type { Doc, Paragraph, Sentence } from './text';
import type { Figure, FigureKind, Qualifier } from './types';
import {
  CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, DOLLAR_SUFFIXES, PERCENT_WORDS, currencyWord,
  isCurrencyNation, lookupPerUnit, lookupUnit, singular,
} from './units';

/**
 * Numbers with what they count, money, percentages, measures and dates, in document order. `nlpBudget`: how many
 * compromise calls this document may make; beyond it a cheaper word-list rule finds counted nouns.
 */
export function extractFigures(doc: Doc, nlpBudget = NLP_BUDGET): Figure[] {
  const out: Figure[] = [];
  const budget = { nlp: nlpBudget };
  for (const p of doc.paragraphs) {
    for (const f of paragraphFigures(doc, p, budget)) out.push(f);
  }
  return out;
}

function runParagraph(text: string, p: Paragraph, budget: { nlp: number }): Figure[] {
  const out: Figure[] = [];
  for (const s of p.sentences) {
    for (const f of sentenceFigures(text, s, budget)) out.push(f);
  }
  return out;
}

const UNLIMITED = 1e9;

/**
 * Figures of one paragraph. When analysing incrementally the result with an unlimited compromise budget is memoised
 * with the number of calls it made: it stands while the document's budget still covers them; a paragraph met once
 * the budget is spent memoises its zero-budget result; the one paragraph that straddles the limit is computed afresh.
 * So the memoised result always equals what a fresh analysis computes.
 */
function paragraphFigures(doc: Doc, p: Paragraph, budget: { nlp: number }): Figure[] {
  const cache = doc.cache;
  if (!cache) return runParagraph(doc.text, p, budget);
  const memo = (name: string, compute: () => { figures: Figure[]; calls: number }) => {
    const key = `${name}\u0000${p.text}`;
    const hit = cache.get<{ figures: Figure[]; calls: number }>(key);
    if (hit) return { figures: hit.figures.map((f) => shiftFigure(f, p.start)), calls: hit.calls };
    const result = compute();
    cache.set(key, { figures: result.figures.map((f) => shiftFigure(f, -p.start)), calls: result.calls });
    return result;
  };
  if (budget.nlp <= 0) return memo('figures0', () => ({ figures: runParagraph(doc.text, p, { nlp: 0 }), calls: 0 })).figures;
  const full = memo('figures', () => {
    const b = { nlp: UNLIMITED };
    const figures = runParagraph(doc.text, p, b);
    return { figures, calls: UNLIMITED - b.nlp };
  });
  if (full.calls <= budget.nlp) {
    budget.nlp -= full.calls;
    return full.figures;
  }
  return runParagraph(doc.text, p, budget);
}

/** A figure moved by `d` (a fresh object: figures hold no nested spans, and a range value is copied too). */
const shiftFigure = (f: Figure, d: number): Figure => ({ ...f, start: f.start + d, end: f.end + d, value: Array.isArray(f.value) ? [f.value[0], f.value[1]] : f.value });

/** How many compromise calls a document (or a section of a long one, see sections.ts) may make by default. */
export const NLP_BUDGET = 600;

interface Raw {
  from: number; // token index of the first token of the span
  to: number; // token index of the last token of the span
  end: number; // token index of the last token that belongs to the figure (unit words included)
  kind: FigureKind;
  value: number | [number, number] | null;
  unit: string | null;
  counts: string | null;
  qualifier: Qualifier;
  change: 'up' | 'down' | null;
  date: string | null;
  words: boolean;
  scaled: boolean;
}

interface Unit {
  name: string;
  kind: 'money' | 'percent' | 'measure' | 'duration' | 'age';
  /** Last token index of the unit. */
  end: number;
  /** Last token index that belongs to the span ("%" and "percent" do, "miles" does not). */
  spanEnd: number;
}

interface Ctx {
  text: string;
  toks: Tok[];
  budget: { nlp: number };
}

const lw = (t: Tok | undefined) => (t && t.kind === 'word' ? t.text.toLowerCase() : '');
const isCap = (t: Tok | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const glued = (t: Tok | undefined) => !!t && !t.space;

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'about',
  'around', 'over', 'under', 'than', 'more', 'less', 'fewer', 'some', 'nearly', 'almost', 'roughly', 'approximately',
  'just', 'only', 'up', 'down', 'as', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'it', 'its',
  'this', 'that', 'these', 'those', 'there', 'here', 'after', 'before', 'since', 'until', 'between', 'among', 'into',
  'within', 'without', 'per', 'each', 'every', 'all', 'both', 'another', 'other', 'some', 'any', 'no', 'not', 'above',
  'below', 'beyond', 'across', 'during', 'while', 'when', 'where', 'which', 'who', 'what', 'how', 'why', 'if', 'so',
  'yet', 'also', 'still', 'even', 'well', 'then', 'now', 'again', 'once', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must',
  'rose', 'fell', 'grew', 'gained', 'lost', 'added', 'cut', 'paid', 'raised', 'sold', 'bought', 'reached', 'hit',
  'topped', 'totalled', 'totaled', 'estimated', 'expected', 'worth', 'valued', 'costs', 'cost', 'costing', 'against',
  'towards', 'toward', 'like', 'unlike', 'including', 'excluding', 'plus', 'minus', 'approx', 'circa', 'sub',
]);

const STREET_WORDS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'way', 'lane', 'ln', 'drive', 'dr', 'place', 'pl', 'court', 'ct', 'terrace', 'highway', 'hwy', 'parkway', 'pkwy', 'square', 'sq', 'crescent', 'close']);
const CODE_WORDS_BEFORE = new Set(['category', 'cat', 'number', 'no', 'nos', 'chapter', 'section', 'article', 'page', 'pages', 'phase', 'level', 'grade', 'stage', 'type', 'model', 'version', 'unit', 'route', 'room', 'gate', 'platform', 'channel', 'flight', 'line', 'exit', 'row', 'seat', 'suite', 'apartment', 'apt', 'floor', 'item', 'clause', 'rule', 'paragraph', 'figure', 'fig', 'table', 'step', 'episode', 'season', 'week', 'game', 'round', 'act', 'scene', 'track', 'volume', 'vol', 'issue', 'code', 'pin', 'zip', 'postcode', 'hole', 'lane', 'district', 'ward', 'division', 'block', 'lot', 'building', 'bus', 'train', 'highway', 'interstate']);
const PREFIX_HYPHEN_OK = new Set(['minus', 'sub', 'now', 'to', 'mid', 'over', 'under', 'about', 'up', 'some', 'nearly', 'than', 'pre', 'post', 'non', 'a', 'the', 'top', 'all']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const UP_WORDS = new Set(['rose', 'rise', 'rises', 'risen', 'rising', 'up', 'gained', 'gain', 'gains', 'gaining', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jump', 'jumps', 'jumping', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'growing', 'grown', 'advanced', 'advance', 'advances', 'added', 'add', 'adds', 'surged', 'surge', 'surges', 'soared', 'soar', 'soars', 'rallied', 'rally', 'spiked', 'boosted', 'boost', 'higher', 'raised', 'raise', 'hiked', 'expanded', 'improved', 'firmed', 'edged', 'ticked', 'leapt', 'leaped', 'rebounded', 'swelled', 'doubled', 'accelerated']);
UP_WORDS.delete('raised');
UP_WORDS.delete('raise');
const DOWN_WORDS = new Set(['fell', 'fall', 'falls', 'fallen', 'falling', 'down', 'dropped', 'drop', 'drops', 'dropping', 'declined', 'decline', 'declines', 'declining', 'lost', 'lose', 'loses', 'losing', 'slid', 'slide', 'slides', 'sliding', 'slipped', 'slip', 'slips', 'plunged', 'plunge', 'plunges', 'plummeted', 'plummet', 'plummeting', 'tumbled', 'tumble', 'decreased', 'decrease', 'decreases', 'decreasing', 'lower', 'lowered', 'shed', 'sheds', 'sank', 'sink', 'sinks', 'sunk', 'eased', 'ease', 'eases', 'dipped', 'dip', 'dips', 'cut', 'cuts', 'reduced', 'shrank', 'shrunk', 'contracted', 'slumped', 'slump', 'crashed', 'retreated', 'weakened', 'slowed', 'tanked', 'sagged', 'dived', 'dove', 'fallen']);
/** Words that may stand between a change verb and its number ("rose by nearly 5%"). */
const CHANGE_FILLER = new Set(['by', 'just', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'only', 'a', 'another', 'more', 'than', 'over', 'under', 'as', 'much', 'many', 'approximately', 'further', 'sharply', 'slightly', 'marginally', 'modestly', 'as', 'much', 'an', 'additional', 'extra', 'almost']);

const QUALIFIERS: [string, Qualifier][] = [
  ['as many as', 'at-most'], ['as much as', 'at-most'], ['as high as', 'at-most'], ['as large as', 'at-most'],
  ['up to', 'at-most'], ['no more than', 'at-most'], ['not more than', 'at-most'], ['at most', 'at-most'],
  ['less than', 'at-most'], ['fewer than', 'at-most'], ['under', 'at-most'], ['below', 'at-most'], ['lower than', 'at-most'],
  ['a maximum of', 'at-most'], ['maximum of', 'at-most'], ['a max of', 'at-most'], ['sub', 'at-most'], ['<', 'at-most'], ['≤', 'at-most'],
  ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['more than', 'at-least'], ['over', 'at-least'],
  ['at least', 'at-least'], ['above', 'at-least'], ['upwards of', 'at-least'], ['upward of', 'at-least'], ['in excess of', 'at-least'],
  ['greater than', 'at-least'], ['higher than', 'at-least'], ['over than', 'at-least'], ['a minimum of', 'at-least'],
  ['minimum of', 'at-least'], ['north of', 'at-least'], ['>', 'at-least'], ['≥', 'at-least'], ['exceeding', 'at-least'],
  ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['approx', 'approx'],
  ['nearly', 'approx'], ['almost', 'approx'], ['some', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'],
  ['close to', 'approx'], ['circa', 'approx'], ['ca', 'approx'], ['~', 'approx'], ['≈', 'approx'], ['an approximate', 'approx'],
  ['approaching', 'approx'], ['or so', 'approx'], ['give or take', 'approx'], ['somewhere around', 'approx'],
];

/** Figures of one sentence, in order. */
function sentenceFigures(text: string, s: Sentence, budget: { nlp: number }): Figure[] {
  const toks = tokenize(text, s.start, s.end);
  if (!toks.some((t) => t.kind === 'num' || NUMBERISH.test(t.text))) return [];
  const ctx: Ctx = { text, toks, budget };
  const raws: Raw[] = [];
  const masked = maskedRanges(text, s.start, s.end);
  let m = 0;
  for (let i = 0; i < toks.length; ) {
    // URLs, e-mail addresses and file paths hold digits that are not figures
    while (m < masked.length && masked[m][1] <= toks[i].start) m++;
    if (m < masked.length && toks[i].start >= masked[m][0]) {
      i++;
      continue;
    }
    const r = parseAt(ctx, i);
    if (r) {
      raws.push(r);
      i = Math.max(r.end, r.to) + 1;
    } else i++;
  }
  mergeFromRanges(ctx, raws);
  inheritUnits(ctx, raws);
  return raws
    .filter((r) => r.kind !== 'number' || r.value !== null)
    .map((r) => toFigure(ctx, r));
}

const NUMBERISH = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions|billions|tens|half|third|thirds|quarter|quarters|a)$/i;

/** Offsets [start, end) of URLs, e-mail addresses, snake_case identifiers and paths inside text[start, end). */
function maskedRanges(text: string, start: number, end: number): [number, number][] {
  const slice = text.slice(start, end);
  if (!/[/@_]|www\./.test(slice)) return [];
  const out: [number, number][] = [];
  const CHUNK = /[^\s<>"“”()[\]]+/g;
  for (let m = CHUNK.exec(slice); m; m = CHUNK.exec(slice)) {
    const c = m[0];
    const looksLikeAddress = c.includes('://') || c.startsWith('www.') || /@[\w-]+\./.test(c) || /[A-Za-z0-9]_[A-Za-z0-9]/.test(c) ||
      (c.split('/').length > 2 && /\p{L}/u.test(c)) || /\.(?:com|org|net|gov|edu|io|html?|php|aspx?)(?:\/|$)/.test(c);
    if (looksLikeAddress) out.push([start + m.index, start + m.index + c.length]);
  }
  return out;
}

function toFigure(ctx: Ctx, r: Raw): Figure {
  const a = ctx.toks[r.from];
  const b = ctx.toks[r.to];
  return {
    start: a.start,
    end: b.end,
    text: ctx.text.slice(a.start, b.end),
    kind: r.kind,
    value: typeof r.value === 'number' ? exactDecimal(r.value) : r.value && [exactDecimal(r.value[0]), exactDecimal(r.value[1])],
    unit: r.unit,
    counts: r.counts,
    qualifier: r.qualifier,
    change: r.change,
    date: r.date,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates and times

function monthAt(toks: Tok[], i: number): { month: number; end: number } | null {
  const t = toks[i];
  if (!isCap(t)) return null;
  const m = MONTHS[t.text.toLowerCase()];
  if (!m) return null;
  let end = i;
  if (toks[i + 1]?.text === '.' && glued(toks[i + 1]) && t.text.length <= 4) end = i + 1;
  return { month: m, end };
}

const pad = (n: number) => String(n).padStart(2, '0');

function isDay(t: Tok | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{1,2}$/.test(t.text) && +t.text >= 1 && +t.text <= 31;
}
function isYear(t: Tok | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{4}$/.test(t.text) && +t.text >= 1000 && +t.text <= 2199;
}

function dateRaw(from: number, to: number, date: string): Raw {
  return { from, to, end: to, kind: 'date', value: null, unit: null, counts: null, qualifier: 'exact', change: null, date, words: false, scaled: false };
}

function parseDate(ctx: Ctx, i: number): Raw | null {
  const { toks } = ctx;
  const mo = monthAt(toks, i);
  if (mo) {
    let k = mo.end + 1;
    if (isDay(toks[k]) && !(toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].kind === 'word' && !/^(st|nd|rd|th)$/.test(toks[k + 1].text))) {
      const day = +toks[k].text;
      let end = k;
      if (/^(st|nd|rd|th)$/.test(toks[k + 1]?.text ?? '') && glued(toks[k + 1])) end = k + 1;
      let y = end + 1;
      if (toks[y]?.text === ',') y++;
      if (isYear(toks[y]) && !(toks[y + 1] && glued(toks[y + 1]) && toks[y + 1].kind !== 'sym')) return dateRaw(i, y, `${toks[y].text}-${pad(mo.month)}-${pad(day)}`);
      return dateRaw(i, end, `--${pad(mo.month)}-${pad(day)}`);
    }
    if (lw(toks[k]) === 'of' && isYear(toks[k + 1])) k++;
    if (isYear(toks[k]) && (!toks[k + 1] || toks[k + 1].space || toks[k + 1].kind === 'sym')) return dateRaw(i, k, `${toks[k].text}-${pad(mo.month)}`);
    return null;
  }
  // ISO: "2015-09-23"
  if (isYear(toks[i]) && toks[i + 1]?.text === '-' && glued(toks[i + 1]) && /^\d{2}$/.test(toks[i + 2]?.text ?? '') && glued(toks[i + 2]) &&
    toks[i + 3]?.text === '-' && glued(toks[i + 3]) && /^\d{2}$/.test(toks[i + 4]?.text ?? '') && glued(toks[i + 4]) && +toks[i + 2].text >= 1 && +toks[i + 2].text <= 12) {
    return dateRaw(i, i + 4, `${toks[i].text}-${toks[i + 2].text}-${toks[i + 4].text}`);
  }
  // A fiscal or season year, "2024/25" or "2024-25": one date, the year it starts (the second number is no count).
  const next = toks[i + 2];
  if (isYear(toks[i]) && (toks[i + 1]?.text === '/' || toks[i + 1]?.text === '-') && glued(toks[i + 1]) && next && glued(next) && /^\d{2}$/.test(next.text) &&
    (+next.text === (+toks[i].text + 1) % 100) && (!toks[i + 3] || toks[i + 3].space || toks[i + 3].kind === 'sym')) {
    return dateRaw(i, i + 2, toks[i].text);
  }
  // "9 June 2023", "2 June"
  if (isDay(toks[i]) && (i === 0 || toks[i].space)) {
    let k = i + 1;
    if (/^(st|nd|rd|th)$/.test(toks[k]?.text ?? '') && glued(toks[k])) k++;
    if (lw(toks[k]) === 'of') k++;
    const m2 = monthAt(toks, k);
    if (m2 && toks[k].space) {
      const y = m2.end + 1;
      if (isYear(toks[y])) return dateRaw(i, y, `${toks[y].text}-${pad(m2.month)}-${pad(+toks[i].text)}`);
      return dateRaw(i, m2.end, `--${pad(m2.month)}-${pad(+toks[i].text)}`);
    }
  }
  return null;
}

/** "11:05 PM", "5am", "9.20pm", "3:40 p.m." → a date figure holding the time ("T23:05"). */
function parseTime(ctx: Ctx, i: number): Raw | null {
  const { toks } = ctx;
  const t = toks[i];
  if (t.kind !== 'num' || !/^\d{1,2}(?:\.\d{2})?$/.test(t.text)) return null;
  let h = parseInt(t.text, 10);
  let min = t.text.includes('.') ? +t.text.split('.')[1] : 0;
  let k = i;
  let clock = t.text.includes('.');
  if (toks[i + 1]?.text === ':' && glued(toks[i + 1]) && /^\d{2}$/.test(toks[i + 2]?.text ?? '') && glued(toks[i + 2])) {
    min = +toks[i + 2].text;
    k = i + 2;
    clock = true;
    if (toks[k + 1]?.text === ':' && glued(toks[k + 1]) && /^\d{2}$/.test(toks[k + 2]?.text ?? '')) k += 2;
  }
  const ampm = ampmAt(toks, k + 1);
  if (!ampm && !clock) return null;
  if (!ampm && t.text.includes('.')) return null; // "10.45" alone is a decimal
  if (h > 24 || min > 59) return null;
  let end = k;
  if (ampm) {
    end = ampm.end;
    if (ampm.pm && h < 12) h += 12;
    if (!ampm.pm && h === 12) h = 0;
  }
  return dateRaw(i, end, `T${pad(h)}:${pad(min)}`);
}

function ampmAt(toks: Tok[], k: number): { pm: boolean; end: number } | null {
  const t = toks[k];
  if (!t || t.kind !== 'word') return null;
  const w = t.text.toLowerCase();
  if (w === 'am' || w === 'pm') {
    if (toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].kind === 'word') return null;
    return { pm: w === 'pm', end: k };
  }
  if ((w === 'a' || w === 'p') && toks[k + 1]?.text === '.' && glued(toks[k + 1]) && lw(toks[k + 2]) === 'm' && glued(toks[k + 2])) {
    const end = toks[k + 3]?.text === '.' && glued(toks[k + 3]) ? k + 3 : k + 2;
    return { pm: w === 'p', end };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Quantities

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
function parsePrefix(toks: Tok[], i: number): Prefix | null {
  const t = toks[i];
  let k = i;
  let currency: string | null = null;
  let unknownMoney = false;
  let negative = false;
  let plus = false;
  // Letters glued to "$": "US$", "HK$"; or "US $", "HK $".
  if (t.kind === 'word' && DOLLAR_PREFIXES.has(t.text) && toks[k + 1]?.text === '$') {
    currency = CURRENCY_SYMBOLS[`${t.text}$`] ?? 'dollar';
    k += 2;
  } else if (t.kind === 'word' && CURRENCY_CODES[t.text] && t.text.length >= 2 && (toks[k + 1]?.kind === 'num' || (toks[k + 1]?.text === '$' && glued(toks[k + 1])) || (toks[k + 1]?.text === '.' && glued(toks[k + 1]) && toks[k + 2]?.kind === 'num'))) {
    currency = CURRENCY_CODES[t.text];
    k += 1;
    if (toks[k]?.text === '.') k++;
    if (toks[k]?.text === '$') k++;
  } else if (t.kind === 'sym' && CURRENCY_SYMBOLS[t.text]) {
    currency = CURRENCY_SYMBOLS[t.text];
    k += 1;
    if (t.text === '$' && toks[k]?.kind === 'word' && glued(toks[k]) && DOLLAR_SUFFIXES.has(toks[k].text) && toks[k + 1]?.kind === 'num' && glued(toks[k + 1])) {
      currency = CURRENCY_SYMBOLS[`$${toks[k].text}`] ?? 'dollar';
      k++;
    }
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
function isCodeNumber(toks: Tok[], i: number): boolean {
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
    if (/\p{Lu}/u.test(prev.text) && !MONTHS[w] && !FUNCTION_WORDS.has(w) && !WEEKDAYS.has(w) && !CURRENCY_CODES[prev.text] && !isCurrencyNation(w) && !isUnitAfter(toks, i)) {
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

function isUnitAfter(toks: Tok[], i: number): boolean {
  const n = toks[i + 1];
  if (!n) return false;
  if (n.text === '%') return true;
  return !!lookupUnit(n.text, !n.space) || !!PERCENT_WORDS[n.text.toLowerCase()];
}

/** The glued word after digits is a scale, unit, percent or ordinal suffix. */
function knownGlued(toks: Tok[], k: number): boolean {
  const w = toks[k].text;
  if (/^(st|nd|rd|th|s|bn|tn|mn|mln|m|M|k|K|b|B|pc|pct|am|pm|x|p|c)$/.test(w)) return true;
  if (lookupUnit(w, true)) return true;
  // "km/h", "m2", "A/cm2", "kWh"
  const two = w + (toks[k + 1] && glued(toks[k + 1]) ? toks[k + 1].text : '') + (toks[k + 2] && glued(toks[k + 2]) && glued(toks[k + 1]) ? toks[k + 2].text : '');
  if (lookupUnit(two, true) || lookupUnit(w + (toks[k + 1] && glued(toks[k + 1]) ? toks[k + 1].text : ''), true)) return true;
  if (CURRENCY_CODES[w]) return true;
  return false;
}

/** Parse a number core at i (digits, words, vague plural, fraction). */
function parseCore(toks: Tok[], i: number): NumberCore | null {
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
    const sc = (next === 'a' || next === 'an') ? SCALE_WORDS[lw(toks[i + 2])] ?? (lw(toks[i + 2]) === 'dozen' ? 12 : 0) : 0;
    if (sc && sc !== 100 && toks[i + 2].space) return { from: i, to: i + 2, value: sc / 2, scaled: sc >= 1000, words: true };
    // "half a percentage point", "half an hour": the unit follows
    if ((next === 'a' || next === 'an') && toks[i + 2] && (PERCENT_WORDS[`${lw(toks[i + 2])} ${lw(toks[i + 3])}`] || lookupUnit(toks[i + 2].text, false))) {
      return { from: i, to: i + 1, value: 0.5, scaled: false, words: true };
    }
    if (next === 'of' || next === 'a' || next === 'an' || next === 'the' || prev === 'a' || prev === 'one') {
      return { from: prev === 'a' || prev === 'one' ? i - 1 : i, to: i, value: 0.5, scaled: false, words: true, fraction: true };
    }
    return null;
  }
  if ((w === 'a' || w === 'one') && FRACTION_WORDS[lw(toks[i + 1])] && FRACTION_WORDS[lw(toks[i + 1])] > 2 && !/s$/.test(lw(toks[i + 1])) &&
    (lw(toks[i + 2]) === 'of' || (lw(toks[i + 1]) === 'quarter' && /^(point|percentage)$/.test(lw(toks[i + 2]))))) {
    return { from: i, to: i + 1, value: 1 / FRACTION_WORDS[lw(toks[i + 1])], scaled: false, words: true, fraction: true };
  }
  const words = parseNumberWords(toks, i);
  if (!words) return null;
  // "two-thirds", "three quarters of", "one-third"
  let k = words.to + 1;
  if (toks[k]?.text === '-' && glued(toks[k]) && glued(toks[k + 1])) k++;
  const den = FRACTION_WORDS[lw(toks[k])];
  const denWord = lw(toks[k]);
  const bareFraction = den && /s$/.test(denWord) && denWord !== 'quarters' || den && words.value === 1 && !/s$/.test(denWord) && denWord !== 'quarter';
  if (den && den > 2 && typeof words.value === 'number' && words.value < den && (toks[k - 1].text === '-' || lw(toks[k + 1]) === 'of' || bareFraction)) {
    return { from: i, to: k, value: words.value / den, scaled: false, words: true, fraction: true };
  }
  return words;
}

const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125 };

/** One side of a quantity: prefix + core + unit. */
interface Side {
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

function parseSide(ctx: Ctx, i: number): Side | null {
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

function currencyAfter(toks: Tok[], k: number): string | null {
  const t = toks[k];
  if (!t) return null;
  if (t.kind === 'word' && CURRENCY_CODES[t.text] && t.text.length >= 3) return CURRENCY_CODES[t.text];
  if (t.kind === 'sym' && CURRENCY_SYMBOLS[t.text] && t.text !== '$') return CURRENCY_SYMBOLS[t.text];
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
const SKIP = '\u0000skip';

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
  if (first.kind === 'word' && (PERCENT_WORDS[w2] && toks[k + 1].kind === 'word')) {
    const name = PERCENT_WORDS[w2];
    return { name, kind: 'percent', end: k + 1, spanEnd: k + 1 };
  }
  if (first.kind === 'word' && toks[k + 1]?.text === '-' && glued(toks[k + 1]) && lw(toks[k + 2]) === 'cent' && w1 === 'per') {
    return { name: 'percent', kind: 'percent', end: k + 2, spanEnd: k + 2 };
  }
  if (side.core.fraction && (w1 === 'point' || w1 === 'points')) return { name: 'percentage point', kind: 'percent', end: k, spanEnd: k };
  if (first.kind === 'word' && PERCENT_WORDS[w1] && (w1 !== 'pc' || isGlued) && (w1 !== 'bp' || isGlued)) {
    const name = PERCENT_WORDS[w1];
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
  if (first.kind === 'sym' && CURRENCY_SYMBOLS[first.text] && first.text !== '$') {
    return withPer(ctx, { name: CURRENCY_SYMBOLS[first.text], kind: 'money', end: k, spanEnd: k });
  }
  if (first.kind === 'word') {
    if (CURRENCY_CODES[first.text] && first.text.length >= 3 && !(toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].kind === 'word')) {
      let e = k;
      if (toks[k + 1]?.text === '=' && glued(toks[k + 1])) e = k + 1;
      return withPer(ctx, { name: CURRENCY_CODES[first.text], kind: 'money', end: e, spanEnd: side.spanEnd });
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
    } else if (kind === 'duration' && hyphen && toks[end + 1] && (toks[end + 1].kind === 'word' || CURRENCY_SYMBOLS[toks[end + 1].text])) {
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
function longestUnit(toks: Tok[], k: number, isGlued: boolean): { info: { name: string; kind: 'measure' | 'duration' | 'money' | 'percent' }; end: number } | null {
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

function parseAt(ctx: Ctx, i: number): Raw | null {
  const { toks } = ctx;
  const t = toks[i];
  if (t.kind === 'word' || t.kind === 'num') {
    const d = parseDate(ctx, i);
    if (d) return d;
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
    if (y) return y;
    // the second half of a code such as "555-1234" whose first half was not a figure
    if ((toks[i - 1]?.text === '-' || toks[i - 1]?.text === '–') && glued(t) && glued(toks[i - 1]) && toks[i - 2]?.kind === 'num') return skipRaw(i, i);
    // an age in apposition: "Smith, 52, said"
    if (/^\d{1,2}$/.test(t.text) && toks[i - 1]?.text === ',' && isCap(toks[i - 2]) && toks[i + 1]?.text === ',') return skipRaw(i, i);
  }
  if (t.kind === 'word' && ORDINAL_WORDS[lw(t)] !== undefined && lw(t) !== 'first' && lw(t) !== 'second') {
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

/** A year: "in 2019", "the 2019 list", "1990s", "2018-19"; not "2000 rpm" or "about 2000". */
function parseYear(toks: Tok[], i: number): Raw | null {
  const t = toks[i];
  if (!/^\d{4}$/.test(t.text)) return null;
  const y = +t.text;
  if (y < 1500 || y > 2199) return null;
  const prev = toks[i - 1];
  const decadePrefix = prev && prev.text === '-' && /^(mid|early|late|pre|post)$/.test(lw(toks[i - 2]));
  if (prev && glued(t) && !decadePrefix && (prev.kind === 'word' || /^[-−+$€£¥]$/.test(prev.text))) return null;
  if (qualifierBefore(toks, i) !== 'exact') return null;
  const nx = toks[i + 1];
  if (nx && glued(nx) && nx.text === 's' && !(toks[i + 2] && glued(toks[i + 2]) && toks[i + 2].kind === 'word')) return dateRaw(i, i + 1, t.text.slice(0, 3));
  if (nx && /^['’′]$/.test(nx.text) && glued(nx) && toks[i + 2]?.text === 's') return dateRaw(i, i, t.text);
  if (nx && (nx.text === '-' || nx.text === '–') && glued(nx) && /^\d{2}(?:\d{2})?$/.test(toks[i + 2]?.text ?? '') && glued(toks[i + 2])) return dateRaw(i, i + 2, t.text);
  if (nx && glued(nx) && nx.kind === 'word') return null;
  if (isUnitAfter(toks, i) || (nx && (SCALE_AFTER.test(nx.text) || currencyAfter(toks, i + 1) || longestUnit(toks, i + 1, false)))) return null;
  return dateRaw(i, i, t.text);
}
const SCALE_AFTER = /^(hundred|thousand|million|billion|trillion|bn|mn|m|k)$/i;

const UNITS_WORD_RE = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen)$/;

function skipRaw(from: number, to: number): Raw {
  return { from, to, end: to, kind: 'number', value: null, unit: null, counts: null, qualifier: 'exact', change: null, date: null, words: false, scaled: false };
}

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
  if (r.kind === 'duration' && r.qualifier !== 'exact' && /^(over|under|within|above|below)$/.test(lw(toks[x.from - 1]))) r.qualifier = 'exact';
  // "$3 million or more", "20 or so"
  if (lw(toks[r.end + 1]) === 'or' && r.qualifier === 'exact') {
    const w = lw(toks[r.end + 2]);
    if (/^(more|above|over|higher|greater)$/.test(w)) r.qualifier = 'at-least';
    else if (/^(less|fewer|under|below|lower)$/.test(w)) r.qualifier = 'at-most';
    else if (w === 'so') r.qualifier = 'approx';
  }
  if (x.from > 0 && toks[x.from - 1]?.text === '-' && lw(toks[x.from - 2]) === 'sub') r.qualifier = 'at-most';
  r.change = x.plus ? 'up' : changeAround(toks, x.from, r.end);
  return r;
}

function baseRaw(_ctx: Ctx, from: number, to: number, end: number, value: number | [number, number], unit: string | null, counts: string | null, words: boolean): Raw {
  return { from, to, end, kind: 'number', value, unit, counts, qualifier: 'exact', change: null, date: null, words, scaled: false };
}

function parseRange(ctx: Ctx, x: Side): Raw | null {
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
  r.qualifier = 'range';
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
  return r;
}

const QUAL_WORDS = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'just', 'only']);

function parseDigitsOrValue(toks: Tok[], s: Side): number {
  const t = toks[s.num];
  return t.kind === 'num' ? parseDigits(t.text) : typeof s.value === 'number' ? s.value / (s.mult || 1) : 0;
}

/** "from X to Y" with a few words between: "from $52,310 at 9.15am on Monday to $49,880". Single values only. */
function mergeFromRanges(ctx: Ctx, raws: Raw[]): void {
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
      qualifier: 'range',
      unit: ua ?? ub,
      kind: ua ? A.kind : B.kind,
      counts: A.counts ?? B.counts,
      change: A.value < B.value ? 'up' : A.value > B.value ? 'down' : null,
    };
    // the span covers "X ... to Y" only when short; otherwise it stays on X
    const gap = toks[B.from].start - toks[A.to].end;
    if (gap <= 12) merged.to = B.to;
    raws.splice(a, 2, ...(b === a + 1 ? [merged] : [merged, ...raws.slice(a + 1, b)]));
    if (b !== a + 1) raws.splice(a + 1 + (b - a - 1), 1);
  }
}

/** A bare number takes the unit of the quantity it is part of or runs to:
 * "collected 340 million of the 2.5 billion pesos", "from 11-13 mpg to 21". */
function inheritUnits(ctx: Ctx, raws: Raw[]): void {
  const { toks } = ctx;
  for (let a = 0; a < raws.length - 1; a++) {
    const A = raws[a];
    const B = raws[a + 1];
    if (A.kind === 'date' || A.kind === 'ordinal' || B.kind === 'date' || B.kind === 'ordinal') continue;
    // partitive: A "of the" B
    if (A.kind === 'number' && !A.unit && B.unit && typeof A.value === 'number') {
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
// Qualifier, change, counted noun

function qualifierBefore(toks: Tok[], from: number): Qualifier {
  const words: string[] = [];
  for (let k = from - 1; k >= 0 && words.length < 4; k--) {
    const t = toks[k];
    if (t.kind === 'word') words.unshift(t.text.toLowerCase());
    else if ((t.text === '~' || t.text === '≈' || t.text === '<' || t.text === '>' || t.text === '≤' || t.text === '≥') && (t.space || k === 0)) words.unshift(t.text);
    else if (t.text === '-' && !t.space && toks[k - 1] && lw(toks[k - 1]) === 'sub') continue;
    else break;
  }
  // skip focusing adverbs: "just under", "only about"
  const strip = (ws: string[]) => {
    while (ws.length && /^(just|only|still|already|now|well|a|the)$/.test(ws[ws.length - 1]) && !/^(a)$/.test(ws[ws.length - 1])) ws.pop();
    return ws;
  };
  const ws = strip(words.slice());
  const tail = ws.join(' ');
  for (const [phrase, q] of QUALIFIERS) {
    if (tail === phrase || tail.endsWith(` ${phrase}`)) {
      // "over" as in "took over 3 companies" still reads as at-least; "under 10" as at-most
      return q;
    }
  }
  return 'exact';
}

function changeAround(toks: Tok[], from: number, end: number): 'up' | 'down' | null {
  for (let k = from - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const w = lw(toks[k]);
    if (!w) {
      if (toks[k].text === '~') continue;
      break;
    }
    if (UP_WORDS.has(w)) return 'up';
    if (DOWN_WORDS.has(w)) return 'down';
    if (!CHANGE_FILLER.has(w)) break;
  }
  const nx = lw(toks[end + 1]);
  const unitful = end > from;
  if (unitful && (nx === 'up' || nx === 'down') && !/^(to|from|by|at|in|on)$/.test(lw(toks[end + 2]))) return nx === 'up' ? 'up' : 'down';
  if (nx === 'higher' || nx === 'increase' || nx === 'rise' || nx === 'gain' || nx === 'jump') return 'up';
  if (nx === 'lower' || nx === 'decrease' || nx === 'drop' || nx === 'decline' || nx === 'fall' || nx === 'cut') return 'down';
  return null;
}

const NP_STOP = new Set([
  'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'about', 'and', 'or', 'but', 'as', 'than', 'that', 'which',
  'who', 'whom', 'whose', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could', 'can',
  'may', 'might', 'should', 'must', 'do', 'did', 'does', 'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their',
  'his', 'her', 'our', 'my', 'your', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'last', 'next', 'ago', 'later',
  'earlier', 'each', 'apiece', 'more', 'less', 'fewer', 'up', 'down', 'over', 'under', 'into', 'out', 'off', 'after',
  'before', 'since', 'during', 'until', 'while', 'when', 'where', 'if', 'so', 'not', 'no', 'per', 'including', 'among',
  'against', 'between', 'through', 'across', 'behind', 'ahead', 'via', 'like', 'then', 'there', 'here', 'also', 'just',
  'only', 'even', 'still', 'yet', 'already', 'now', 'again', 'too', 'very', 'all', 'both', 'either', 'neither',
  'what', 'how', 'why', 'higher', 'lower', 'percent', 'times', 'total',
  'overall', 'combined', 'respectively', 'alone', 'left', 'remaining', 'worldwide', 'nationwide', 'globally',
  'annually', 'today', 'yesterday', 'tomorrow', 'tonight',
]);
const NOT_HEADS = new Set(['more', 'less', 'other', 'others', 'same', 'former', 'latter', 'many', 'much', 'few', 'several', 'such', 'own', 'different', 'new', 'top', 'record', 'additional', 'extra', 'further', 'straight', 'consecutive']);

/** Find what a bare number counts, in the words after token `after`. Sets kind count, unit, counts. */
function fillCounts(ctx: Ctx, r: Raw, after: number, viaOf = false): void {
  const { toks, text } = ctx;
  let keepEnd = false;
  let k = after + 1;
  if (viaOf) {
    if (lw(toks[k]) !== 'of') return;
    k++;
    while (toks[k] && /^(the|a|an|its|their|his|her|our|my|your|these|those|all)$/.test(lw(toks[k]))) k++;
    // "one of its two hospitals": the other number stays a figure of its own
    if (toks[k] && (toks[k].kind === 'num' || NUMBERISH.test(toks[k].text)) && toks[k + 1]?.kind === 'word' && !/^(of|percent|per)$/i.test(toks[k + 1].text)) {
      k++;
      keepEnd = true;
    }
    // "millions of dollars", "hundreds of miles"
    const cur = currencyAfter(toks, k);
    if (cur) {
      r.kind = 'money';
      r.unit = cur;
      r.end = Math.max(r.end, k);
      return;
    }
    const u = longestUnit(toks, k, false);
    if (u) {
      r.kind = u.info.kind === 'duration' ? 'duration' : 'measure';
      r.unit = u.info.name;
      r.end = Math.max(r.end, u.end);
      return;
    }
  }
  let first = toks[k];
  // "35 737 Max jets": a model number opens the counted phrase
  if (first && first.kind === 'num' && first.space && /^\d+$/.test(first.text) && isCap(toks[k + 1]) && toks[k + 1].space) first = toks[k + 1];
  if (!first || first.kind !== 'word' || !first.space && !(toks[k - 1]?.text === '-')) {
    // hyphenated noun: "a three-point range", "5-mpg" handled as units; "10-member"
    if (first && first.text === '-' && glued(first) && toks[k + 1]?.kind === 'word' && glued(toks[k + 1])) {
      const w = toks[k + 1];
      if (!NP_STOP.has(lw(w)) && !/(?:ly|ed|ing)$/.test(lw(w)) && !ORDINAL_WORDS[lw(w)]) {
        r.kind = 'count';
        r.unit = singular(w.text);
        r.counts = w.text;
        r.end = Math.max(r.end, k + 1);
      }
    }
    return;
  }
  if (NP_STOP.has(lw(first)) || MONTHS[lw(first)] && isCap(first) || WEEKDAYS.has(lw(first)) || NUMBERISH.test(first.text)) return;
  // candidate words: up to 5 word tokens (hyphenated compounds kept whole), stopping at punctuation
  const cand: { s: number; e: number; text: string; ti: number }[] = [];
  const startJ = k;
  for (let j = k; j < toks.length && cand.length < 5; j++) {
    const t = toks[j];
    // a tab or line break ends the phrase (tables, transcripts)
    if (j > 0 && t.space && /[\t\n\r]/.test(text.slice(toks[j - 1].end, t.start))) break;
    if (t.kind === 'word' || (t.kind === 'num' && (cand.length > 0 || j === startJ) && isCap(toks[j + 1]))) {
      if (!t.space && cand.length && (toks[j - 1].text === '-' || toks[j - 1].text === '’' || toks[j - 1].text === "'")) {
        const c = cand[cand.length - 1];
        c.e = t.end;
        c.text = text.slice(c.s, c.e);
        c.ti = j;
        continue;
      }
      cand.push({ s: t.start, e: t.end, text: t.text, ti: j });
    } else if ((t.text === '-' || t.text === '’' || t.text === "'") && !t.space && toks[j + 1] && !toks[j + 1].space && toks[j + 1].kind === 'word') {
      continue;
    } else break;
  }
  if (!cand.length) return;
  // the phrase ends at the first function word (coordination "X and Y nouns" aside)
  const stopAt = cand.findIndex((c, ci) => ci > 0 && NP_STOP.has(c.text.toLowerCase()) && !(/^(and|or)$/i.test(c.text) && ci < 3));
  if (stopAt > 0) cand.length = stopAt;
  const tags = tagWindow(ctx, cand, r.value === 1);
  let head = -1;
  for (let c = 0; c < cand.length; c++) {
    const w = cand[c].text.toLowerCase();
    const tg = tags[c];
    // "print and online editions", "red and blue vans": coordinated modifiers of one plural head
    if (c > 0 && (w === 'and' || w === 'or') && c + 1 < cand.length && (head < 0 || !/s$/i.test(cand[head].text) && cand.slice(c + 1, c + 3).some((x) => /[^s]s$/.test(x.text) && x.text === x.text.toLowerCase()))) continue;
    if (c > 0 && NP_STOP.has(w)) break;
    if (c === 0 && /^(most|least|more)$/.test(w) && cand.length > 1) continue;
    const noun = tg.has('Noun') && !tg.has('Pronoun') && !(isCap(ctx.toks[cand[c].ti]) && tg.has('Verb'));
    const nextW = cand[c + 1]?.text.toLowerCase() ?? '';
    const adj = tg.has('Adjective') || tg.has('Value') && (c > 0 || /^\d+$/.test(cand[c].text)) || tg.has('Date') && !tg.has('Noun') || tg.has('Superlative') || tg.has('Comparable');
    // right after a number, a bare verb form is usually the counted noun: "19 fouls", "one hand", "one point"
    // after a singular modifier of a plural count, an "-s" form is the plural head: "4.2 million customer records"
    const pluralAfterModifier = c > 0 && head === c - 1 && /[^su]s$/.test(w) && tg.has('PresentTense') && !/[^su]s$/.test(cand[c - 1].text) &&
      typeof r.value === 'number' && Number.isInteger(r.value) && r.value > 1 && !/^(to|that|it|them|him|her|us|you|the|a|an|this|these|those|we|they|i)$/.test(nextW);
    const pluralVerbFirst = pluralAfterModifier || c === 0 && (tg.has('PresentTense') || tg.has('Infinitive')) && !tg.has('PastTense') && !tg.has('Gerund') && !tg.has('Copula') && !tg.has('Modal') && !/^(to|that|it|them|him|her|us|you|the|a|an|this|these|those|we|they|i)$/.test(nextW) && (/[^s]s$/.test(w) ? typeof r.value !== 'number' || r.value !== 1 : typeof r.value === 'number' && r.value === 1);
    if (noun || pluralVerbFirst) {
      if (tg.has('Verb') && !noun && !pluralVerbFirst) break;
      head = c;
      // a plural noun usually ends the phrase ("14 farmers while", "31 points in"); a singular may modify the next
      if (/[^s]s$/.test(w) && !isCap(ctx.toks[cand[c].ti]) && !(tags[c + 1]?.has('Noun') && /s$/.test(cand[c + 1]?.text ?? '') && !tags[c + 1]?.has('Verb'))) break;
      continue;
    }
    if (adj && !tg.has('Verb')) continue;
    if (tg.has('Verb') && (/(?:ed|ing)$/.test(w) || tg.has('Participle')) && tags[c + 1]?.has('Noun') && !tags[c + 1]?.has('Pronoun')) continue;
    // a noun read as a verb inside a compound: "Ohio fire crews"
    if (tg.has('Verb') && head === c - 1 && !/s$/.test(w) && tags[c + 1]?.has('Plural') && !tags[c + 1]?.has('Verb')) continue; // "250 painted doors", "shipping containers"
    break;
  }
  if (head < 0) return;
  const hw = cand[head].text.toLowerCase();
  if (NOT_HEADS.has(hw)) return;
  r.kind = 'count';
  let first0 = 0;
  while (first0 < head && /^(most|least|more)$/i.test(cand[first0].text)) first0++;
  r.counts = text.slice(cand[first0].s, cand[head].e);
  const parts = cand[head].text.split(/[-’']/);
  r.unit = singular(/^s$/i.test(parts[parts.length - 1]) ? cand[head].text.replace(/[’']s$/, '') : parts.length > 1 && /^(old|long|wide|high|deep|strong|based|owned)$/i.test(parts[parts.length - 1]) ? parts[0] : parts[parts.length - 1]);
  if (!keepEnd) r.end = Math.max(r.end, cand[head].ti);
  const asUnit = lookupUnit(cand[head].text, false);
  if (head === 0 && asUnit?.kind === 'duration') r.kind = 'duration';
}

/** Part-of-speech tags for the candidate words: compromise on the short window, or its word list for the plain case. */
function tagWindow(ctx: Ctx, cand: { s: number; e: number; text: string }[], one: boolean): Set<string>[] {
  // plain case: a single lower-case word before a stop ("9000 nurses in", "31 points,")
  if (cand.length === 1 || NP_STOP.has(cand[1].text.toLowerCase())) {
    const w = cand[0].text;
    const lex = lexiconTags(w);
    if (/^\p{Lu}{2,}$/u.test(w) && !lex.has('Verb') && !lex.has('Pronoun')) return [new Set(['Noun', 'Acronym']), ...cand.slice(1).map(() => new Set<string>(['Preposition']))];
    if (/^\p{Ll}[\p{Ll}]*$/u.test(w) && !lex.has('Verb') && !lex.has('Adjective') && !lex.has('Adverb') && !lex.has('?') && lex.has('Noun')) {
      return [lex, ...cand.slice(1).map(() => new Set<string>(['Preposition']))];
    }
  }
  if (ctx.budget.nlp <= 0) {
    return cand.map((c) => {
      const t = lexiconTags(c.text);
      t.delete('?');
      return t;
    });
  }
  ctx.budget.nlp--;
  const out = cand.map(() => new Set<string>());
  const from = cand[0].s;
  const window = ctx.text.slice(from, cand[cand.length - 1].e);
  // a number in front keeps compromise reading the words as a noun phrase
  const lead = one ? 'one ' : '3 ';
  const terms = windowTerms(`${lead}${window}`);
  for (const term of terms) {
    const at = from + term.start - lead.length;
    const idx = cand.findIndex((c) => at >= c.s && at < c.e);
    if (idx >= 0) for (const t of term.tags) out[idx].add(t);
  }
  return out;
}

interface WindowTerm {
  start: number;
  tags: string[];
}

/** compromise's reading of a short window, memoised by the window's text (the same windows recur across edits). */
const WINDOW_MEMO = new Map<string, WindowTerm[]>();
const WINDOW_MEMO_MAX = 20000;

function windowTerms(window: string): WindowTerm[] {
  const hit = WINDOW_MEMO.get(window);
  if (hit) return hit;
  const json = nlp(window).json({ offset: true }) as { terms: { tags: string[]; offset: { start: number } }[] }[];
  const terms = json.flatMap((x) => x.terms).map((t) => ({ start: t.offset.start, tags: t.tags }));
  if (WINDOW_MEMO.size >= WINDOW_MEMO_MAX) WINDOW_MEMO.clear();
  WINDOW_MEMO.set(window, terms);
  return terms;
}

let LEXICON: Record<string, string | string[]> | null = null;
const NOUNISH = /^(Plural|Singular|Noun|Actor|ProperNoun|Place|Country|City|Region|Organization|FirstName|LastName|Uncountable|Person|Unit|Acronym|Currency|Duration)$/;
const VERBISH = /^(PresentTense|Infinitive|PastTense|Gerund|Verb|Copula|Modal|Auxiliary|PhrasalVerb|Participle)$/;

/** Tags from compromise's word list; "?" marks a word whose part of speech depends on context. */
function lexiconTags(word: string): Set<string> {
  if (!LEXICON) LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const w = word.toLowerCase();
  const out = new Set<string>();
  const raw = LEXICON[w];
  const tags = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  for (const t of tags) {
    out.add(t);
    if (NOUNISH.test(t)) out.add('Noun');
    if (VERBISH.test(t)) out.add('Verb');
    if (t === 'Plural') out.add('Noun');
  }
  const hasNoun = out.has('Noun');
  const hasVerb = out.has('Verb');
  if (!tags.length) {
    if (/ly$/.test(w)) out.add('Adverb');
    else if (/(?:ed|ing|ous|ive|al|ic|ful|less|able|ible|ary|ish)$/.test(w) || /-/.test(w)) out.add('?');
    else if (/[^su]s$/.test(w)) {
      out.add('Noun').add('Plural');
    } else out.add('Noun').add('Singular');
  } else if (hasVerb && !hasNoun) {
    // "fouls", "shares" right after a number are nouns; later verbs end the phrase only in context
    out.add('?');
  }
  if (/^\p{Lu}/u.test(word) && !hasVerb && !out.has('Determiner') && !out.has('Preposition') && !out.has('Conjunction') && !out.has('Pronoun')) out.add('Noun');
  return out;
}
