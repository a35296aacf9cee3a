/**
 * The name-level attacker decision: one per distinct name of an article, not one per mention. A name's features pool
 * its mentions (the role model's best and best-two attacker probabilities, its victim one, how often and where the
 * article names it, the attacker cues of any mention) with its shape (digits, hyphens, capitals, an "APT" id, a
 * group's head word), and a small model trained on the role model's out-of-fold scores of CASIE train
 * (scripts/train/incident-roles.js) turns them into the name's attacker probability.
 */
import type { LinearModel } from '../learn/linear';
import type { RoleInputs } from './arguments';
import { LIST_CUE } from './attacker-lists';
import type { Candidate } from './candidates';
import { sameVictim } from './phrases';
import type { RoleName } from './role-names';

const bin = (p: number) => Math.min(9, Math.floor(p * 10));
/** A probability as the steps it reaches ("pa>=1" ... "pa>=9"): a linear model reads these as a monotone score. */
const steps = (key: string, p: number) => {
  const out: string[] = [];
  for (let i = 1, n = bin(p); i <= n; i++) out.push(`${key}>=${i}`);
  return out;
};
/** Cues of the exact rules below, kept out of the name model (a refitted name model moves the CV by chance more than
 * one rare cue does). */
const RULE_ONLY = new Set(['m:possessed', LIST_CUE]);
/** Mention features worth pooling over a name: the attacker cues, the shape, the person and organisation marks. */
const POOLED = /^(?:a:|m:|cue=(?:actor|claim|attrib)|person$|end=|shape=|alias$|by$|says$|attack-on$|poss$|first$|tk=)/;
/** The source cues of source-cues.ts. */
const SOURCE = /^m:(?:says|expert|found-by|impersonated)$/;
const GROUP_HEAD = /\b(?:Team|Group|Gang|Crew|Squad|Army|Collective|Brokers|Hackers?|Cartel|Syndicate|Bear|Panda|Kitten|Spider|Chollima)$/i;

/** The pooled features of one name (`mentions`: indices of its candidates). Not added (attacker-report.js, CV named
 * attackers F1 of role seed 1, 57.9 without): whether the name is the article's likeliest actor by its best mention
 * against every other candidate's ('top' / 'below' / 'far below'), 54.5; a name's initials in brackets after it ("X
 * (XY)") as an alias cue the model pools, 58.0, or as an exact rule only (shareAliases), 57.9. */
export function attackerNameFeatures(n: RoleName, mentions: number[], features: string[][], probs: Array<[number, number]>): string[] {
  const [p1 = 0, p2 = 0] = mentions.map((k) => probs[k][1]).sort((a, b) => b - a);
  const mean = mentions.reduce((s, k) => s + probs[k][1], 0) / Math.max(1, mentions.length);
  const words = n.name.split(/\s+/);
  const f = [`pa=${bin(p1)}`, `p2=${bin(1 - (1 - p1) * (1 - p2))}`, `pm=${bin(mean)}`, `pv=${bin(n.victim)}`, `av=${p1 > n.victim ? 'a' : 'v'}`];
  f.push(...steps('pa', p1), ...steps('p2', 1 - (1 - p1) * (1 - p2)), ...steps('pv', n.victim));
  f.push(`m=${Math.min(mentions.length, 5)}`, `s=${Math.min(n.sentences.length, 4)}`, `s0=${Math.min(n.sentences[0] ?? 0, 6)}`, `w=${Math.min(words.length, 4)}`);
  if (/\d/.test(n.name)) f.push('n:digit');
  if (/-/.test(n.name)) f.push('n:hyphen');
  if (/^[\p{Lu}\d-]+$/u.test(n.name)) f.push('n:caps');
  if (/^APT\s?-?\d|\bAPT$/i.test(n.name)) f.push('n:apt');
  if (GROUP_HEAD.test(n.name)) f.push('n:group');
  if (/\p{Ll}\p{Lu}/u.test(n.name)) f.push('n:camel');
  if (/[_@]|\d$/.test(n.name)) f.push('n:handle');
  // Loops, not flatMap and filter: this runs once per name, mostly while V8 still interprets it.
  const pooled = new Set<string>();
  for (const k of mentions) for (const x of features[k]) if (POOLED.test(x) && !RULE_ONLY.has(x)) pooled.add(x);
  let actorCues = 0;
  for (const x of pooled) {
    f.push(`u:${x}`);
    if (x.startsWith('a:')) actorCues++;
  }
  f.push(`na=${Math.min(actorCues, 4)}`);
  // Quoted, credited or impersonated at every mention (source-cues.ts): a commentator's or a brand's way, not an actor's.
  if (mentions.length && mentions.every((k) => features[k].some((x) => SOURCE.test(x)))) f.push('n:source-only');
  return f;
}

/** The candidates that are mentions of a name (the victim matcher's grouping, as roleNames groups them). A loop: every
 * name is compared with every candidate, and a one-element array per candidate was most of the cost. */
export function mentionsOf(n: RoleName, candidates: Candidate[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < candidates.length; k++) if (sameVictim(n.name, candidates[k].text)) out.push(k);
  return out;
}

/** Each candidate's role features with its malware cues (attackers.ts attackerNameCues; the name model pools neither). */
export const withNameCues = (inputs: Pick<RoleInputs, 'features' | 'nameCues'>) => inputs.features.map((f, k) => f.concat(inputs.nameCues[k]));

/** A mention written as a place ("based in X", "hospitals in X"): the word before it is "in". */
const asPlace = (f: string[]) => f.includes('p1=in');

