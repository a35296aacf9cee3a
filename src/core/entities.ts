/**
 * People, organisations and outlets, and for each sentence that names where its content comes from, that source.
 * Token-level rules over cheap segmentation; compromise is only consulted for its word lexicon (first names,
 * places), so a 1 MB document costs one linear pass.
 */
import { CUE_VERBS, ORG_SUFFIXES, PRONOUNS, isCommonWord } from './lexicon';
import { cuesIn, isPassive, mainSubject, npAfter, sentenceInfo, subjectBefore, type Cue, type NP, type SentenceInfo } from './cues';
import { evidenceSource, familiarSource, isEvidencePhrase, isOrganisationEvidence } from './evidence-sources';
import { clusterPeople, findNameMentions, type NameMention, type PersonCluster } from './names';
import type { Doc, Paragraph } from './text';
import { findQuoteMarks, tokenize, type QuoteMarks, type Token } from './tokens';
import type { Person, SourceKind, Span } from './types';

/** One place a sentence names where its content comes from ("CNBC reported", "many analysts questioned"). */
export interface SourceMention extends Span {
  /** Index into doc.sentences. */
  sentence: number;
  /** Canonical name ("Maria Delgado", "The New York Times", "many experts"). */
  name: string | null;
  kind: SourceKind;
  cue: string | null;
  outlet: string | null;
  role: string | null;
}

/** What quotes.ts needs beyond the public lists: per-sentence tokens, mentions and the resolver. */
export interface EntityContext {
  doc: Doc;
  marks: QuoteMarks[];
  sentences: SentenceInfo[];
  mentions: NameMention[];
  clusters: PersonCluster[];
  /** Resolve a speaker noun phrase to a canonical name. */
  resolve(np: NP, sentence: number, prefer?: string[]): Resolved;
  /** The outlet the sentence cites (spoken to or reporting), as written. */
  outletIn(sentence: number): { written: string; canonical: string } | null;
}

export interface Resolved {
  name: string | null;
  kind: SourceKind;
  role: string | null;
}

export interface Entities {
  people: Person[];
  /** Canonical outlet names cited as sources. */
  outlets: string[];
  /** Organisation names found in the text (canonical). */
  organizations: string[];
  sources: SourceMention[];
  /** Internal: shared with quotes.ts. */
  context?: EntityContext;
}

/** Cue lemmas that do not make a sentence's source on their own (too ambiguous outside quotes). */
const WEAK_SOURCE_LEMMAS = new Set(['put', 'hit', 'fire', 'shoot', 'begin', 'read', 'sing', 'chant', 'show', 'find',
  'call', 'post', 'continue', 'add', 'ask', 'answer', 'promise', 'describe', 'fear', 'worry', 'hope', 'wonder',
  'think', 'believe', 'agree', 'blame', 'praise', 'criticize', 'slam', 'blast', 'tout', 'charge', 'accuse', 'demand',
  'urge', 'vow', 'pledge', 'inform', 'advise', 'counter', 'point']);
/** Weak cues that name a source when they open a clause ("added that", "found that") or a vague group holds them. */
const CLAUSE_LEMMAS = new Set(['add', 'find', 'believe', 'think', 'fear', 'worry', 'agree', 'show', 'point']);
/** Weak cues that still name a claim's source: whoever accuses or blames is the source of the accusation. */
const ACCUSING_LEMMAS = new Set(['accuse', 'blame']);
const PERSON_NOUN = /^(?:president|mayor|governor|senator|congressman|congresswoman|candidate|nominee|businessman|businesswoman|billionaire|mogul|chairman|chairwoman|secretary|minister|leader|speaker|spokesman|spokeswoman|spokesperson|official|judge|justice|general|ambassador|director|chief|officer|author|writer|host|anchor|announcer|narrator|doctor|lawyer|attorney|senator|representative|lawmaker|democrat|republican|man|woman|father|mother|wife|husband|son|daughter|founder|executive|ceo|actor|actress|singer|star|commander|secretary-general|premier|chancellor|king|queen|pope|former|vice|first)$/;
const DOC_NOUN = /^(?:report|ruling|decision|opinion|study|survey|poll|analysis|finding|findings|letter|memo|statement|filing|lawsuit|complaint|article|piece|story|editorial|column|book|paper|document|release|ad|advertisement|order|brief|indictment|audit|review)$/;
const OUTLET_BEFORE = new Set(['told', 'tells', 'telling', 'to', 'with', 'on', 'by', 'from', 'in']);

