/**
 * Figures: counts, money, percentages, measures, durations, dates and ordinals, with exact spans.
 * A hand-written, linear number grammar over each sentence's tokens (numbers.ts, units.ts); compromise is used only
 * to find the counted noun phrase in a short window after a number.
 */
import { exactDecimal, tokenize } from '../numbers';
import type { Doc, Paragraph, Sentence } from '../text';
import type { Figure } from '../types';
import { lendAppositions } from './amount-subjects';
import { mayStartAt, parseAt } from './assembly';
import { NUMBERISH_WORDS } from './shared';
import { mergeFromRanges, inheritUnits } from './ranges';
import type { Raw, Ctx } from './shared';


/**
 * Numbers with what they count, money, percentages, measures and dates, in document order. `nlpBudget`: how many
 * compromise calls this document may make; beyond it a cheaper word-list rule finds counted nouns.
 */
export function extractFigures(doc: Doc, nlpBudget = NLP_BUDGET): Figure[] {
  const out: Figure[] = [];
  const budget = { nlp: nlpBudget };
  for (let k = 0; k < doc.paragraphs.length; k++) {
    const figures = paragraphFigures(doc, doc.paragraphs[k], budget);
    for (let x = 0; x < figures.length; x++) out.push(figures[x]);
  }
  return out;
}

function runParagraph(text: string, p: Paragraph, budget: { nlp: number }): Figure[] {
  const out: Figure[] = [];
  for (let k = 0; k < p.sentences.length; k++) {
    const figures = sentenceFigures(text, p.sentences[k], budget);
    for (let x = 0; x < figures.length; x++) out.push(figures[x]);
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
    const hit = cache.get<{ figures: Figure[]; calls: number }>(name, p.text);
    if (hit) return { figures: hit.figures.map((f) => shiftFigure(f, p.start)), calls: hit.calls };
    const result = compute();
    cache.set(name, p.text, { figures: result.figures.map((f) => shiftFigure(f, -p.start)), calls: result.calls });
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

/** A sentence with no number may still hold a date: a month alone as a deadline ("by the end of June"). */
const DEADLINE_MONTH = /\b(?:by|before|until|of|than) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/**
 * Whether a sentence may hold a number token or a NUMBERISH word, read from its text: most sentences without one are
 * passed over before they are tokenised. NUMBERISH's words are ASCII, so ASCII letters around one are what can make it
 * part of a longer word (it matches a little more than the tokens would: never less). One pass, no look-behind.
 */
const MAY_HOLD_NUMBER = new RegExp(`\\d|(?:^|[^A-Za-z])(?:${[...NUMBERISH_WORDS].join('|')})(?![A-Za-z])`, 'i');

/** Figures of one sentence, in order. */
function sentenceFigures(text: string, s: Sentence, budget: { nlp: number }): Figure[] {
  if (!MAY_HOLD_NUMBER.test(s.text) && !DEADLINE_MONTH.test(s.text)) return [];
  const toks = tokenize(text, s.start, s.end);
  if (!toks.some((t) => t.kind === 'num' || NUMBERISH_WORDS.has(t.lower)) && !DEADLINE_MONTH.test(s.text)) return [];
  const ctx: Ctx = { text, toks, budget };
  const raws: Raw[] = [];
  // Most sentences hold no address: their figures are found without looking for one.
  const masked = MAY_HOLD_ADDRESS.test(s.text) ? maskedRanges(s.text, s.start) : NONE_MASKED;
  let m = 0;
  let i = 0;
  while (i < toks.length) {
    if (!mayStartAt(toks, i)) {
      i++;
      continue;
    }
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
  if (!raws.length) return [];
  mergeFromRanges(ctx, raws);
  inheritUnits(ctx, raws);
  lendAppositions(ctx, raws);
  return raws
    .filter((r) => r.kind !== 'number' || r.value !== null)
    .map((r) => toFigure(ctx, r));
}

const MAY_HOLD_ADDRESS = /[/@_]|www\./;
const NONE_MASKED: ReadonlyArray<[number, number]> = [];

/** Offsets [start, end) of URLs, e-mail addresses, snake_case identifiers and paths in a sentence starting at `start`. */
function maskedRanges(sentence: string, start: number): [number, number][] {
  const out: [number, number][] = [];
  const CHUNK = /[^\s<>"“”()[\]]+/g;
  for (let m = CHUNK.exec(sentence); m; m = CHUNK.exec(sentence)) {
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
