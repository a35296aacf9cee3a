/**
 * Candidate speakers for a quote whose cue names its speaker only by a pronoun ("he said") or a description ("the
 * official said"): the people named in the sentences before, each with the features a ranking model weighs
 * (distance, paragraph boundaries, gender agreement, subject or speaker of its sentence, salience, the rule's pick).
 */
import { CUE_VERBS, PRONOUNS, firstNameGender } from '../lexicon';
import type { NP } from '../cues';
import type { EntityContext } from '../entities';
import type { NameMention } from '../names';

/** How far back candidates are gathered, in sentences. */
const WINDOW = 12;
const MALE_HEAD = /(?:^|[^o])(?:man|husband|father|son|brother|boy|king|spokesman|chairman|congressman)$/;
const FEMALE_HEAD = /(?:woman|wife|mother|daughter|sister|lady|actress|queen|girl)$/;

export interface SpeakerCandidate {
  name: string;
  role: string | null;
  features: string[];
}

/** What the rule chose, and the quotes' speakers just before (nearest first). */
export interface RankContext {
  rule: string | null;
  prefer: readonly string[];
  /** The cue comes after the quote ("…,” he said) rather than before ("He said: “…”"). */
  cueAfter: boolean;
}

/** Whether a speaker noun phrase is one the ranker decides: he/she, or "the <person noun>". */
export function rankable(np: NP): boolean {
  if (np.kind === 'pronoun') {
    const g = PRONOUNS.get(np.text.toLowerCase());
    return g === 'm' || g === 'f';
  }
  return np.kind === 'description' && /^the\s/i.test(np.text) && np.text.split(/\s+/).length <= 4;
}

const bucket = (n: number, edges: number[]) => {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`;
};

/** Whether the mention is its sentence's subject or a speaker: at the start, or right before a cue verb. */
function subjectLike(ctx: EntityContext, m: NameMention): 'start' | 'cue' | 'other' {
  const toks = ctx.sentences[m.sentence].tokens;
  const firstWord = toks.findIndex((t) => t.word);
  if (m.first <= firstWord + 1) return 'start';
  for (let k = m.last + 1; k < Math.min(toks.length, m.last + 4); k++) if (CUE_VERBS.has(toks[k].lower)) return 'cue';
  return 'other';
}

/** The people named before `np` (nearest mention of each), with features. Empty when nobody is named near. */
export function speakerCandidates(ctx: EntityContext, np: NP, sentence: number, rc: RankContext): SpeakerCandidate[] {
  const npType = np.kind === 'pronoun' ? np.text.toLowerCase() : 'desc';
  const g = np.kind === 'pronoun' ? PRONOUNS.get(npType) : FEMALE_HEAD.test(np.text.toLowerCase()) ? 'f' : MALE_HEAD.test(np.text.toLowerCase()) ? 'm' : null;
  const head = np.text.toLowerCase().split(/\s+/).pop()!.replace(/[^a-z-]/g, '');
  const paragraph = ctx.sentences[sentence].paragraph;
  const byName = new Map<string, { last: NameMention; count: number; rank: number }>();
  const genderOf = new Map(ctx.clusters.map((c) => [c.name, c.gender]));
  const roleOf = new Map(ctx.clusters.map((c) => [c.name, c.role]));
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start >= np.start || m.kind !== 'person') continue;
    if (m.sentence < sentence - WINDOW) break;
    const seen = byName.get(m.canonical);
    if (seen) seen.count++;
    else byName.set(m.canonical, { last: m, count: 1, rank: byName.size });
  }
  // Salience over the whole text before: how often, and whether the headline names them.
  const total = new Map<string, number>();
  const headline = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.start >= np.start || m.kind !== 'person') continue;
    total.set(m.canonical, (total.get(m.canonical) ?? 0) + 1);
    if (ctx.sentences[m.sentence].paragraph === 0) headline.add(m.canonical);
  }
  const agreement = (name: string, last: NameMention) => {
    const cg = last.gender ?? genderOf.get(name) ?? null;
    return !g ? 'none' : !cg ? 'unknown' : cg === g ? 'agree' : 'clash';
  };
  let agreeing = 0;
  const out: SpeakerCandidate[] = [];
  for (const [name, { last, count, rank }] of byName) {
    const agree = agreement(name, last);
    // Rank among the candidates the pronoun could stand for: the nearest agreeing person is the usual referent.
    const grank = agree === 'clash' ? 'clash' : bucket(agreeing++, [0, 1, 2]);
    const possessive = /[’']s?$/.test(last.text) || /^[’']/.test(ctx.doc.text.slice(last.end, last.end + 1));
    const role = roleOf.get(name) ?? last.role ?? null;
    const sd = sentence - last.sentence;
    const pd = paragraph - ctx.sentences[last.sentence].paragraph;
    const pi = rc.prefer.indexOf(name);
    const subj = subjectLike(ctx, last);
    const f = [
      `np=${npType}`,
      `sdist=${bucket(sd, [0, 1, 2, 4, 8])}`,
      `pdist=${bucket(pd, [0, 1, 2])}`,
      `rank=${bucket(rank, [0, 1, 2, 4])}`,
      `count=${bucket(count, [1, 2, 4])}`,
      `gender=${agree}`,
      `gender=${agree}&np=${npType}`,
      `subj=${subj}`,
      `subj=${subj}&rank=${bucket(rank, [0, 1])}`,
      `quoted=${last.quoted}`,
      `prefer=${pi < 0 ? 'no' : pi}`,
      `rule=${rc.rule === name}`,
      `rule=${rc.rule === name}&np=${npType}`,
      `cueAfter=${rc.cueAfter}&rank=${bucket(rank, [0, 1])}`,
      `sdist=${bucket(sd, [0, 1, 2, 4])}&gender=${agree}`,
      `grank=${grank}`,
      `grank=${grank}&np=${npType}`,
      `grank=${grank}&subj=${subj}`,
      `total=${bucket(total.get(name) ?? 0, [1, 2, 4, 8])}`,
      `headline=${headline.has(name)}`,
      `possessive=${possessive}`,
      // A person's name has a given name the word list knows (a misread place or reef has none).
      `given=${firstNameGender(name.split(/\s+/)[0]) != null}&words=${bucket(name.split(/\s+/).length, [1, 2])}`,
    ];
    if (npType === 'desc') f.push(`roleHead=${role != null && new RegExp(`\\b${head}\\b`, 'i').test(role)}`);
    out.push({ name, role, features: f });
  }
  return out;
}
