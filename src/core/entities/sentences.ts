/**
 * The first stage: each sentence's tokens (quoted or not) and name mentions, memoised per paragraph when the
 * document is analysed incrementally.
 */
import { sentenceInfo, type SentenceInfo } from '../cues';
import { findNameMentions, type NameMention } from '../names';
import type { Doc, Paragraph } from '../text';
import { tokenize, type QuoteMarks, type Token } from '../tokens';

interface Tokenised {
  tokens: Token[];
  mentions: NameMention[];
}

/** The sentences of the document, in order, with tokens marked quoted inside any of the quotation marks. */
export function readSentences(doc: Doc, marks: QuoteMarks[]): SentenceInfo[] {
  const { text } = doc;
  const intervals = marks.map((m) => [m.open, m.close + Math.max(0, m.closeLen - 1)] as const).sort((a, b) => a[0] - b[0]);
  const quoted = (pos: number) => {
    let lo = 0, hi = intervals.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = intervals[mid];
      if (pos < s) hi = mid - 1;
      else if (pos > e) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const sentences: SentenceInfo[] = [];
  const marksOf = groupMarks(doc, marks);
  doc.paragraphs.forEach((p, pi) => {
    const compute = (): Tokenised[] => p.sentences.map((s) => {
      const tokens = tokenize(text, s.start, s.end, quoted);
      return { tokens, mentions: findNameMentions(text, tokens, sentences.length) };
    });
    for (const t of tokenisedParagraph(doc, p, marksOf[pi], compute)) {
      const i = sentences.length;
      for (const m of t.mentions) m.sentence = i;
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
  let rel = cache.get<Tokenised[]>(key, p.text);
  if (!rel) {
    const fresh = compute();
    rel = fresh.map((t) => ({ tokens: t.tokens.map((x) => shiftToken(x, -base)), mentions: t.mentions.map((m) => shiftMention(m, -base)) }));
    cache.set(key, p.text, rel);
    return fresh;
  }
  return rel.map((t) => ({ tokens: t.tokens.map((x) => shiftToken(x, base)), mentions: t.mentions.map((m) => shiftMention(m, base)) }));
}

const shiftToken = (t: Token, d: number): Token => ({ ...t, start: t.start + d, end: t.end + d });
const shiftMention = (m: NameMention, d: number): NameMention => ({ ...m, start: m.start + d, end: m.end + d, nameStart: m.nameStart + d, nameEnd: m.nameEnd + d });
