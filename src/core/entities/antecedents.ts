/** Antecedents: the earlier person or organisation a pronoun or description stands for. */
import type { SentenceInfo } from '../cues';
import type { NameMention, PersonCluster } from '../names';
import { FRONTED } from './subjects';

/** A resolved he/she (or a subject chained to a person), kept so that person stays salient for the pronouns after it. */
export interface PronounHit {
  start: number;
  sentence: number;
  m: NameMention;
  g: 'm' | 'f';
}

/** What antecedent search and speaker resolution share over one document (built once by extractEntities). */
export interface Salience {
  text: string;
  sentences: SentenceInfo[];
  clusters: PersonCluster[];
  clusterOf: Map<string, PersonCluster>;
  /** Person mentions in reading order, for pronoun and description resolution. */
  personMentions: NameMention[];
  subjects: Set<NameMention>;
  speakers: Set<NameMention>;
  speakerSentences: Set<number>;
  /** Grows in reading order as sentences are resolved. */
  pronounHits: PronounHit[];
}

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

/**
 * What a name inside a fronted clause of the pronoun's own sentence costs: as much as an unknown gender. Checked on
 * PolNeAR train (hand sample 88.3 → 88.8, silver referents 62.4 → 62.8); dev unchanged at 90.0.
 */
const FRONTED_CLAUSE = 1.5;

/** Whether a mention sits in the fronted clause that opens the sentence (up to its first comma), and pos after it. */
function inFrontedClause(info: SentenceInfo, p: NameMention, pos: number): boolean {
  const first = info.tokens.find((t) => t.word && !t.quoted);
  if (!first || !FRONTED.test(first.lower)) return false;
  const comma = info.tokens.find((t) => t.text === ',' && !t.quoted);
  return !!comma && comma.start >= p.end && comma.end <= pos;
}

/** Index of the last person mention that starts before pos (-1 if none). */
export function lastBefore(ctx: Salience, pos: number): number {
  return lastStartingBefore(ctx.personMentions, pos);
}

/** Index of the last item, in an array sorted by start, that starts before pos (-1 if none): a binary search. */
function lastStartingBefore(items: readonly { start: number }[], pos: number): number {
  let lo = 0, hi = items.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * A surname alone that clustering gave to one of two people sharing it ("Cruz" for Jane Cruz) stands for the other
 * when the pronoun's gender says so ("… Cruz said. “…,” he said" → John Cruz).
 */
export function sameSurnameOfGender(ctx: Salience, p: NameMention, g: 'm' | 'f'): string {
  const c = ctx.clusterOf.get(p.canonical);
  if (!c?.gender || c.gender === g || /\s/.test(p.name.trim())) return p.canonical;
  const other = ctx.clusters.find((x) => x !== c && x.gender === g && x.name.split(/\s+/).pop() === p.name.trim());
  // Nobody of that gender named in full: the surname alone, not the person of the other gender.
  return other ? other.name : p.name.trim();
}

/**
 * The most salient earlier person: recent, subject of its sentence, or the speaker of the previous quotes; never one of
 * `not` (whoever the cue addresses, or the quote names in the third person).
 */
export function antecedent(ctx: Salience, pos: number, g: 'm' | 'f' | null, sentence: number, prefer: string[] = [], not: readonly string[] = []): NameMention | null {
  const { personMentions, clusterOf, subjects, speakers, speakerSentences, pronounHits } = ctx;
  const best = new Map<string, { m: NameMention; score: number }>();
  for (let i = lastBefore(ctx, pos); i >= 0; i--) {
    const p = personMentions[i];
    if (p.sentence < sentence - 12) break;
    if (p.quoted || not.includes(p.canonical)) continue;
    const cg = p.gender ?? clusterOf.get(p.canonical)?.gender ?? null;
    let score = -(sentence - p.sentence);
    // First-name genders are a guess from a word list: a mismatch costs much but does not rule out.
    if (g && cg && cg !== g) score -= 3;
    if (g && !cg) score -= 1.5;
    if (subjects.has(p) || speakers.has(p)) score += 0.6;
    // "Asked whether Roe would win, she replied": a name inside a fronted clause is what the sentence is about.
    if (p.sentence === sentence && inFrontedClause(ctx.sentences[sentence], p, pos)) score -= FRONTED_CLAUSE;
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
  for (let i = lastStartingBefore(pronounHits, pos); i >= 0; i--) {
    const h = pronounHits[i];
    if (h.sentence < sentence - 12) break;
    if (g && h.g !== g || not.includes(h.m.canonical)) continue;
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

/** The last organisation (or, for a publication, outlet) named before pos within the window of sentences. */
export function orgAntecedent(ctx: Salience, pos: number, sentence: number, head?: string, window = 6, outlets = false): NameMention | null {
  const { sentences } = ctx;
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
