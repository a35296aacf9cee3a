/** Types and small token tests shared by the figure grammar's stages. */
import type { Tok } from '../numbers';
import type { Figure } from '../types';

/** A figure while it is parsed: token indices instead of offsets, and what the later stages need to know. */
export interface Raw extends Omit<Figure, 'start' | 'end' | 'text'> {
  from: number; // token index of the first token of the span
  to: number; // token index of the last token of the span
  end: number; // token index of the last token that belongs to the figure (unit words included)
  words: boolean;
  scaled: boolean;
}

export interface Unit {
  name: string;
  kind: 'money' | 'percent' | 'measure' | 'duration' | 'age';
  /** Last token index of the unit. */
  end: number;
  /** Last token index that belongs to the span ("%" and "percent" do, "miles" does not). */
  spanEnd: number;
}

export interface Ctx {
  text: string;
  toks: Tok[];
  budget: { nlp: number };
}

export const lw = (t: Tok | undefined) => (t ? t.lower : '');
export const isCap = (t: Tok | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
export const glued = (t: Tok | undefined) => !!t && !t.space;

export const FUNCTION_WORDS = new Set([
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

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words that may be (part of) a number: a sentence without one of them or a digit holds no figure but a deadline month. */
export const NUMBERISH_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'dozens', 'hundreds',
  'thousands', 'millions', 'billions', 'tens', 'half', 'third', 'thirds', 'quarter', 'quarters', 'a',
]);
export const NUMBERISH = new RegExp(`^(?:${[...NUMBERISH_WORDS].join('|')})$`, 'i');

export function skipRaw(from: number, to: number): Raw {
  return { from, to, end: to, kind: 'number', value: null, unit: null, counts: null, qualifier: 'exact', change: null, date: null, words: false, scaled: false };
}

export function baseRaw(_ctx: Ctx, from: number, to: number, end: number, value: number | [number, number], unit: string | null, counts: string | null, words: boolean): Raw {
  return { from, to, end, kind: 'number', value, unit, counts, qualifier: 'exact', change: null, date: null, words, scaled: false };
}

export const QUAL_WORDS = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'just', 'only']);
