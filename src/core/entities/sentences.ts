/**
 * The first stage: each sentence's tokens (quoted or not) and name mentions, memoised per paragraph when the
 * document is analysed incrementally.
 */
import { sentenceInfo, type SentenceInfo } from '../cues';
import { findNameMentions, type NameMention } from '../names';
import type { Doc, Paragraph } from '../text';
import { sharedString } from '../cache';
import { tokenize, type QuoteMarks, type Token } from '../tokens';

interface Tokenised {
  tokens: Token[];
  mentions: NameMention[];
}

/** A sentence's tokens as the memo keeps them: offsets and flags side by side in typed arrays, not an object each. */
interface PackedTokens {
  starts: Int32Array;
  ends: Int32Array;
  /** word 1, cap 2, quoted 4. */
  flags: Uint8Array;
  text: string[];
  lower: string[];
}

/** The sentences of the document, in order, with tokens marked quoted inside any of the quotation marks. */
export function readSentences(doc: Doc, marks: QuoteMarks[]): SentenceInfo[] {
  const { text } = doc;
  const intervals = marks.map((m) => [m.open, m.close + Math.max(0, m.closeLen - 1)] as const).sort((a, b) => a[0] - b[0]);
  // Tokens are asked about in document order and the marks' spans do not overlap: one pointer walks them once.
  let next = 0;
  const quoted = (pos: number) => {
    while (next < intervals.length && intervals[next][1] < pos) next++;
    return next < intervals.length && intervals[next][0] <= pos;
  };
  const sentences: SentenceInfo[] = [];
  const marksOf = groupMarks(doc, marks);
  doc.paragraphs.forEach((p, pi) => {
    const compute = (): Tokenised[] => p.sentences.map((s) => {
      const tokens = tokenize(text, s.start, s.end, quoted);
      return { tokens, mentions: findNameMentions(text, tokens, sentences.length) };
    });
    const tokenised = tokenisedParagraph(doc, p, marksOf[pi], compute);
    for (let k = 0; k < tokenised.length; k++) {
      const t = tokenised[k];
      const i = sentences.length;
      for (let x = 0; x < t.mentions.length; x++) t.mentions[x].sentence = i;
      sentences.push(sentenceInfo(i, pi, t.tokens, t.mentions));
    }
  });
  return sentences;
}

/** The quotation marks of each paragraph (they decide which tokens are quoted). */
function groupMarks(doc: Doc, marks: QuoteMarks[]): QuoteMarks[][] {
  const out: QuoteMarks[][] = doc.paragraphs.map(() => []);
  for (const m of marks) out[m.paragraph].push(m);
  return out;
}

/**
 * Tokens and name mentions of a paragraph's sentences. When analysing incrementally they are memoised by the
 * paragraph's text and its quotation marks, stored relative to the paragraph, and handed out as fresh objects
 * (clustering later fills in canonical names and genders, so cached objects are never shared).
 */
function tokenisedParagraph(doc: Doc, p: Paragraph, marks: QuoteMarks[], compute: () => Tokenised[]): Tokenised[] {
  const cache = doc.cache;
  if (!cache) return compute();
  const base = p.start;
  const key = `entities\u0000${marks.map((m) => `${m.open - base},${m.close - base},${m.openLen},${m.closeLen}`).join(';')}`;
  let rel = cache.get<Array<{ tokens: PackedTokens; mentions: NameMention[] }>>(key, p.text);
  if (!rel) {
    const fresh = compute();
    rel = fresh.map((t) => ({ tokens: packTokens(t.tokens, -base), mentions: t.mentions.map((m) => shiftMention(m, -base)) }));
    cache.set(key, p.text, rel);
    return fresh;
  }
  return rel.map((t) => ({ tokens: unpackTokens(t.tokens, base), mentions: t.mentions.map((m) => shiftMention(m, base)) }));
}

function packTokens(tokens: Token[], d: number): PackedTokens {
  const n = tokens.length;
  const packed: PackedTokens = { starts: new Int32Array(n), ends: new Int32Array(n), flags: new Uint8Array(n), text: new Array<string>(n), lower: new Array<string>(n) };
  tokens.forEach((t, k) => {
    packed.starts[k] = t.start + d;
    packed.ends[k] = t.end + d;
    packed.flags[k] = (t.word ? 1 : 0) | (t.cap ? 2 : 0) | (t.quoted ? 4 : 0);
    packed.text[k] = sharedString(t.text);
    packed.lower[k] = t.lower === t.text ? packed.text[k] : sharedString(t.lower);
  });
  return packed;
}

/** The tokens as tokenize() makes them (the same fields in the same order), moved by `d`. */
function unpackTokens(p: PackedTokens, d: number): Token[] {
  const out = new Array<Token>(p.starts.length);
  for (let k = 0; k < out.length; k++) {
    const f = p.flags[k];
    out[k] = { start: p.starts[k] + d, end: p.ends[k] + d, text: p.text[k], lower: p.lower[k], word: (f & 1) !== 0, cap: (f & 2) !== 0, quoted: (f & 4) !== 0 };
  }
  return out;
}

const shiftMention = (m: NameMention, d: number): NameMention => ({ ...m, start: m.start + d, end: m.end + d, nameStart: m.nameStart + d, nameEnd: m.nameEnd + d });