/**
 * Pronoun antecedent bonus for the subject of the sentence just before, chosen on PolNeAR train (silver referents,
 * the first 400 articles: 0 / 0.5 / 0.8 / 1.2 gave F1 61.3 / 61.8 / 62.4 / 62.2).
 */
const PREV_SUBJECT = 0.8;
/**
 * The speaker of the sentence just before ("…, Ada Roe said. “…,” she said") outranks its subject: the talk goes on.
 * Chosen on PolNeAR train (silver referents and the hand-checked sample).
 */
const PREV_SPEAKER = 1.2;

export function extractEntities(doc: Doc): Entities {
  const { text } = doc;
  const marks = findQuoteMarks(doc);
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
  const mentions = sentences.flatMap((s) => s.mentions);

  // Mentions that speak (subject or object of a cue) may be surname-only people ("said Harlow").
  const speakers = new Set<NameMention>();
  for (const info of sentences) {
    for (const cue of cuesIn(info)) {
      const np = cue.lemma === 'according to' ? npAfter(info, text, cue.tok + 2) : subjectBefore(info, text, cue) ?? npAfter(info, text, cue.tok + 1);
      if (np?.mention && (np.mention.kind === 'unknown' || np.mention.kind === 'person' || np.mention.kind === 'place')) speakers.add(np.mention);
    }
  }
  const clusters = clusterPeople(mentions, speakers);
  const speakerSentences = new Set([...speakers].filter((m) => m.kind === 'person').map((m) => m.sentence));
  // Weak sentence-initial words that matched nobody are not names after all.
  for (let i = 0; i < sentences.length; i++) {
    const info = sentences[i];
    if (info.mentions.some((m) => m.weakCap && m.kind !== 'person')) {
      sentences[i] = sentenceInfo(info.index, info.paragraph, info.tokens, info.mentions.filter((m) => !(m.weakCap && m.kind !== 'person')));
    }
  }
  const liveMentions = sentences.flatMap((s) => s.mentions);
  // Subject position: the first name of a sentence outside quotes, not after a preposition.
  const subjects = new Set<NameMention>();
  for (const info of sentences) {
    const m = subjectMention(info);
    if (m && !/^(of|to|with|for|by|against|about|from|on|at|in|into|than|like|and|or)$/.test(info.tokens[m.first - 1]?.lower ?? '')) subjects.add(m);
  }
  const clusterOf = new Map<string, PersonCluster>(clusters.map((c) => [c.name, c]));

  // Person mentions in reading order, for pronoun and description resolution.
  const personMentions = liveMentions.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start);
  learnGenders(sentences, clusterOf);

  const pronounHits: { start: number; sentence: number; m: NameMention; g: 'm' | 'f' }[] = [];
  /** Index of the last person mention that starts before pos (-1 if none). */
  const lastBefore = (pos: number) => {
    let lo = 0, hi = personMentions.length - 1, ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (personMentions[mid].start < pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
  const resolve = (np: NP, sentence: number, prefer: string[] = []): Resolved => {
    if (np.kind === 'name' && np.mention) {
      const m = np.mention;
      if (m.kind === 'person') return { name: m.canonical, kind: 'person', role: clusterOf.get(m.canonical)?.role ?? m.role ?? np.role };
      if (m.kind === 'outlet') return { name: m.canonical, kind: 'outlet', role: null };
      if (m.kind === 'organization' || m.kind === 'place') return { name: m.name, kind: 'organization', role: null };
      // "Developers said": a sentence's capitalised plural common noun is a vague group, not a name.
      if (m.first === m.last && /s$/.test(m.name) && isCommonWord(m.name)) return { name: m.name, kind: 'vague', role: null };
      return { name: m.name, kind: looksLikePerson(m) ? 'person' : 'organization', role: np.role };
    }
    if (np.kind === 'pronoun') {
      const g = PRONOUNS[np.text.toLowerCase()];
      if (g === 'm' || g === 'f') {
        // "he told Roe": whoever the cue addresses is not its speaker.
        const toks = sentences[sentence].tokens;
        const addressed = CUE_VERBS.has(toks[np.last + 1]?.lower ?? '') ? sentences[sentence].byFirst.get(np.last + 2) : undefined;
        const p = antecedent(np.start, g, sentence, prefer, addressed?.kind === 'person' ? addressed.canonical : null);
        // Resolved pronouns keep their person salient ("Fowler noted … he said … he argued").
        if (p && (!pronounHits.length || pronounHits[pronounHits.length - 1].start < np.start)) pronounHits.push({ start: np.start, sentence, m: p, g });
        const name = p ? sameSurnameOfGender(p, g) : null;
        return { name, kind: 'person', role: name ? clusterOf.get(name)?.role ?? null : null };
      }
      if (g === 'p' || g === 'n') {
        const o = orgAntecedent(np.start, sentence);
        return { name: o ? o.name : null, kind: o ? 'organization' : 'vague', role: null };
      }
      return { name: null, kind: 'none', role: null };
    }
    if (np.kind === 'vague') return { name: np.text, kind: isOrganisationEvidence(np.text) ? 'organization' : 'vague', role: null };
    // Descriptions: "the president" → the person whose role says president; "the company" → the last organisation.
    const head = np.text.split(/\s+/).pop()!.toLowerCase();
    const lead = np.text.split(/\s+/)[0].toLowerCase();
    if (DOC_NOUN.test(head) && /^(the|this|that|its|their|a)$/.test(lead)) {
      // "the report", "the ruling", "this finding": the organisation or outlet that issued it.
      const o = orgAntecedent(np.start, sentence, undefined, 30, true);
      if (o) return { name: o.kind === 'outlet' ? o.canonical : o.name, kind: o.kind === 'outlet' ? 'outlet' : 'organization', role: null };
    }
    if (lead === 'the' || lead === 'his' || lead === 'her' || lead === 'its' || lead === 'their') {
      for (let i = lastBefore(np.start); i >= 0; i--) {
        const p = personMentions[i];
        if (p.sentence < sentence - 30) break;
        const role = (clusterOf.get(p.canonical)?.role ?? p.role ?? '').toLowerCase();
        if (role && new RegExp(`\\b${head.replace(/[^a-z]/g, '')}\\b`).test(role)) return { name: p.canonical, kind: 'person', role: clusterOf.get(p.canonical)?.role ?? p.role };
      }
      if (ORG_SUFFIXES.has(head) || /^(company|firm|agency|campaign|group|organization|government|administration|department|committee|union|party|district|utility|regulator|watchdog|school|hospital|clinic|port|vendor|insurer|retailer|operator|provider|manufacturer|bank|lab|ministry|bureau)$/.test(head)) {
        // Only a bare "the company" stands for the last organisation named; "the state health department" is its own.
        const o = orgAntecedent(np.start, sentence, head, 30) ?? (np.text.split(/\s+/).length <= 2 ? orgAntecedent(np.start, sentence) : null);
        // Unresolved, "the company" still names an organisation, not a vague source.
        return { name: o ? o.name : np.text, kind: 'organization', role: null };
      } else if (PERSON_NOUN.test(head) && lead === 'the') {
        const p = antecedent(np.start, /(?:woman|wife|mother|daughter|sister|lady|actress|chairwoman|spokeswoman)$/.test(head) ? 'f' : /(?:man|husband|father|son|brother)$/.test(head) && !/woman$/.test(head) ? 'm' : null, sentence, prefer);
        if (p) return { name: p.canonical, kind: 'person', role: clusterOf.get(p.canonical)?.role ?? null };
      }
    }
    // A capitalised modifier ("the Harlow board", "U.S. officials"), not a determiner's sentence capital ("A board member").
    const words = np.text.split(/\s+/);
    const atStart = np.first === sentences[sentence].tokens.findIndex((t) => t.word);
    const firstMention = sentences[sentence].byFirst.get(np.first);
    const skipFirst = /^(?:a|an|the|one|some|many|several|most|few|this|that|these|those)$/i.test(words[0]) || (atStart && (isCommonWord(words[0]) || firstMention?.kind === 'unknown'));
    const capMod = /\p{Lu}/u.test((skipFirst ? words.slice(1) : words).join(' '));
    return { name: np.text, kind: capMod || isOrganisationEvidence(np.text) ? 'organization' : /^(an?|one)\b/i.test(np.text) ? 'vague' : 'vague', role: null };
  };

  /**
   * A he/she opening a sentence ("He had protested X.") keeps its person salient for the pronouns after it, as a
   * resolved cue pronoun does: the subject chain of a paragraph about one person.
   */
  function chainOpeningPronoun(info: SentenceInfo): void {
    const at = info.tokens.findIndex((t) => t.word);
    const first = info.tokens[at];
    if (!first || first.quoted || pronounHits.length && pronounHits[pronounHits.length - 1].start >= first.start) return;
    const g = first.lower === 'he' || first.lower === 'she' ? PRONOUNS[first.lower] : undefined;
    if (g === 'm' || g === 'f') {
      const p = antecedent(first.start, g, info.index);
      if (p) pronounHits.push({ start: first.start, sentence: info.index, m: p, g });
      return;
    }
    // "The Florida senator sought …": a description of a person named before, as its subject, keeps them salient too.
    const np = first.lower === 'the' ? npAfter(info, text, at) : null;
    if (np?.kind !== 'description' || !PERSON_NOUN.test(np.text.split(/\s+/).pop()!.toLowerCase())) return;
    const r = resolve(np, info.index);
    const c = r.kind === 'person' && r.name ? clusterOf.get(r.name) : undefined;
    const m = c?.mentions.filter((x) => x.start < first.start).at(-1);
    if (c?.gender && m) pronounHits.push({ start: first.start, sentence: info.index, m, g: c.gender });
  }

  /**
   * A surname alone that clustering gave to one of two people sharing it ("Cruz" for Jane Cruz) stands for the other
   * when the pronoun's gender says so ("… Cruz said. “…,” he said" → John Cruz).
   */
  function sameSurnameOfGender(p: NameMention, g: 'm' | 'f'): string {
    const c = clusterOf.get(p.canonical);
    if (!c?.gender || c.gender === g || /\s/.test(p.name.trim())) return p.canonical;
    const other = clusters.find((x) => x !== c && x.gender === g && x.name.split(/\s+/).pop() === p.name.trim());
    // Nobody of that gender named in full: the surname alone, not the person of the other gender.
    return other ? other.name : p.name.trim();
  }

  /** The most salient earlier person: recent, subject of its sentence, or the speaker of the previous quotes. */
  function antecedent(pos: number, g: 'm' | 'f' | null, sentence: number, prefer: string[] = [], not: string | null = null): NameMention | null {
    const best = new Map<string, { m: NameMention; score: number }>();
    for (let i = lastBefore(pos); i >= 0; i--) {
      const p = personMentions[i];
      if (p.sentence < sentence - 12) break;
      if (p.quoted || p.canonical === not) continue;
      const cg = p.gender ?? clusterOf.get(p.canonical)?.gender ?? null;
      let score = -(sentence - p.sentence);
      // First-name genders are a guess from a word list: a mismatch costs much but does not rule out.
      if (g && cg && cg !== g) score -= 3;
      if (g && !cg) score -= 1.5;
      if (subjects.has(p) || speakers.has(p)) score += 0.6;
      // The subject of the sentence just before introduces whoever speaks next ("Ada Roe agreed. “…,” she said").
      if (p.sentence === sentence - 1 && !(g && cg && cg !== g)) {
        if (speakers.has(p)) score += PREV_SPEAKER;
        else if (subjects.has(p) && !speakerSentences.has(sentence - 1)) score += PREV_SUBJECT;
      }
      const pi = prefer.indexOf(p.canonical);
      if (pi >= 0) score += 1.2 - 0.3 * pi;
      const prev = best.get(p.canonical);
      if (!prev || prev.score < score) best.set(p.canonical, { m: p, score });
    }
    let lo = 0, hi = pronounHits.length - 1, last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pronounHits[mid].start < pos) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = last; i >= 0; i--) {
      const h = pronounHits[i];
      if (h.sentence < sentence - 12) break;
      if (g && h.g !== g || h.m.canonical === not) continue;
      let score = -(sentence - h.sentence) + 0.6;
      const pi = prefer.indexOf(h.m.canonical);
      if (pi >= 0) score += 1.2 - 0.3 * pi;
      const prev = best.get(h.m.canonical);
      if (!prev || prev.score < score) best.set(h.m.canonical, { m: h.m, score });
    }
    let top: { m: NameMention; score: number } | null = null;
    for (const c of best.values()) if (!top || c.score > top.score || c.score === top.score && c.m.start > top.m.start) top = c;
    return top ? top.m : null;
  }
  function orgAntecedent(pos: number, sentence: number, head?: string, window = 6, outlets = false): NameMention | null {
    for (let s = sentence; s >= Math.max(0, sentence - window); s--) {
      const ms = sentences[s].mentions;
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i];
        if (m.start >= pos || m.quoted) continue;
        // A place named by the head itself ("Tessford School District" for "the district") is that organisation.
        const placeNamed = m.kind === 'place' && !!head && m.name.toLowerCase().endsWith(` ${head}`);
        if (m.kind !== 'organization' && !(outlets && m.kind === 'outlet') && !placeNamed) continue;
        if (head && !m.name.toLowerCase().includes(head) && !['company', 'firm', 'group', 'organization', 'agency'].includes(head)) continue;
        return m;
      }
    }
    return null;
  }

  // Outlets cited in each sentence: "told CNBC", "CNBC reported", "according to The Guardian", "interview with WSJ".
  const citedOutlet = (info: SentenceInfo): NameMention | null => {
    for (const m of info.mentions) {
      if (m.kind !== 'outlet' || m.quoted) continue;
      const prev = info.tokens[m.first - 1]?.lower;
      const next = info.tokens[m.last + 1]?.lower;
      const prev2 = info.tokens[m.first - 2]?.lower;
      const cueAfter = next && CUE_VERBS.has(next) || next && ['has', 'had', 'first', 'was', 'is', 'also', 'previously', 'earlier'].includes(next) && CUE_VERBS.has(info.tokens[m.last + 2]?.lower ?? '');
      const viaPrev = prev && OUTLET_BEFORE.has(prev) && (prev !== 'to' || prev2 === 'according' || hasCue(info)) && (prev !== 'in' && prev !== 'on' || hasCue(info));
      if (m.weak ? cueAfter || prev === 'told' || prev === 'with' && prev2 === 'interview' || prev === 'on' && hasCue(info) : cueAfter || viaPrev || hasCue(info)) return m;
    }
    return null;
  };
  const hasCue = (info: SentenceInfo) => cuesIn(info).some((c) => !WEAK_SOURCE_LEMMAS.has(c.lemma) || c.lemma === 'add' || c.lemma === 'ask');
  const outletBySentence = sentences.map(citedOutlet);
  const outletIn = (s: number) => {
    const m = outletBySentence[s];
    return m ? { written: m.name, canonical: m.canonical } : null;
  };

  // Sources: one per sentence that names where its content comes from.
  const sources: SourceMention[] = [];
  for (const info of sentences) {
    chainOpeningPronoun(info);
    const src = sentenceSource(info);
    if (src) sources.push(src);
  }
  function sentenceSource(info: SentenceInfo): SourceMention | null {
    type Cand = { np: NP; cue: Cue; prio: number; weak?: boolean };
    const cands: Cand[] = [];
    for (const cue of cuesIn(info)) {
      const weak = WEAK_SOURCE_LEMMAS.has(cue.lemma) && !ACCUSING_LEMMAS.has(cue.lemma);
      if (weak && !CLAUSE_LEMMAS.has(cue.lemma)) continue;
      // "raised concerns" attributes; "raised rates" does not.
      if (cue.lemma === 'raise' && !/^(?:concerns?|questions?|doubts?|alarms?|objections?|the possibility)$/.test(info.tokens[cue.tok + 1]?.lower ?? '')) continue;
      if (cue.lemma === 'according to') {
        const np = npAfter(info, text, cue.tok + 2);
        if (np) cands.push({ np, cue, prio: 2 });
        continue;
      }
      if (isPassive(info, cue)) continue;
      const before = subjectBefore(info, text, cue);
      if (weak) {
        // "She added that …", "Investigators found that …", "Many analysts believe …": a weak verb attributes
        // when it opens a clause, or when a vague group holds the view; "I think" and "found a leak" do not.
        if (before && (info.tokens[cue.tok + 1]?.lower === 'that' || before.kind === 'vague')) cands.push({ np: before, cue, prio: 2, weak });
        continue;
      }
      if (before) {
        cands.push({ np: before, cue, prio: 3 });
        continue;
      }
      const prev = info.tokens[cue.tok - 1];
      if (!prev || prev.quoted || prev.text === ',') {
        const after = npAfter(info, text, cue.tok + 1);
        if (after && (!prev || prev.quoted)) {
          cands.push({ np: after, cue, prio: 3 });
          continue;
        }
        if (/ing$/.test(cue.text)) {
          const main = mainSubject(info, text, cue.tok);
          if (main) cands.push({ np: main, cue, prio: 1 });
        }
      }
    }
    const resolved = cands.map((c) => ({ ...c, r: resolve(c.np, info.index) })).filter((c) => c.r.kind !== 'none' && c.r.name);
    // No speaker, only a publication ("a report said"), or an owner of the evidence named first ("the agency's
    // figures show"): the publisher of the figures or report. Failing that, "people familiar with the matter".
    const ev = evidenceSource(info, text);
    if (ev && (!resolved.length || resolved.every((c) => c.weak || c.r.kind === 'vague' && isEvidencePhrase(c.np.text)) || (ev.owner && resolved.every((c) => c.np.start > ev.start)))) {
      return { start: ev.start, end: ev.end, text: text.slice(ev.start, ev.end), sentence: info.index, name: ev.name, kind: ev.kind, cue: resolved[0]?.cue.text ?? null, outlet: ev.kind === 'outlet' ? ev.name : outletBySentence[info.index]?.name ?? null, role: null };
    }
    const familiar = familiarSource(text, info.start, info.end);
    if (familiar && (!resolved.length || resolved.every((c) => c.np.start >= familiar.start))) {
      return { start: familiar.start, end: familiar.end, text: familiar.name, sentence: info.index, name: familiar.name, kind: 'vague', cue: resolved[0]?.cue.text ?? null, outlet: outletBySentence[info.index]?.name ?? null, role: null };
    }
    if (!resolved.length) return null;
    resolved.sort((a, b) => (b.r.kind !== 'outlet' ? 1 : 0) - (a.r.kind !== 'outlet' ? 1 : 0) || b.prio - a.prio || a.np.start - b.np.start);
    // Prefer a non-outlet speaker over "…, CNBC reported"; but "according to X" outranks a gerund's clause subject.
    let best = resolved[0];
    const acc = resolved.find((c) => c.cue.lemma === 'according to');
    if (acc && best.prio < acc.prio) best = acc;
    const cited = outletBySentence[info.index];
    const outlet = best.r.kind === 'outlet' ? best.np.mention?.name ?? best.np.text : cited ? cited.name : null;
    const role = best.r.role ?? best.np.role ?? null;
    return {
      start: best.np.start, end: best.np.end, text: text.slice(best.np.start, best.np.end), sentence: info.index,
      name: best.r.name, kind: best.r.kind, cue: best.cue.text, outlet, role,
    };
  }

  // Public lists. Roles from appositions ("Jane Roe, a senior fellow ..., told") where no title gave one.
  for (const info of sentences) {
    for (const cue of cuesIn(info)) {
      const np = subjectBefore(info, text, cue);
      const c = np?.mention ? clusterOf.get(np.mention.canonical) : undefined;
      if (c && !c.role && np!.role) c.role = np!.role;
    }
  }
  const people: Person[] = clusters.map((c) => ({
    name: c.name,
    role: c.role,
    mentions: c.mentions.map((m) => ({ start: m.nameStart, end: m.nameEnd, text: text.slice(m.nameStart, m.nameEnd) })),
  }));
  const outlets: string[] = [];
  for (const m of outletBySentence) if (m && !outlets.includes(m.canonical)) outlets.push(m.canonical);
  for (const s of sources) if (s.kind === 'outlet' && s.name && !outlets.includes(s.name)) outlets.push(s.name);
  const organizations: string[] = [];
  for (const m of mentions) if (m.kind === 'organization' && !organizations.includes(m.name)) organizations.push(m.name);

  return {
    people, outlets, organizations, sources,
    context: { doc, marks, sentences, mentions, clusters, resolve, outletIn },
  };
}