/** A malware's name ("the ransomware, called X", "the X trojan"): some mention says so and none speaks of a crew
 * ("the X group", "X claimed responsibility"). An exact rule: the malware is the tool, its operator the attacker. */
const malwareName = (mentions: string[][]) =>
  mentions.some((f) => f.includes('m:malware-named') || f.includes('m:malware-after')) && !mentions.some((f) => f.some((x) => /^a:(?:actor-before|actor-after|claimed)$/.test(x)));

/** A name written as the owner of what was taken ("X's leaked files", "X's stolen data") and never with an actor cue:
 * the victim's way, an exact rule as malwareName. */
const ownerOfTaken = (mentions: string[][]) => mentions.some((f) => f.includes('m:possessed')) && !mentions.some((f) => f.some((x) => /^(?:a:(?:actor-before|actor-after|claimed|alias)|m:introduced|m:listed|m:group-id)$/.test(x)));

/** A threat group id's prefix without its number ("APT" of "APT 28", which the candidates cut at the digits): a
 * fragment, not a name (an exact rule). */
const CUT_ID = /^(?:APT|FIN|UNC)$/;

/**
 * The article's names with the name model's attacker probability; a name only ever written as a place has none; a name
 * some mention introduces as an attacker ("a hacker group called X", "X, a hacking group", "X claimed responsibility")
 * or that is written as a threat group's id ("APT28", "FIN7") has at least `floors.introduced`, and one listed after an
 * actor noun ("hacking groups such as X", "another group, X,") at least `floors.listed` (exact rules: the model,
 * trained on few such names, scored most of them low).
 */
export function modelAttackers(names: RoleName[], candidates: Candidate[], features: string[][], probs: Array<[number, number]>, model: LinearModel, floors: { introduced?: number; listed?: number } = {}): RoleName[] {
  // Tried (instructions per warm analysis of the sample by callgrind, main 39.7M): attackerNameFeatures
  // pooling in one pass with its step features written once, 41.5M (41.8M twice with the next); each candidate's
  // exact-rule cues read once as bits instead of the includes below, no gain (39.53M against 39.59M without).
  // Tried again (steady state, icount2, main 30.99M): the name features written as their FNV states (feature-hash.ts
  // fnvFrom, the model's probabilitiesFrom: no string built only to be hashed; output identical) with giveRoles asking
  // isVictim and a name's victim score once per name, 32.04M. Alone, attackerNameFeatures and the name model's scoring
  // were 0.41M and 0.25M (callgrind, the sample's 11 names), so the loss is likely elsewhere: fnvFrom and
  // probabilitiesFrom, shared with the type model's hot path, then meet cons strings and a second caller.
  const at = model.classes.indexOf('attacker');
  const scored = names.map((n) => {
    const mentions = mentionsOf(n, candidates);
    if (mentions.length && mentions.every((k) => asPlace(features[k]))) return withAttacker(n, 0);
    const mentionFeatures = mentions.map((k) => features[k]);
    if (malwareName(mentionFeatures) || ownerOfTaken(mentionFeatures) || CUT_ID.test(n.name)) return withAttacker(n, 0);
    const p = model.probabilities(attackerNameFeatures(n, mentions, features, probs))[at];
    const has = (cue: string) => mentions.some((k) => features[k].includes(cue));
    const fi = floors.introduced ?? 0;
    const fl = floors.listed ?? 0;
    const floor = Math.max(fi > 0 && (has('m:introduced') || has('m:group-id')) ? fi : 0, fl > 0 && has('m:listed') ? fl : 0);
    return withAttacker(n, Math.max(p, floor));
  });
  return shareAliases(scored, candidates, features);
}

/** A roleNames name with another attacker probability: its fields in their order, written out (a spread of it cost
 * more than the rest of modelAttackers' loop while V8 still interprets it). roleNames' names carry no aliases or
 * partners yet. */
const withAttacker = (n: RoleName, attacker: number): RoleName => ({ name: n.name, victim: n.victim, attacker, sentences: n.sentences });

/**
 * Names written as two names of one actor ("known as X or Y", "X, also known as Y": attackers.ts, the cues
 * m:alias-prev on the second and m:alias-next on the first) take the likelier one's attacker probability: the model
 * sees the second name once, beside the first, and scored it as a stranger. An exact rule, one step (pairs). Each
 * also records the other (`aliases`), so that the attacker side can keep a second name of one actor off the card.
 */
function shareAliases(names: RoleName[], candidates: Candidate[], features: string[][]): RoleName[] {
  const nameOf = (k: number) => names.findIndex((n) => sameVictim(n.name, candidates[k].text));
  const pairs: Array<[number, number]> = [];
  candidates.forEach((c, k) => {
    const other = features[k].includes('m:alias-prev') ? k - 1 : features[k].includes('m:alias-next') ? k + 1 : -1;
    if (other >= 0 && other < candidates.length && candidates[other].sentence === c.sentence) pairs.push([nameOf(k), nameOf(other)]);
  });
  if (!pairs.length) return names;
  const out = names.map((n) => ({ ...n }));
  for (const [x, y] of pairs) {
    if (x < 0 || y < 0 || x === y) continue;
    const p = Math.max(names[x].attacker, names[y].attacker);
    [out[x].attacker, out[y].attacker] = [Math.max(out[x].attacker, p), Math.max(out[y].attacker, p)];
    for (const [a, b] of [[x, y], [y, x]]) if (!out[a].aliases?.includes(names[b].name)) (out[a].aliases ??= []).push(names[b].name);
  }
  return out;
}
