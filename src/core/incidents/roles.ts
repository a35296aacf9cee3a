/**
 * The learned argument roles: for each candidate name in an incident's sentences, how likely it is the victim or the
 * attacker (against neither), from its words and shape, the words around it, the nearest trigger word and which
 * side it stands on, and whether the engine knows it as a person. Trained on CASIE train's Victim and Attacker spans.
 */
import { rememberLast } from '../cache';
import type { Sentence } from '../text';
import { attackerFeatures } from './attackers';
import type { Candidate, TriggerSpan } from './candidates';
import { words } from './features';

const ORG_END = /\b(?:Inc|Corp|Corporation|Ltd|LLC|plc|Group|Bank|Health|Hospital|University|College|School|Department|Ministry|Agency|Council|County|City|Services|Systems|Airlines|Airways|Company|Holdings|Foundation)\.?$/;
const ATTACKER_END = /\b(?:Team|Group|Gang|Crew|Squad|Army|Bear|Panda|Kitten|Spider|Collective|Brokers)$/i;

/** A name introduced as a chosen or given name ("a group calling itself X", "known as X", "dubbed X"): attackers' way. */
const ALIAS_BEFORE = /\b(?:call(?:ing|s|ed)? (?:itself|themselves|himself|herself)|known as|dubbed|nicknamed|(?:group|gang|crew|outfit|actor) (?:called|named))\s*["“']?$/i;

/** Sentence-level cues of who did it and who it was done to, each a feature when the sentence holds it. */
const CUES: Array<[string, RegExp]> = [
  ['claim', /\bclaim(?:ed|s|ing)? (?:responsibility|credit)\b/i],
  ['attrib', /\b(?:attribut\w+|linked|tied|blam\w+|believed to be|suspected)\b/i],
  ['actor', /\b(?:hackers?|group|gang|actors?|crew|operators?|cybercriminals?|criminals|threat|APT)\b/i],
  ['victimOf', /\b(?:victims?|targeted|affected|impacted|hit|suffered|fell victim)\b/i],
  ['notify', /\b(?:notif\w+|disclos\w+|confirm\w+|announc\w+|informed|warn\w+|apologi\w+)\b/i],
  ['customers', /\b(?:customers|patients|users|employees|members|clients|students)\b/i],
  ['research', /\b(?:researchers?|discovered|found|spotted|analys[ie]s|report(?:ed)?)\b/i],
];

/** The CUES features of a sentence, remembered for the last one: a sentence's candidates come one after another, and
 * each ran the seven patterns over the whole sentence again. A loop: filter and map with destructured pairs cost three
 * times as much while V8 still interprets this (the first analyses of a session). */
const sentenceCues = rememberLast((text: string): string[] => {
  const out: string[] = [];
  for (let k = 0; k < CUES.length; k++) if (CUES[k][1].test(text)) out.push(`cue=${CUES[k][0]}`);
  return out;
});

const distance = (n: number) => (n < 15 ? 'near' : n < 40 ? 'mid' : n < 100 ? 'far' : 'away');

export interface RoleContext {
  /** Lower-cased full names and surnames of the people the engine found. */
  people: Set<string>;
  /** How often each lower-cased candidate text occurs in the article's candidates. */
  frequency: Map<string, number>;
}

/**
 * A candidate's role features; memoised by role-memo.ts, whose key must hold whatever this reads. Not added (role-sweep.js,
 * mean over ROLE_SEED 1-5, named victims / attackers F1, against 54.96 / 54.06): clause-aware features (the trigger kinds
 * of the candidate's own clause, split at punctuation and "said", "which", "after"...; the candidate opening its clause;
 * a passive verb it is the subject of, "X's servers were encrypted") 54.52 / 51.96; the passive ones alone 54.76 / 53.44.
 */
export function roleFeatures(c: Candidate, s: Sentence, triggers: TriggerSpan[], ctx: RoleContext, first = false): string[] {
  const a = c.start - s.start;
  const b = c.end - s.start;
  const own = words(c.text);
  const before = words(s.text.slice(Math.max(0, a - 40), a)).slice(-3);
  const after = words(s.text.slice(b, b + 40)).slice(0, 3);
  const f = own.map((w) => `cw=${w}`);
  f.push(`cl=${own[own.length - 1] ?? ''}`, `cn=${Math.min(own.length, 4)}`);
  before.forEach((w, i) => f.push(`p${before.length - i}=${w}`));
  after.forEach((w, i) => f.push(`n${i + 1}=${w}`));
  if (before.length) f.push(`pb=${before.slice(-2).join('_')}`);
  if (after.length) f.push(`nb=${after.slice(0, 2).join('_')}`);
  if (a < 2) f.push('at=start');
  if (ALIAS_BEFORE.test(s.text.slice(Math.max(0, a - 40), a))) f.push('alias');
  if (/^[\p{Lu}\d]+$/u.test(c.text)) f.push('shape=caps');
  if (/\d/.test(c.text)) f.push('shape=digit');
  if (/\.(?:com|net|org|io)$/i.test(c.text)) f.push('shape=domain');
  if (/[a-z][A-Z]/.test(c.text)) f.push('shape=camel');
  if (ORG_END.test(c.text)) f.push('end=org');
  if (ATTACKER_END.test(c.text)) f.push('end=attacker');
  if (/['’]s\b/.test(s.text.slice(b, b + 3))) f.push('poss');
  const lower = c.text.toLowerCase();
  if (ctx.people.has(lower) || ctx.people.has(lower.split(/\s+/).pop() ?? '')) f.push('person');
  f.push(`freq=${Math.min(ctx.frequency.get(lower) ?? 1, 4)}`, `sp=${Math.min(c.sentence, 5)}`);
  if (first) f.push('first');
  f.push(...sentenceCues(s.text));
  f.push(...attackerFeatures(c, s));
  if (/^\s*(?:said|says|confirmed|announced|disclosed|reported|revealed)\b/i.test(s.text.slice(b, b + 20))) f.push('says');
  if (/\b(?:attacks?|breach(?:es)?|hacks?|intrusions?) (?:on|against|at|of)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, a - 30), a))) f.push('attack-on');
  if (/\b(?:by|from)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, a - 12), a))) f.push('by');
  let nearest: TriggerSpan | null = null;
  let gap = Infinity;
  for (const t of triggers) {
    const d = t.end <= a ? a - t.end : t.start >= b ? t.start - b : 0;
    if (d < gap) {
      nearest = t;
      gap = d;
    }
  }
  if (nearest) {
    const side = nearest.end <= a ? 'after' : 'before';
    f.push(`tk=${nearest.kind}_${side}`, `td=${nearest.kind}_${side}_${distance(gap)}`, `tt=${side}_${nearest.text}`);
  } else f.push('tk=none');
  return f;
}
