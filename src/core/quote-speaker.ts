/**
 * The speaker of one quote from the cues in its own sentence(s): a cue after the closing mark ("…,” she said", "…,” said
 * X", a signature line "…” ― X"), a cue before the opening mark ("X said: “…”", "according to X"), the clause subject
 * for a gerund cue, or, with no cue, a pronoun opening the sentence or the person a colon's words are about.
 */
import { cuesIn, isPassive, mainSubject, npAfter, subjectBefore, type Cue, type NP, type SentenceInfo } from './cues';
import type { EntityContext } from './entities';
import { CUE_VERBS } from './lexicon';
import { rankable, speakerCandidates } from './speakers/candidates';
import type { SpeakerRanker } from './speakers/rank';
import type { QuoteMarks } from './tokens';

/** Words that open a new clause after a quote: the cue that follows belongs to someone else ("…,” when X said). */
const SUBORD = new Set(['when', 'as', 'after', 'because', 'while', 'if', 'before', 'since', 'but', 'and', 'so', 'though',
  'although', 'until', 'where', 'which', 'who', 'that', 'than', 'whether', 'then', 'or', 'nor', 'yet']);

export interface Attribution {
  np: NP | null;
  cue: Cue | null;
  sentence: number;
  name: string | null;
  role: string | null;
}

/** Speaker of one quote from the cue after it, or before it, in its own sentence(s). */
export function attribute(ctx: EntityContext, text: string, m: QuoteMarks, openInfo: SentenceInfo, closeInfo: SentenceInfo, prefer: string[], ranker: SpeakerRanker | null): Attribution | null {
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
