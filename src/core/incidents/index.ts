/**
 * Cyber and policy incidents: breaches, ransomware, phishing, vulnerabilities, espionage, attacks.
 *
 * Sentence by sentence (linear time, no NLP library): find trigger words, decide whether each speaks of a particular
 * incident (not a generic or hypothetical one), find its victim through a few frames ("breach at X", "attack on X",
 * "X was hacked", "X disclosed a breach", "hackers breached X", "the X breach"), then group triggers into incidents by
 * victim, falling back to the incident last spoken of. Counts (figures of kind 'count') and data-type nouns near a
 * trigger become the incident's records and data types; attacker and suspect phrases are read off the same sentences.
 */
import type { Entities } from '../entities';
import { ANAPHOR, BREACH_OF_RULE, COUNTED_VICTIMS, DATA_TYPES, GENERIC_CONTEXT, NOT_DATA_LEAK, PLURAL_TRIGGER, STATISTIC } from '../incident-vocabulary';
import { indicesBySentence, type Doc, type Sentence } from '../text';
import type { Figure, Incident } from '../types';
import { finish, incidentType, units } from './assembly';
import { dataTypesIn, describe, describeFollowUp, isCountFigure } from './details';
import { newDraft, type Draft, type Trigger } from './draft';
import { passingReference } from './passing';
import { assignRoles, roleInputs, type RoleInputs } from './arguments';
import { roleProbabilities, shippedIncidentModels, type IncidentModels } from './model';
import { sentenceTypeProbabilities } from './sentence-types';
import { collectLowerWords, resetTest, sameVictim } from './phrases';
import { tokenize } from './sentence-tokens';
import { triggerMatches } from './trigger-matches';
import { cyberArticle, decideTypes } from './typing';
import { commonAtStart, findVictim, holderVictim, isHeadline, isPersonOrTech, listVictims, personTokens, reportingSubject } from './victims';

/** A sentence that points back at what the incident hit ("the affected servers", "the stolen files"): a follow-up
 * however far from the incident's last sentence. */
const REFERS_BACK = /\bthe\s+(?:affected|compromised|breached|hacked|encrypted|stolen|exposed|leaked)\s+(?:[\p{L}-]+\s+){0,2}?(?:servers?|systems?|computers?|machines?|networks?|databases?|files|data|records|accounts)\b/iu;

export { incidentSlug, units } from './assembly';

export interface IncidentContext {
  figures: Figure[];
  entities: Entities;
  /** The learned models; the shipped ones when absent (the trainer passes one set per cross-validation fold). */
  models?: IncidentModels;
}

