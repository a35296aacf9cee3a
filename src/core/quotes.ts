/**
 * Direct and partial quotes with their speakers. Quotation marks are paired per paragraph (tokens.ts); the speaker
 * comes from a cue after the quote ("…,” she said), before it ("X said: “…”", "according to X"), the clause subject
 * for a gerund cue ("Beijing sent a letter … asking … “…”"), or the previous quote of the same paragraph or of the
 * paragraph the quote continues.
 */
import { cuesIn, subjectBefore } from './cues';
import { extractEntities, type Entities } from './entities';
import { quoteKind, isSpurious } from './quote-kind';
import { attribute, type Attribution } from './quote-speaker';
import type { SpeakerRanker } from './speakers/rank';
import type { Doc } from './text';
import type { Quote, Span } from './types';

const TITLE_BEFORE = /\b(?:titled|entitled|headlined|dubbed|book|show|film|movie|documentary|song|album|commentary|column|essay|op-ed|spot|programme|series|episode|podcast|novel|poem|slogan|hashtag)[\s,]*$/i;

/**
 * Direct and partial quotes with their speakers, in document order. `ranker`: a learned speaker ranker for "he said" /
 * "the official said" (src/core/speakers), off by default: on PolNeAR train folds it beat the rules by 1.9 F1 on silver
 * referents, but on dev's hand-resolved pronouns it lost 2.2 (81.8 against 84.0), so the rules decide until it wins on
 * both (`npm run eval -- --part polnear`).
 */