interface Tokenised {
  tokens: Token[];
  mentions: NameMention[];
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
  const key = `entities\u0000${marks.map((m) => `${m.open - base},${m.close - base},${m.openLen},${m.closeLen}`).join(';')}\u0000${p.text}`;
  let rel = cache.get<Tokenised[]>(key);
  if (!rel) {
    const fresh = compute();
    rel = fresh.map((t) => ({ tokens: t.tokens.map((x) => shiftToken(x, -base)), mentions: t.mentions.map((m) => shiftMention(m, -base)) }));
    cache.set(key, rel);
    return fresh;
  }
  return rel.map((t) => ({ tokens: t.tokens.map((x) => shiftToken(x, base)), mentions: t.mentions.map((m) => shiftMention(m, base)) }));
}

const shiftToken = (t: Token, d: number): Token => ({ ...t, start: t.start + d, end: t.end + d });
const shiftMention = (m: NameMention, d: number): NameMention => ({ ...m, start: m.start + d, end: m.end + d, nameStart: m.nameStart + d, nameEnd: m.nameEnd + d });

/**
 * Genders the first-name list does not know ("Ivanka") or guesses wrong: count he/his/him against she/her in
 * sentences whose only person is that one, and in the sentence right after.
 */
function learnGenders(sentences: SentenceInfo[], clusterOf: Map<string, PersonCluster>): void {
  const votes = new Map<PersonCluster, { m: number; f: number }>();
  for (let i = 0; i < sentences.length; i++) {
    const people = new Set(sentences[i].mentions.filter((m) => m.kind === 'person' && !m.quoted).map((m) => m.canonical));
    if (people.size !== 1) continue;
    const c = clusterOf.get([...people][0]);
    if (!c) continue;
    const first = sentences[i].mentions.find((m) => m.kind === 'person' && !m.quoted)!;
    const count = (info: SentenceInfo, from: number) => {
      let m = 0, f = 0;
      for (const t of info.tokens) {
        if (t.start < from || t.quoted) continue;
        const g = PRONOUNS[t.lower];
        if (g === 'm') m++;
        else if (g === 'f') f++;
      }
      return { m, f };
    };
    const a = count(sentences[i], first.end);
    const next = sentences[i + 1];
    const b = next && next.paragraph === sentences[i].paragraph ? (!next.mentions.some((m) => m.kind === 'person' && !m.quoted) ? count(next, 0) : subjectMention(sentences[i]) === first ? openingPronoun(next) : { m: 0, f: 0 }) : { m: 0, f: 0 };
    const v = votes.get(c) ?? { m: 0, f: 0 };
    v.m += a.m + b.m;
    v.f += a.f + b.f;
    votes.set(c, v);
  }
  for (const [c, v] of votes) {
    const learned = v.m >= 2 && v.f === 0 ? 'm' : v.f >= 2 && v.m === 0 ? 'f' : null;
    if (!learned) continue;
    if (!c.gender || (c.gender !== learned && (v.m + v.f) >= 3)) {
      c.gender = learned;
      for (const m of c.mentions) m.gender = learned;
    }
  }
}

