/**
 * Victims and attackers chosen by the role model among the article's names, each scored by its best mention. An
 * incident without a victim from the frames takes the most likely victim name in or next to its sentences (any of the
 * article's names when it is the only incident; or, when the trained mode says so, the model's victim replaces the
 * frames' one); further likely victims join the nearest incident's victims; a named attacker goes to the nearest.
 */
import type { ParagraphCache } from '../cache';
import type { Entities } from '../entities';
import type { Sentence } from '../text';
import { incidentType } from './assembly';
import { loadLinear, type LinearModel } from '../learn/linear';
import { markLists, withListPartners } from './attacker-lists';
import { modelAttackers, withNameCues } from './attacker-names';
import { assignAttackers, attackerNameCues, gateFrameAttackers, pooledAttackers, releaseAttackers, type AttackerPool } from './attackers';
import { nameCandidates, triggerSpans, type Candidate } from './candidates';
import type { Draft } from './draft';
import { collectLowerWords, sameVictim } from './phrases';
import { gap, nearestDraft, roleNames, type RoleName } from './role-names';
import { memoRoleFeatures } from './role-memo';
import { roleFeatures } from './roles';
import { sourceCues } from './source-cues';
import { commonAtStart, isHeadline, notVictimName, personTokens } from './victims';

export interface RoleInputs {
  candidates: Candidate[];
  features: string[][];
  /** Per candidate: a common word opening its sentence ("Once", "Details"), capitalised as every first word is. */
  commonStart: boolean[];
  /** Per candidate: its malware cues, read by the attacker side's exact malware rule (attackers.ts attackerNameCues). */
  nameCues: string[][];
  /** Lower-cased names the article writes as a town's ("the city of X", "X city officials"): a place, and a body that
   * an attack can hit. */
  municipal?: Set<string>;
  /** Lower-cased names the article writes only inside a pointer to another story ("(see X Says Y)"): a headline, not
   * an actor of this one. */
  referenced?: Set<string>;
}

export interface RoleThresholds {
  /** An incident without a frame victim takes the most likely victim name of the article reaching this. */
  victim: number;
  attacker: number;
  /** A second likely attacker name fills an incident's empty suspect slot (above 1: none; attackers.ts). */
  second: number;
  /** A further likely attacker name beside an incident's attacker or suspect, when both are taken, joins its further
   * attackers (above 1: none; attackers.ts). */
  third: number;
  /** A name listed with a card's attacker ("A, B and C claimed") whose attacker probability reaches this joins its
   * further attackers (above 1: none; attackers.ts). */
  listMate: number;
  /** Whether a demonym or country name alone may be an attacker the names give (attackers.ts). */
  demonyms: 'any' | 'never' | 'adjectives';
  /** 'skip': another name of an actor the card holds takes no attacker slot of its own (attackers.ts). */
  aliases: 'keep' | 'skip';
  /** A frame victim the model is this sure is the attacker becomes it (above 1: none; attackers.ts). */
  steal: number;
  /** How a name's mentions make its attacker probability: the best one's, the noisy-or of the best two, or the name
   * model's (attacker-names.ts). */
  pool: AttackerPool;
  /** A frame's attacker or suspect the attacker side scores below this is dropped (0: none is; attackers.ts). */
  gate: number;
  /** A name introduced as an attacker by an exact pattern has at least this attacker probability (0: none; attackers.ts). */
  introduced: number;
  /** A name listed right after an actor noun has at least this attacker probability (0: none; attackers.ts). */
  listed: number;
  /** The name-level attacker model (pool 'model'). */
  names?: LinearModel;
  /** Further victims: any other name reaching this joins the nearest incident's victims (above 1: none). */
  more: number;
  /** A frame's victim (or listed victim) written before its trigger word whose name the model scores below this is
   * dropped (0: none is). */
  veto: number;
  /** A phishing incident's frame victim the model scores below this is dropped: the brand a lure impersonates ("X
   * users were hit by a phishing email posing as X") is written where a victim would be (0: none is). */
  vetoPhishing: number;
  /** A ransomware incident's frame victim written before its trigger word that the model scores below this is dropped
   * (the common `veto` at the least): of ransomware, such names the model doubts are mostly a security firm reporting
   * or a strain's name. Those after it ("a ransomware attack on X") stay, as for `veto` (0: none is). Tried on both
   * sides of the trigger: seed means of named victims F1 +0.3 at 0.1, but one-sentence stories ("ransomware encrypted
   * the records of X") lost their victim. */
  vetoRansomware: number;
  /** A phishing incident takes the model's victim (or further victims) only at this: its likely names are the brands
   * a lure impersonates and the mail services it reaches, while the people it fooled go unnamed (above 1: none). */
  victimPhishing: number;
  /** Whether an incident whose frame victim was vetoed may take the model's victim instead. */
  refill: boolean;
  /** 'fill': only incidents the frames left without a victim take the model's; 'replace': the model's also replaces
   * a frame's victim that it does not score as a victim. */
  victimMode: 'fill' | 'replace';
  /** How many sentences from an incident's own a model's victim may be named (when the article has several incidents). */
  window: number;
}