export function extractQuotes(doc: Doc, entities: Entities, ranker: SpeakerRanker | null = null): Quote[] {
  const ctx = entities.context ?? extractEntities(doc).context!;
  const { text } = doc;
  const out: Quote[] = [];
  const attributions: (Attribution | null)[] = [];
  const unclosed: boolean[] = [];
  const marks = [...ctx.marks].sort((a, b) => a.open - b.open);
  const sentenceAt = makeSentenceLookup(doc);
  const sourceBySentence = new Map(entities.sources.map((x) => [x.sentence, x]));

  for (let qi = 0; qi < marks.length; qi++) {
    const m = marks[qi];
    let start = m.open + m.openLen;
    let end = m.close;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) continue;
    const quoteText = text.slice(start, end);
    const sOpen = sentenceAt(m.open);
    const sClose = sentenceAt(Math.max(m.open, m.close - 1));
    if (sOpen < 0 || sClose < 0) continue;
    const openInfo = ctx.sentences[sOpen];
    const closeInfo = ctx.sentences[sClose];
    if (isSpurious(text, m, quoteText)) continue;
    if (text[m.open - 1] === '=') continue; // markup attribute: pic="…"
    // Titles of works: "a book titled “…”", "his documentary, “…”".
    if (TITLE_BEFORE.test(text.slice(Math.max(0, m.open - 40), m.open))) continue;

    // Speakers of the quotes just before (nearest first, within two paragraphs) help resolve "he" and "she".
    const prefer: string[] = [];
    for (let j = out.length - 1; j >= 0 && prefer.length < 2; j--) {
      if (doc.sentences[sentenceAt(out[j].start)].paragraph < openInfo.paragraph - 2) break;
      const sp = out[j].speaker;
      if (sp && !prefer.includes(sp)) prefer.push(sp);
    }
    const attr = attribute(ctx, text, m, openInfo, closeInfo, prefer, ranker);
    const kind = quoteKind(text, m, quoteText, openInfo);
    // A scare-quoted word or two that nobody is said to say.
    if (!attr && kind === 'partial' && quoteText.split(/\s+/).length <= 3) continue;
    out.push({
      start, end, text: quoteText, kind,
      speaker: attr?.name ?? null,
      speakerMention: attr?.np ? span(text, attr.np.start, attr.np.end) : null,
      cue: attr?.cue?.text ?? null,
      outlet: attr ? ctx.outletIn(attr.sentence)?.written ?? null : null,
      role: attr?.role ?? null,
    });
    attributions.push(attr);
    unclosed.push(m.unclosed);
  }

  // Quotes with no cue of their own: the previous attributed quote of the paragraph, or of the paragraph they continue;
  // else the next attributed quote of the same paragraph ("“A.” “B,” she said.").
  const paraOf = (q: Quote) => doc.sentences[sentenceAt(q.start)].paragraph;
  for (let i = 0; i < out.length; i++) {
    if (attributions[i]?.name) continue;
    const p = paraOf(out[i]);
    let from: number | null = null;
    for (let j = i - 1; j >= 0 && from === null; j--) {
      const pj = paraOf(out[j]);
      if (pj === p && attributions[j]?.name) from = j;
      else if (pj === p - 1 && attributions[j]?.name && continues(doc, text, out[j], out[i], p)) from = j;
      else if (pj < p - 1 || (pj === p - 1 && !continues(doc, text, out[j], out[i], p))) break;
    }
    if (from === null) {
      for (let j = i + 1; j < out.length && paraOf(out[j]) === p; j++) {
        if (attributions[j]?.name && attributions[j]?.np) {
          from = j;
          break;
        }
      }
    }
    if (from === null && startsParagraph(doc, out[i], p)) {
      // "X said:" closing the previous paragraph.
      const prev = doc.paragraphs[p - 1];
      if (prev && /:\s*$/.test(prev.text)) {
        const info = ctx.sentences[sentenceAt(prev.end - 1)];
        const cue = cuesIn(info).at(-1);
        const np = cue ? subjectBefore(info, text, cue) : null;
        if (np && cue) {
          const r = ctx.resolve(np, info.index);
          if (r.name) {
            out[i].speaker = r.name;
            out[i].role = r.role;
          }
        }
      }
    }
    if (from === null && !out[i].speaker) {
      // "… , Schiff said. “…”": the source of the sentence before, in the same paragraph (or closing the previous one).
      const s = sentenceAt(out[i].start);
      const prevS = s - 1;
      if (prevS >= 0 && (doc.sentences[prevS].paragraph === p || startsParagraph(doc, out[i], p) && doc.sentences[prevS].paragraph === p - 1)) {
        const src = sourceBySentence.get(prevS);
        if (src && src.name && (src.kind === 'person' || src.kind === 'organization') && /^(said|says|told|added|wrote|explained|noted|argued|continued|stated|declared|insisted|warned|asked|tweeted)$/.test(src.cue ?? '')) {
          out[i].speaker = src.name;
          out[i].role = src.role;
        }
      }
    }
    if (from !== null) {
      out[i].speaker = out[from].speaker;
      out[i].role = out[from].role ?? null;
      if (!out[i].outlet) out[i].outlet = out[from].outlet;
    }
  }
  // A quote left open at a paragraph end runs on: it belongs to whoever speaks the quote that continues it.
  for (let i = out.length - 2; i >= 0; i--) {
    if (out[i].speaker || !unclosed[i]) continue;
    const next = out[i + 1];
    if (next.speaker && paraOf(next) === paraOf(out[i]) + 1 && startsParagraph(doc, next, paraOf(next))) {
      out[i].speaker = next.speaker;
      out[i].role = next.role ?? null;
    }
  }
  return out;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function makeSentenceLookup(doc: Doc): (pos: number) => number {
  const ss = doc.sentences;
  return (pos: number) => {
    let lo = 0, hi = ss.length - 1, ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid].start <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
}

function startsParagraph(doc: Doc, q: Quote, p: number): boolean {
  return q.start - doc.paragraphs[p].start <= 2;
}

/** Whether quote `b` (first in paragraph p) carries on the speech of quote `a` in paragraph p-1. */
function continues(doc: Doc, text: string, a: Quote, b: Quote, p: number): boolean {
  if (!startsParagraph(doc, b, p)) return false;
  const prev = doc.paragraphs[p - 1];
  // The previous paragraph ends inside or right after a quote: "… “A. B.”" / an unclosed "“A." run-on.
  const tail = text.slice(a.end, prev.end);
  return tail.replace(/[”"’'.,!?\s]/g, '').length === 0 || tail.length < 120 && /^[”"]?,?\s*\S+ (?:said|says|added|told|wrote|continued)\b[^“"]*$/i.test(tail.trim());
}