/** Words that open a fronted phrase or clause ("Filling in for X, Y said", "After X spoke, Y"): the subject follows its comma. */
const FRONTED = /^(?:in|on|at|after|before|when|while|as|since|during|despite|although|though|if|with|without|for|by|from|like|unlike|following|asked|speaking|writing|addressing|\p{L}+ing)$/u;

/** The mention in subject position: the first one outside quotes, past a fronted phrase when the sentence opens with one. */
function subjectMention(info: SentenceInfo): NameMention | undefined {
  const live = (x: NameMention) => !x.quoted && (x.kind === 'person' || x.kind === 'organization' || x.kind === 'place');
  const first = info.tokens.find((t) => t.word && !t.quoted);
  // "He had protested X": a pronoun is the subject, not the first name after it.
  if (first && /^(?:he|she|they|i|we|you)$/.test(first.lower)) return undefined;
  if (first && FRONTED.test(first.lower)) {
    const comma = info.tokens.findIndex((t) => t.text === ',' && !t.quoted);
    const after = comma > 0 ? info.mentions.find((x) => live(x) && x.first > comma) : undefined;
    if (after && info.tokens[after.first - 1]?.text === ',') return after;
  }
  return info.mentions.find(live);
}

/** The vote of a he/she that opens a sentence ("He had protested X"): it stands for the person just before, not X. */
function openingPronoun(info: SentenceInfo): { m: number; f: number } {
  const first = info.tokens.find((t) => t.word);
  const g = first && !first.quoted ? PRONOUNS[first.lower] : undefined;
  return { m: g === 'm' ? 1 : 0, f: g === 'f' ? 1 : 0 };
}

function looksLikePerson(m: NameMention): boolean {
  const words = m.name.split(/\s+/);
  return words.length <= 3 && !ORG_SUFFIXES.has(words[words.length - 1].toLowerCase());
}