/** Role thresholds from a model file (defaults for those it lacks); `names`: its name-level attacker model, if any. */
export function roleThresholdsOf(raw: Partial<Omit<RoleThresholds, 'names'>> | undefined, names?: unknown): RoleThresholds {
  const rt = raw ?? {};
  const pool = rt.pool === 'model' && names ? 'model' : rt.pool === 'top2' ? 'top2' : 'best';
  return { victim: rt.victim ?? 0.5, attacker: rt.attacker ?? 0.5, second: rt.second ?? 2, third: rt.third ?? 2, listMate: rt.listMate ?? 2, demonyms: rt.demonyms === 'never' || rt.demonyms === 'adjectives' ? rt.demonyms : 'any', aliases: rt.aliases === 'skip' ? 'skip' : 'keep', steal: rt.steal ?? 2, pool, gate: rt.gate ?? 0, introduced: rt.introduced ?? 0, listed: rt.listed ?? 0, names: pool === 'model' ? loadLinear(names) : undefined, more: rt.more ?? 2, veto: rt.veto ?? 0, vetoPhishing: rt.vetoPhishing ?? 0, vetoRansomware: rt.vetoRansomware ?? 0, victimPhishing: rt.victimPhishing ?? rt.victim ?? 0.5, refill: rt.refill ?? true, victimMode: rt.victimMode === 'replace' ? 'replace' : 'fill', window: rt.window ?? 1 };
}

