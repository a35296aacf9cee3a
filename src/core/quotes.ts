/**
 * Direct and partial quotes with their speakers. Quotation marks are paired per paragraph (tokens.ts); the speaker
 * comes from a cue after the quote ("…,” she said), before it ("X said: “…”", "according to X"), the clause subject
 * for a gerund cue ("Beijing sent a letter … asking … “…”"), or the previous quote of the same paragraph or of the
 * paragraph the quote continues.
 */
import { cuesIn, isPassive, mainSubject, npAfter, subjectBefore, type Cue, type NP, type SentenceInfo } from './cues';
import { CUE_VERBS } from './lexicon';
import { extractEntities, type Entities, type EntityContext } from './entities';
import type { Doc } from './text';
import type { QuoteMarks } from './tokens';
import type { Quote, Span } from './types';
import { rankable, speakerCandidates } from './speakers/candidates';
import type { SpeakerRanker } from './speakers/rank';

const TITLE_BEFORE = /\b(?:titled|entitled|headlined|dubbed|book|show|film|movie|documentary|song|album|commentary|column|essay|op-ed|spot|programme|series|episode|podcast|novel|poem|slogan|hashtag)[\s,]*$/i;

/** Words that open a new clause after a quote: the cue that follows belongs to someone else ("…,” when X said). */
const SUBORD = new Set(['when', 'as', 'after', 'because', 'while', 'if', 'before', 'since', 'but', 'and', 'so', 'though',
  'although', 'until', 'where', 'which', 'who', 'that', 'than', 'whether', 'then', 'or', 'nor', 'yet']);

interface Attribution {
  np: NP | null;
  cue: Cue | null;
  sentence: number;
  name: string | null;
  role: string | null;
}