const CYBER_CONTEXT = /\b(?:cyber\w*|hack\w*|malware|ransomware|phishing|breach\w*|servers?|networks?|computers?|online|data|database|systems?|websites?|DDoS|botnet|accounts?|passwords?|IT)\b/i;
/** The words between a trigger and the victim after it when the incident was aimed at that victim. */
const AIMED_AT = /^\s*(?:(?:has|have|had|also|reportedly|that|which)\s+){0,2}(?:targeted|targeting|targets|against)\s/i;
/** "targeting Google users": the people who use the brand were aimed at, the brand itself is what the lures imitate. */
const BRAND_USERS = /^['’]?s?\s+(?:users|accounts?|account holders|customers|clients|subscribers|owners|fans)\b/i;
const AUX_PAST = /\b(?:was|were|had|has been|have been|did|last (?:week|month|year)|earlier this|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;

/** Cyber and policy incidents (breach, ransomware, ...) with victim, records, attacker and mentions. */
export function extractIncidents(doc: Doc, ctx: IncidentContext): Incident[] {
  const { drafts, roles } = gatherIncidents(doc, ctx);
  if (roles) assignRoles(drafts, roles.inputs, roles.probs, (ctx.models ?? shippedIncidentModels()).roleThresholds);
  return finish(drafts);
}

/** The incidents before their roles are given: the kept drafts and, when there are any, the role model's candidates
 * and scores. Nothing here reads the role thresholds, so the trainer gathers each article once per fold and gives the
 * roles again under every set of thresholds it tries (assignRoles on a copy of the drafts). */
export function gatherIncidents(doc: Doc, ctx: IncidentContext): { drafts: Draft[]; roles?: { inputs: RoleInputs; probs: Array<[number, number]> } } {
  const { text } = doc;
  const sentences = units(doc);
  if (!sentences.length) return { drafts: [] };
  const lowerWords = collectLowerWords(text);
  const cyberDoc = countCyber(text) >= 2;
  const figuresBySentence = indicesBySentence(sentences, ctx.figures);
  const people = personTokens(ctx.entities);

  const drafts: Draft[] = [];
  let current: Draft | null = null;
  const byVictim = (victim: string): Draft | undefined => drafts.find((d) => d.victim && sameVictim(d.victim, victim));

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const counts = (figuresBySentence.get(si) ?? []).filter((fi) => isCountFigure(ctx.figures[fi]));
    const triggers = findTriggers(s, si, lowerWords, cyberDoc, counts, people);
    for (const t of triggers) if (t.victim && (isPersonOrTech(t.victim, people) || commonAtStart(t.victim, s.text) || passingReference(text, s.text, si, t.victim))) t.victim = null;
    for (const t of triggers) {
      let d: Draft | undefined;
      if (t.victim) {
        d = byVictim(t.victim);
        if (!d && current && !current.victim && current.lastSentence >= si - 1) {
          // A victimless incident spoken of just before is most likely this one.
          current.victim = t.victim;
          d = current;
        }
      } else if (current) {
        // A victimless mention continues the incident last spoken of ("the breach", "a phishing email to steal").
        d = current;
      }
      if (!d) {
        if (!t.victim && !t.anaphoric && !establishes(s.text, t, counts)) continue;
        if (!t.victim && t.strength !== 'strong' && !counts.length) continue;
        d = newDraft(t.victim, si);
        drafts.push(d);
      }
      t.incident = d;
      d.triggers.push(t);
      d.sentences.add(si);
      d.lastSentence = si;
      current = d;
    }
    const placed = triggers.filter((t) => t.incident);
    if (placed.length) {
      describe(doc, s, si, placed, ctx.figures, figuresBySentence.get(si) ?? []);
      if (!isHeadline(s.text)) listVictims(s, placed, lowerWords, people);
    }
    else if (current && (current.lastSentence >= si - 2 || REFERS_BACK.test(s.text))) describeFollowUp(doc, s, si, current, ctx.figures, figuresBySentence.get(si) ?? []);
  }
  const models = ctx.models ?? shippedIncidentModels();
  // Memoised per sentence across edits with the shipped models (the trainer's folds pass their own and no cache).
  // Without drafts, outside a cyber article, the model adds nothing (typing.ts): it is not run.
  const scored = drafts.length > 0 || cyberArticle(sentences);
  const probs = scored ? sentenceTypeProbabilities(models, sentences, ctx.figures, text, ctx.models ? undefined : doc.cache, figuresBySentence) : [];
  const kept = decideTypes(drafts, sentences, probs, models, incidentType);
  // No incident, no roles to give: the role model's candidates and scores are not worked out.
  if (!kept.length) return { drafts: kept };
  const inputs = roleInputs(text, sentences, ctx.entities, ctx.models ? undefined : doc.cache, lowerWords);
  return { drafts: kept, roles: { inputs, probs: roleProbabilities(models, inputs.features) } };
}

/** Triggers in one sentence, each with its victim when a frame names one; generic mentions are dropped. */
function findTriggers(s: Sentence, si: number, lowerWords: Set<string>, cyberDoc: boolean, figures: number[], people: Set<string>): Trigger[] {
  const found: Trigger[] = [];
  // The spans taken so far, as start/end pairs: a sentence has few matches, and a typed array per sentence (off the
  // heap past 64 characters) cost more than all the comparisons.
  const covered: number[] = [];
  const overlaps = (a: number, b: number) => {
    if (a < b) for (let k = 0; k < covered.length; k += 2) if (covered[k] < b && a < covered[k + 1]) return true;
    return false;
  };
  for (const { rule, index: a, text } of triggerMatches(s.text)) {
    const b = a + text.length;
    if (overlaps(a, b)) continue;
    if (a < b) covered.push(a, b);
    found.push({ sentence: si, sentenceStart: s.start, start: s.start + a, end: s.start + b, text, type: rule.type, strength: rule.strength, victim: null, victimEnd: null, anaphoric: false });
  }
  if (!found.length) return [];
  found.sort((x, y) => x.start - y.start);
  const hasData = dataTypesIn(s.text).length > 0 || figures.length > 0;
  // Asked only of a trigger left without victim, count or anaphor (few sentences).
  let generic: boolean | undefined;
  const out: Trigger[] = [];
  const tokens = tokenize(s.text);
  let holder: { name: string; end: number } | null | undefined;
  const headline = isHeadline(s.text);
  for (const t of found) {
    const a = t.start - s.start;
    const b = t.end - s.start;
    const lower = t.text.toLowerCase();
    // "reported breaches rose 18% last year": a trend, not an incident. "a breach of resolutions": a broken rule.
    if (PLURAL_TRIGGER.test(lower) && STATISTIC.test(s.text)) continue;
    if (/breach/.test(lower) && BREACH_OF_RULE.test(s.text.slice(b, b + 60))) continue;
    // Outside a cyber article, a bare "vulnerability" is a figure of speech.
    if (!cyberDoc && t.type === 'vulnerability' && /^vulnerabilit/.test(lower)) continue;
    if (/^leak/.test(lower) && NOT_DATA_LEAK.test(s.text.slice(Math.max(0, a - 12), b))) continue;
    // "in breach of the contract": a broken agreement, not a security breach.
    if (/^breach$/.test(lower) && /\bin\s+(?:(?:material|clear|direct)\s+)?$/i.test(s.text.slice(Math.max(0, a - 20), a)) && /^\s+of\b/.test(s.text.slice(b, b + 5))) continue;
    if (t.strength === 'data') {
      // "stole", "exposed", "leaked" speak of a breach only with data, accounts or a count close by.
      const passive = /\b(?:been|was|were|is|are|be|being|had|have|has)\s+(?:\w+ly\s+)?$/i.test(s.text.slice(Math.max(0, a - 25), a));
      const near = s.text.slice(Math.max(0, a - (passive ? 160 : 40)), b + 70);
      if (!(resetTest(DATA_TYPES, near) || COUNTED_VICTIMS.test(near) || (hasData && /\b(?:data|information|details)\b/i.test(near)))) continue;
    }
    if (t.strength === 'hack' && /^attack/.test(lower) && !(CYBER_CONTEXT.test(s.text) || (cyberDoc && /cyber/i.test(lower)))) continue;
    const breachLike = t.type === 'breach' || t.type === 'attack';
    let victim = headline ? null : findVictim(s, tokens, a, b, lower, lowerWords, t.type === 'breach' || /^hack/i.test(lower));
    if (!victim && !headline && (breachLike || t.type === 'ransomware')) {
      if (holder === undefined) holder = holderVictim(tokens, lowerWords, s.text) ?? reportingSubject(tokens, lowerWords, s.text, a, people, !breachLike);
      if (holder) victim = { name: holder.name, end: holder.end, after: false };
    }
    // "Russia hacked into ...", "intrusions from Russia": the actor, not the victim.
    if (victim && (victim.after ? t.type === 'attack' && /^\s+from\s+(?:the\s+)?$/i.test(s.text.slice(b, victim.end - victim.name.length)) : /^(?:hacked|breached|attacked|infiltrated|broke)\b/.test(lower) && /^\s*(?:\w+ly\s+)?$/.test(s.text.slice(victim.end, a)))) victim = null;
    // A trigger whose frame named someone stays a trigger when that name is dropped here (as it was with the name).
    const framed = !!victim;
    if (victim && notHit(s.text, b, lower)) victim = null;
    t.victim = victim?.name ?? null;
    t.victimEnd = victim && victim.after ? s.start + victim.end : null;
    if (victim?.after && AIMED_AT.test(s.text.slice(b, victim.end - victim.name.length)) && !BRAND_USERS.test(s.text.slice(victim.end, victim.end + 25))) t.aimed = true;
    const before = s.text.slice(Math.max(0, a - 40), b);
    ANAPHOR.lastIndex = 0;
    t.anaphoric = /\b(?:the|this|that|these|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(s.text.slice(Math.max(0, a - 40), a)) && ANAPHOR.test(before);
    if (!framed && PLURAL_TRIGGER.test(lower) && !/\b(?:the|these|those)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(s.text.slice(Math.max(0, a - 40), a))) continue;
    if (!framed && !figures.length && !t.anaphoric && (generic ??= GENERIC_CONTEXT.test(s.text))) continue;
    out.push(t);
  }
  return out;
}

/**
 * After "breach", a service or record of breaches ("breach notification site X", "breach detection firm X", "X's data
 * breach portal"): whose service it is, not whom it hit (role-sweep.js seeds 1 / 2, named victims F1 55.7 -> 55.9 and
 * 54.2 -> 54.5). Tried and worse, seeds 1 / 2: the same after "hacking" ("X hacking group") 55.4 / 54.7; no victim
 * written before a plural trigger ("X said these breaches", "last year's X hacks") 55.6 / 53.8; none after a verb of
 * capability or purpose ("could hack X", "to steal data from X") 55.3 / 53.7; the three withheld like a veto 55.4 / 54.0
 * (what they removed was mostly found again by other triggers, and the drafts they made hosted the model's victims).
 */
const BREACH_KIND_AFTER = /^\s+(?:notification|detection|reporting|disclosure|tracking|monitoring|alerts?|portal|tracker|database|site|service|website|tool)\b/i;

/** Whether a frame's victim of the trigger ending at `b` is none of its own whatever the frame (BREACH_KIND_AFTER). */
function notHit(text: string, b: number, lower: string): boolean {
  return /^(?:(?:data |security )?breach)$/.test(lower) && BREACH_KIND_AFTER.test(text.slice(b, b + 30));
}

/** Whether a victimless trigger reports a particular incident (a count, a past event), not a general topic. */
function establishes(sentence: string, t: Trigger, figures: number[]): boolean {
  if (figures.length) return true;
  if (PLURAL_TRIGGER.test(t.text)) return false;
  const a = t.start - t.sentenceStart;
  const b = t.end - t.sentenceStart;
  // "cyber spy actions", "breach notification laws": the trigger only modifies another noun.
  if (/^\s+[a-z]+s\b/.test(sentence.slice(b, b + 30)) && !/^\s+(?:was|is|has|affects|exposes|hits)\b/.test(sentence.slice(b, b + 30))) return false;
  if (AUX_PAST.test(sentence)) return true;
  return /\b[a-z]{3,}ed\b/.test(sentence.slice(Math.max(0, a - 50), b + 50));
}

function countCyber(text: string): number {
  let n = 0;
  const re = /\b(?:cyber\w*|hack\w*|malware|ransomware|phishing|data breach\w*)\b/gi;
  for (let m = re.exec(text); m && n < 2; m = re.exec(text)) n++;
  return n;
}
