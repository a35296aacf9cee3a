/**
 * Cheap, offset-exact segmentation of a document into paragraphs and sentences.
 * Every extractor works on these spans, so offsets stay exact without re-parsing the whole text.
 */
import { memoParagraph, type ParagraphCache } from './cache';
import type { Span } from './types';

export interface Sentence extends Span {
  /** Index of the paragraph that holds this sentence. */
  paragraph: number;
}

export interface Paragraph extends Span {
  sentences: Sentence[];
}

export interface Doc {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Present when analysing incrementally: extractors memoise per-paragraph work in it (see cache.ts). */
  cache?: ParagraphCache;
}

/** Abbreviations whose full stop does not end a sentence (lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'e.g', 'i.e', 'approx', 'est', 'dept', 'univ', 'assn', 'fig',
  'ft', 'mt', 'ave', 'blvd', 'rd', 'del', 'calif', 'mass', 'conn', 'penn', 'wash', 'ariz', 'fla', 'ill', 'mich', 'minn',
]);

/** Abbreviations after which a new sentence may still start when a capital follows (e.g. "the U.S. It is"). */
const AMBIGUOUS_AT_END = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'etc', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr']);

/** Split text into paragraphs (blank lines, or single lines that end a sentence) and sentences. */
export function segment(text: string, cache?: ParagraphCache): Doc {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const blank = /\r?\n[ \t\u00a0]*(?:\r?\n|\r)|\r[ \t\u00a0]*\r/g;
  let from = 0;
  const pushParagraph = (start: number, end: number) => {
    const trimmed = trimSpan(text, start, end);
    if (!trimmed) return;
    const index = paragraphs.length;
    const spans = memoParagraph(cache, 'sentences', trimmed.text, trimmed.start, () => splitSentences(text, trimmed.start, trimmed.end));
    // One object shape whether the spans are fresh or a memo's shifted copies (cache.ts builds those key by key): a
    // stage's optimised code that met only one shape would be thrown away when the other comes.
    const own = spans.map((s): Sentence => ({ start: s.start, end: s.end, text: s.text, paragraph: index }));
    // Written out: a spread that adds a field rebuilds the object's shape on every call (microseconds, even optimised).
    paragraphs.push({ start: trimmed.start, end: trimmed.end, text: trimmed.text, sentences: own });
    sentences.push(...own);
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    pushParagraph(from, m.index);
    from = m.index + m[0].length;
  }
  pushParagraph(from, text.length);
  return { text, paragraphs, sentences, cache };
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : null;
}

/** Longest sentence, in UTF-16 code units; real sentences are far shorter. */
const MAX_SENTENCE = 1500;

const CLOSERS = '"\'”’)]»';
const STOPS = /[\n\r.!?]/g;
const OPENERS = '"\'“‘([«';

/** Sentence spans inside [start, end). Line breaks end a sentence after terminal punctuation or a heading-like line. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let sentenceStart = start;
  const emit = (to: number) => {
    // A "sentence" longer than any real one (a pasted table, a line of symbols) is cut into pieces, so that every
    // per-sentence pass stays linear in the document however the text is shaped.
    let from = sentenceStart;
    while (to - from > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', from + MAX_SENTENCE);
      if (cut <= from + MAX_SENTENCE / 2) cut = from + MAX_SENTENCE;
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--; // never split a surrogate pair
      const piece = trimSpan(text, from, cut);
      if (piece) out.push(piece);
      from = cut;
    }
    const s = trimSpan(text, from, to);
    if (s) out.push(s);
  };
  // Only line breaks and terminal punctuation can end a sentence: the pattern finds the next one natively (in the
  // span alone, so a search never runs on past it).
  const span = text.slice(start, end);
  for (let i = start; i < end; i++) {
    STOPS.lastIndex = i - start;
    const stop = STOPS.exec(span);
    if (!stop) break;
    i = start + stop.index;
    const c = stop[0];
    if (c === '\n' || c === '\r') {
      if (lineEndsSentence(text, sentenceStart, i, end)) {
        emit(i);
        sentenceStart = i + 1;
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < end && CLOSERS.includes(text[j])) j++;
    if (j < end && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end) break;
    if (c === '.' && !startsSentence(text, i, k)) continue;
    const next = text[k];
    if (!/[\p{Lu}\p{N}]/u.test(next) && !OPENERS.includes(next) && !/[-*•#]/.test(next)) continue;
    emit(j);
    sentenceStart = k;
    i = k - 1;
  }
  emit(end);
  return out;
}

/** Whether the full stop at `dot` may end a sentence whose next token starts at `next`. */
function startsSentence(text: string, dot: number, next: number): boolean {
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (!word) return true;
  if (/^\p{L}$/u.test(word)) return false; // an initial: "J. Smith"
  // Initials ("G.K. Roe", "J.R.R. Tolkien") read like "U.S.": a sentence ends after them only before a clause opener.
  const initials = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (ABBREVIATIONS.has(word) || initials) {
    if (!AMBIGUOUS_AT_END.has(word) && !initials) return false;
    // "the U.S. It is ..." ends; "the U.S. Navy said ..." does not: a capitalised function word signals a new sentence.
    const nextWord = /^[\p{L}’']+/u.exec(text.slice(next, next + 20))?.[0] ?? '';
    return /^(The|It|He|She|They|We|I|But|And|In|On|A|An|This|That|These|Those|There|Its|His|Her|Their|Our|As|At|For|If|So|Yet)$/.test(nextWord);
  }
  return true;
}

function lineEndsSentence(text: string, sentenceStart: number, newline: number, end: number): boolean {
  let p = newline;
  while (p > sentenceStart && /[ \t]/.test(text[p - 1])) p--;
  const line = text.slice(text.lastIndexOf('\n', p - 1) + 1, p);
  if (/[.!?:;"”’)\]]$/.test(line)) return true;
  // Markdown structure: headings and list items stand alone.
  if (/^\s*(#{1,6}\s|[-*+•]\s|\d+[.)]\s|>)/.test(line)) return true;
  let q = newline + 1;
  while (q < end && /[ \t]/.test(text[q])) q++;
  if (/^(#{1,6}\s|[-*+•]\s|\d+[.)]\s|>)/.test(text.slice(q, q + 4))) return true;
  // A short line without a full stop reads as a heading or a transcript line.
  return line.trim().length < 60 && !/[,\p{Ll}]$/u.test(line.trim());
}

/**
 * Indices of `items` grouped by the sentence each starts in (items outside every sentence are left out).
 * Both lists are walked once, after sorting the items by start.
 */
export function indicesBySentence(sentences: Span[], items: ReadonlyArray<{ start: number }>): Map<number, number[]> {
  const map = new Map<number, number[]>();
  const order = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start);
  let si = 0;
  for (const i of order) {
    const start = items[i].start;
    while (si < sentences.length && sentences[si].end <= start) si++;
    if (si >= sentences.length) break;
    if (sentences[si].start > start) continue;
    const list = map.get(si) ?? [];
    list.push(i);
    map.set(si, list);
  }
  return map;
}