/** Direct and partial quotes with their speakers, in document order. */
/**
 * `ranker`: a learned speaker ranker for "he said" / "the official said" (src/core/speakers), off by default: on
 * PolNeAR train folds it beat the rules by 1.9 F1 on silver referents, but on dev's hand-resolved pronouns it lost 2.2
 * (81.8 against 84.0), so the rules decide until it wins on both (`npm run eval -- --part polnear`).
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
    if (isSpurious(text, m, quoteText, openInfo, closeInfo, ctx)) continue;
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
    const kind = quoteKind(text, m, quoteText, openInfo, closeInfo);
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

/** Speaker of one quote from the cue after it, or before it, in its own sentence(s). */
function attribute(ctx: EntityContext, text: string, m: QuoteMarks, openInfo: SentenceInfo, closeInfo: SentenceInfo, prefer: string[], ranker: SpeakerRanker | null): Attribution | null {
  // A quote that names someone in the third person ("Senator Roe's message …") is not theirs: "he" stands for another.
  const named: string[] = [];
  for (let s = openInfo.index; s <= closeInfo.index; s++) {
    const toks = ctx.sentences[s].tokens;
    for (const x of ctx.sentences[s].mentions) {
      if (x.kind !== 'person' || x.start <= m.open || x.end > m.close) continue;
      // "Roe supporters" modifies a noun and names nobody: only a name standing alone or a possessor counts.
      const next = toks[x.last + 1];
      if (next?.word && !next.cap && !/[’']s$/.test(x.text)) continue;
      named.push(x.canonical);
    }
  }
  const make = (np: NP, cue: Cue | null, info: SentenceInfo): Attribution | null => {
    const r = ctx.resolve(np, info.index, prefer, named);
    if (ranker && rankable(np)) {
      // "he said", "the official said": the learned ranker may name someone else among the people named before.
      const cands = speakerCandidates(ctx, np, info.index, { rule: r.name, prefer, cueAfter: np.start > m.close });
      const pick = ranker.choose(cands, r.name, np.start);
      if (pick) return { np, cue, sentence: info.index, name: pick.name, role: pick.role };
    }
    if (r.kind === 'none' && !r.name) return { np, cue, sentence: info.index, name: null, role: null };
    return { np, cue, sentence: info.index, name: r.name, role: r.role ?? np.role };
  };
  // After the closing mark: "…,” said X" / "…,” X said" / "…,” X, a Y, told Z"; after "….” the next sentence may be
  // only the cue ("….” Harlow said.").
  const tryAfter = (info: SentenceInfo, i: number, b: number, maxDist: number): Attribution | null => {
    const t = info.tokens;
    while (i < b && !t[i].word) i++;
    if (i >= b) return null;
    const cues = cuesIn(info, i, b).filter((c) => !isPassive(info, c));
    const first = cues[0];
    // "…,” adding that …": a participle right after the quote goes on the clause of a cue before it.
    if (first && first.tok === i && /ing$/.test(first.text) && info.index === openInfo.index && cuesIn(openInfo, 0, openTok(openInfo, m.open)).length) return null;
    if (first && first.tok === i && first.lemma !== 'according to') {
      const np = npAfter(info, text, i + 1);
      if (np) return make(np, first, info);
    }
    for (const c of cues.slice(0, 2)) {
      if (c.tok - i > maxDist) break;
      if (c.lemma === 'according to') {
        const np = npAfter(info, text, c.tok + 2);
        if (np) return make(np, c, info);
        continue;
      }
      const np = subjectBefore(info, text, c);
      // a description in apposition may come first: "…,” the opposition leader, Jane Roe, replied"
      const apposed = np?.role != null && np.kind === 'name';
      if (np && np.first >= i && np.first <= i + (apposed ? 9 : 5) &&
        !t.slice(i, np.first).some((x) => (!x.word && !(apposed && x.text === ',')) || CUE_VERBS.has(x.lower) || SUBORD.has(x.lower))) return make(np, c, info);
    }
    return null;
  };
  if (!m.unclosed) {
    const t = closeInfo.tokens;
    let a = 0;
    while (a < t.length && t[a].start < m.close + m.closeLen) a++;
    let b = a;
    while (b < t.length && !t[b].quoted) b++;
    let i = a;
    while (i < b && !t[i].word) i++;
    // "…” ― Name" (a signature line).
    const dash = /^[\s”"’']*[―—–-]\s*/.exec(text.slice(m.close + m.closeLen, m.close + m.closeLen + 6));
    if (dash && i < b) {
      const np = npAfter(closeInfo, text, i);
      if (np?.kind === 'name') return make(np, null, closeInfo);
    }
    if (i < b) {
      const r = tryAfter(closeInfo, a, b, 45);
      if (r) return r;
    } else if (b === t.length) {
      const next = ctx.sentences[closeInfo.index + 1];
      if (next && next.paragraph === closeInfo.paragraph && next.tokens.length && next.tokens.length <= 14 && !next.tokens[0].quoted) {
        let nb = 0;
        while (nb < next.tokens.length && !next.tokens[nb].quoted) nb++;
        const r = tryAfter(next, 0, Math.min(nb, 12), 8);
        if (r) return r;
      }
    }
  }
  // Before the opening mark, within its sentence and after any earlier quote.
  const t = openInfo.tokens;
  const o = openTok(openInfo, m.open);
  let from = o - 1;
  while (from >= 0 && !t[from].quoted) from--;
  const cues = cuesIn(openInfo, from + 1, o).filter((c) => !isPassive(openInfo, c));
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k];
    if (c.lemma === 'according to') {
      const np = npAfter(openInfo, text, c.tok + 2);
      if (np) return make(np, c, openInfo);
      continue;
    }
    let np = subjectBefore(openInfo, text, c);
    if (!np) {
      const prev = t[c.tok - 1];
      if (!prev || prev.quoted) np = npAfter(openInfo, text, c.tok + 1);
      else if (prev.text === ',' || /ing$/.test(c.text)) np = mainSubject(openInfo, text, c.tok);
    }
    if (np && (np.end <= m.open)) return make(np, c, openInfo);
  }
  // A sentence-level "according to X" anywhere.
  const acc = cuesIn(openInfo).find((c) => c.lemma === 'according to');
  if (acc) {
    const np = npAfter(openInfo, text, acc.tok + 2);
    if (np) return make(np, acc, openInfo);
  }
  // No cue, but the sentence opens with a pronoun before the quote ("She then turned to the crowd: “…”", "He also
  // seeks “a permanent injunction”"): whoever the pronoun stands for.
  const firstTok = t.findIndex((x) => x.word);
  if (from < 0 && firstTok >= 0 && firstTok < o) {
    const np = npAfter(openInfo, text, firstTok);
    if (np?.kind === 'pronoun' && /^(?:he|she|they)$/i.test(np.text) && np.end <= m.open) return make(np, null, openInfo);
  }
  // No cue, but a colon opens the quote: "A lesson from Ada Roe: “…”", "Roe has a new message: “…”" — the person the
  // words before the colon are about.
  if (from < 0 && /:\s*$/.test(text.slice(openInfo.start, m.open).replace(/[“”"‘’']+\s*$/, ''))) {
    const person = openInfo.mentions.find((x) => x.kind === 'person' && !x.quoted && x.end <= m.open);
    if (person) {
      const np = npAfter(openInfo, text, person.first) ?? { start: person.start, end: person.end, first: person.first, last: person.last, kind: 'name' as const, text: person.text, mention: person, role: person.role };
      if (np.mention === person) return make(np, null, openInfo);
    }
  }
  return null;
}

/** Index of the first token of a sentence at or after `pos`. */
function openTok(info: SentenceInfo, pos: number): number {
  let o = 0;
  while (o < info.tokens.length && info.tokens[o].start < pos) o++;
  return o;
}

/** Direct: a whole statement (starts its sentence or follows "said:" / "said,"). Partial: woven into the sentence. */
function quoteKind(text: string, m: QuoteMarks, quoteText: string, openInfo: SentenceInfo, closeInfo: SentenceInfo): 'direct' | 'partial' {
  const before = text.slice(openInfo.start, m.open).replace(/[“”"‘’'\s]+$/, '');
  const startsUpper = /^[\p{Lu}\p{N}]/u.test(quoteText);
  if (!before.trim()) return startsUpper || /[.!?]$/.test(quoteText) ? 'direct' : 'partial';
  if (/:$/.test(before) && startsUpper) return 'direct';
  if (/[,—–-]$/.test(before) && startsUpper && /[.!?,]$/.test(quoteText)) {
    // "X said, “…”" or "…,” she said, “…”"
    return 'direct';
  }
  void closeInfo;
  return 'partial';
}

/** A cue right before the quote ("said “The Hispanics”") or right after its comma ("“As President,” she said"): speech. */
function spoken(text: string, m: QuoteMarks, quoteText: string): boolean {
  const before = /(\p{L}+)[\s,:]*$/u.exec(text.slice(Math.max(0, m.open - 30), m.open))?.[1].toLowerCase();
  if (before && CUE_VERBS.has(before)) return true;
  if (!/,$/.test(quoteText)) return false;
  const after = text.slice(m.close + m.closeLen, m.close + m.closeLen + 40).split(/\s+/).filter(Boolean).slice(0, 3);
  return after.some((w) => CUE_VERBS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
}

/** Scare quotes and titles ("Fox and Friends", "deplorables") that nobody says. */
function isSpurious(text: string, m: QuoteMarks, quoteText: string, openInfo: SentenceInfo, closeInfo: SentenceInfo, _ctx: EntityContext): boolean {
  const words = quoteText.split(/\s+/).filter(Boolean);
  if (m.single && words.length < 3) return true;
  const speechy = words.some((w) => /^(?:I|I['’]\w+|We|We['’]\w+|You|You['’]\w+|It['’]s|He|She|They|Our|My|Your|Let['’]s|Don['’]t|Can['’]t)$/.test(w.replace(/[,.!?]+$/, '')));
  if (words.length <= 6 && m.paragraph > 0 && !speechy && !/[.!?]\s/.test(quoteText)) {
    // Title Case without a full stop: a title of a show, book, song or event.
    const caps = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
    const small = words.filter((w) => /^(of|the|and|a|an|in|on|for|to|at|with|from|by|or)$/.test(w)).length;
    if (caps + small === words.length && caps >= Math.max(1, words.length - small) && !/[!?]$/.test(quoteText.replace(/[,”"’']+$/, '')) && !spoken(text, m, quoteText)) {
      if (!(words.length === 1 && /[,.]$/.test(quoteText))) return true;
    }
  }
  void openInfo; void closeInfo; void text;
  return false;
}