/** "the city of X", "X city officials" (lower case only: "X City" is a name of its own): X written as a town. */
const MUNICIPAL_BEFORE = /\b(?:city|town|village|borough|municipality|county)\s+of\s+$/i;
const MUNICIPAL_AFTER = /^\s+(?:city|town|village|county)\b/;
/** An open parenthesis that points the reader to another story ("(see ", "(read more: ", "(related: "). */
const SEE_OPEN = /\((?:see|read|related|also read)\b/i;
const SEE_BEFORE = /\((?:see|read|related|also read)\b[^()]*$/i;

/** Lower-cased names every mention of which stands inside such a pointer ("(see X Downsizes Y Estimate)"). */
function referencedOnly(text: string, candidates: Candidate[]): Set<string> {
  const inside = (c: Candidate) => SEE_BEFORE.test(text.slice(Math.max(0, c.start - 120), c.start)) && /^[^()]*\)/.test(text.slice(c.end, c.end + 120));
  const outside = new Set(candidates.filter((c) => !inside(c)).map((c) => c.text.toLowerCase()));
  return new Set(candidates.map((c) => c.text.toLowerCase()).filter((t) => !outside.has(t)));
}

/**
 * The candidate names of the article and their role features (the trainer computes them alike); `cache` memoises the
 * features per candidate on edits; `lowerWords` is collectLowerWords(text), passed by a caller that has it already.
 */
export function roleInputs(text: string, sentences: Sentence[], entities: Entities, cache?: ParagraphCache, lowerWords = collectLowerWords(text)): RoleInputs {
  const people = personTokens(entities);
  // A title-case headline's capitalised words are not names (as for the frames).
  const candidates = sentences.flatMap((s, si) => (isHeadline(s.text) ? [] : nameCandidates(s, si, lowerWords)));
  const frequency = new Map<string, number>();
  for (const c of candidates) frequency.set(c.text.toLowerCase(), (frequency.get(c.text.toLowerCase()) ?? 0) + 1);
  const triggers = new Map<number, ReturnType<typeof triggerSpans>>();
  const seen = new Set<string>();
  const features = candidates.map((c) => {
    const s = sentences[c.sentence];
    const lower = c.text.toLowerCase();
    const first = !seen.has(lower);
    seen.add(lower);
    return memoRoleFeatures(cache, c, s, { people, frequency }, first, () => {
      if (!triggers.has(c.sentence)) triggers.set(c.sentence, triggerSpans(s.text));
      return roleFeatures(c, s, triggers.get(c.sentence)!, { people, frequency }, first);
    });
  });
  const commonStart = candidates.map((c) => commonAtStart(c.text, sentences[c.sentence].text, c.start - sentences[c.sentence].start));
  const nameCues = candidates.map((c) => attackerNameCues(c, sentences[c.sentence]).concat(sourceCues(c, sentences[c.sentence])));
  markLists(text, candidates, nameCues);
  const municipal = new Set(candidates.filter((c) => MUNICIPAL_BEFORE.test(text.slice(Math.max(0, c.start - 25), c.start)) || MUNICIPAL_AFTER.test(text.slice(c.end, c.end + 10))).map((c) => c.text.toLowerCase()));
  return { candidates, features, commonStart, nameCues, municipal, referenced: SEE_OPEN.test(text) ? referencedOnly(text, candidates) : undefined };
}

/**
 * Sets victims and attackers from the role probabilities ([victim, attacker] per candidate), decided per name over the
 * whole article (roleNames): a name is a victim or an attacker, whichever the model finds likelier.
 */
export function assignRoles(drafts: Draft[], inputs: RoleInputs, probs: Array<[number, number]>, th: RoleThresholds): void {
  if (drafts.length) giveRoles(drafts, inputs, scoreNames(inputs, probs, th), th);
}

export interface ScoredNames {
  /** The article's names with their best mention's victim and attacker probabilities. */
  names: RoleName[];
  /** The same names as the attacker side scores them (the name model's probability, or the pooled mentions'). */
  attackers: RoleName[];
}

/** The article's names as each side scores them; reads of the thresholds only `pool`, `names`, `introduced` and
 * `listed` (the trainer keeps one per article and value of those while it tries the others). */
export function scoreNames(inputs: RoleInputs, probs: Array<[number, number]>, th: RoleThresholds): ScoredNames {
  const names = roleNames(inputs.candidates, probs);
  const scored = th.pool === 'model' && th.names ? modelAttackers(names, inputs.candidates, withNameCues(inputs), probs, th.names, th) : pooledAttackers(names, inputs.candidates, probs, th.pool);
  return { names, attackers: withListPartners(scored, inputs.candidates, inputs.nameCues) };
}

/** assignRoles with the names scored (scoreNames); `drafts` not empty. */
export function giveRoles(drafts: Draft[], inputs: RoleInputs, { names, attackers }: ScoredNames, th: RoleThresholds): void {
  // A vulnerability is found in a product, not suffered by a victim (CASIE gives its events none): the vendor or
  // product a frame took for one is not reported as a victim, and the model gives it none.
  const vulnerability = new Set(drafts.filter((d) => (d.modelType ?? incidentType(d)) === 'vulnerability'));
  for (const d of vulnerability) [d.withheld, d.victim, d.others] = [[d.victim, ...d.others].filter((v): v is string => !!v), null, []];
  // A name the attacker side is sure of leaves the victims (`steal`) before they are chosen, and the likeliest go to
  // the incidents at the end.
  const actor = releaseAttackers(drafts, attackers, th);
  const single = drafts.length === 1;
  // A name written only as a sentence's common first word, or never a victim's, is none (the attackers may take it).
  const onlyAtStart = new Set(inputs.candidates.filter((c, k) => inputs.commonStart[k] && inputs.candidates.every((o, j) => inputs.commonStart[j] || o.text !== c.text)).map((c) => c.text));
  // A name written only in a pointer to another story ("(see X Says Y)") is neither victim nor attacker of this one
  // (role-sweep.js seed 1, named victims F1 56.3 -> 56.7; freed from the victims alone, such names took attacker
  // slots: seed 2, named attackers F1 50.9 -> 50.3).
  const pointer = (n: RoleName) => !!inputs.referenced?.has(n.name.toLowerCase());
  // A place is no victim ("Ontario"), but a town the article writes as one is ("the city of X").
  const isVictim = (n: RoleName) => n.victim >= n.attacker && (!notVictimName(n.name) || !!inputs.municipal?.has(n.name.toLowerCase())) && !onlyAtStart.has(n.name) && !actor(n.name) && !pointer(n);
  // Withheld names stay taken: they do not become another incident's victim or an attacker.
  const taken = (n: RoleName) => drafts.some((d) => (d.victim && sameVictim(d.victim, n.name)) || [...d.others, ...(d.withheld ?? [])].some((o) => sameVictim(o, n.name)));
  // A name the candidates never hold (a lower-case phrase, a headline's) scores -1: only the model's names are vetoed.
  const score = (name: string) => Math.max(-1, ...names.filter((n) => sameVictim(name, n.name)).map((n) => n.victim));
  const isPhishing = (d: Draft) => (d.modelType ?? incidentType(d)) === 'phishing';
  // The bar a model's victim must reach to join an incident of this kind.
  const bar = (d: Draft, base: number) => (isPhishing(d) ? Math.max(base, th.victimPhishing) : base);
  const refused = new Set<Draft>();
  const vetoed = (name: string, bar: number) => bar > 0 && score(name) >= 0 && score(name) < bar;
  for (const d of drafts) {
    // Vetoed names are withheld like a vulnerability's: no other incident's victim, no attacker.
    // A victim a frame finds after its trigger word ("attack on X", "hackers breached X", "compromised the data of X
    // customers") is what the sentence says was hit: only names written before it (a reporting subject, "the X
    // breach", "X said it was hacked") can be vetoed, but for a phishing incident's (CV chose against vetoing the
    // ones after the trigger: 52.9 -> 53.3, but "a ransomware attack on X" in an article of one sentence lost X, and
    // a name scored apart in two sections lost its incident there). A bar of their own for those after it lost too
    // (role-sweep.js SETS, seeds 1 and 2, 55.7 and 54.2 without: 0.01 55.6 / 53.5, 0.02 55.4 / 53.7, 0.05 54.9 / 53.5).
    const after = (t: Draft['triggers'][number], v: string) => t.victimEnd != null || inputs.candidates.some((c) => c.sentence === t.sentence && c.start >= t.end && sameVictim(c.text, v));
    const named = (v: string) => d.triggers.some((t) => !!t.victim && sameVictim(t.victim, v) && after(t, v));
    // A phishing campaign "targeted X": X is whom it was aimed at, not a brand its lures impersonate.
    const aimed = (v: string) => d.triggers.some((t) => t.aimed && !!t.victim && sameVictim(t.victim, v));
    const phishing = (v: string) => (isPhishing(d) && !aimed(v) ? th.vetoPhishing : 0);
    const ransom = (d.modelType ?? incidentType(d)) === 'ransomware' ? th.vetoRansomware : 0;
    const drop = [d.victim, ...d.others].filter((v): v is string => !!v && vetoed(v, Math.max(phishing(v), named(v) ? 0 : Math.max(th.veto, ransom))));
    if (!drop.length) continue;
    if (!th.refill && d.victim && drop.includes(d.victim)) refused.add(d);
    (d.withheld ??= []).push(...drop);
    if (d.victim && drop.includes(d.victim)) d.victim = null;
    d.others = d.others.filter((o) => !drop.includes(o));
  }
  for (const d of drafts) {
    if (vulnerability.has(d) || refused.has(d)) continue;
    // The article's one incident may take any of its names; several share them out by distance.
    const own = d.victim ? Math.max(0, score(d.victim)) : 0;
    let best: RoleName | null = null;
    for (const n of names) {
      if (!isVictim(n) || n.victim < bar(d, th.victim) || (!single && gap(n, d.sentences) > th.window) || taken(n)) continue;
      if (!best || n.victim > best.victim) best = n;
    }
    if (!best) continue;
    // 'replace': the model overrules a frame's victim only when it does not take that name for a victim itself.
    if (!d.victim || (th.victimMode === 'replace' && own < th.victim)) d.victim = best.name;
  }
  const hosts = drafts.filter((d) => !vulnerability.has(d));
  // A learned incident (the model's type at a free sentence, no rule trigger) left without a victim, in an article
  // whose incidents name one victim, tells another side of that victim's story ("phishing emails" that began the
  // breach at X): it takes that victim.
  const named = hosts.filter((d) => d.victim);
  if (named.length && named.every((d) => sameVictim(d.victim!, named[0].victim!)))
    for (const d of hosts) if (d.learned && !d.victim) d.victim = named[0].victim;
  if (hosts.length)
    for (const n of names) {
      if (!isVictim(n) || n.victim < th.more || taken(n)) continue;
      const host = nearestDraft(n, hosts);
      if (n.victim >= bar(host, th.more)) host.others.push(n.name);
    }
  // CASIE gives a vulnerability's events no attacker (it is found and patched, not committed): only the other
  // incidents take one from the model.
  const aliased = (x: string) => inputs.candidates.some((c, k) => inputs.features[k].includes('a:alias') && sameVictim(c.text, x));
  gateFrameAttackers(drafts, attackers, th.gate, aliased);
  if (hosts.length) assignAttackers(hosts, attackers, th, (n) => taken(n) || pointer(n));
}
