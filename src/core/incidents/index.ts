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
import {
  ANAPHOR,
  ATTACKER_ACTS,
  BY_ATTACKER,
  COUNTED_VICTIMS,
  DATA_TYPES,
  DESCRIPTION_WORD,
  GENERIC_CONTEXT,
  HOLDER_NOUN,
  NOT_DATA_LEAK,
  NOT_NAME,
  NOT_VICTIM,
  REPORTER_BEFORE,
  NP_STOP,
  PASSIVE_HIT,
  PLURAL_TRIGGER,
  SUSPECT_OBJECT,
  SUSPECT_SUBJECT,
  TRIGGERS,
  TRIGGER_THEN_VERB,
  VICTIM_OBJECT_VERB,
  VICTIM_PREPOSITION,
  VICTIM_REPORTS,
} from '../incident-vocabulary';
import { indicesBySentence, type Doc, type Sentence } from '../text';
import { newDraft, type Draft, type Trigger } from './draft';
import { shippedIncidentModels, sentenceInputs, typeProbabilities, type IncidentModels } from './model';
import { decideTypes } from './typing';
import type { Figure, Incident, IncidentType, Span } from '../types';

export interface IncidentContext {
  figures: Figure[];
  entities: Entities;
  /** The learned models; the shipped ones when absent (the trainer passes one set per cross-validation fold). */
  models?: IncidentModels;
}

interface Token {
  start: number; // offset in the sentence
  end: number;
  text: string;
}

const TYPE_PRIORITY: IncidentType[] = ['breach', 'ransomware', 'phishing', 'espionage', 'vulnerability', 'attack', 'other'];
const CYBER_CONTEXT = /\b(?:cyber\w*|hack\w*|malware|ransomware|phishing|breach\w*|servers?|networks?|computers?|online|data|database|systems?|websites?|DDoS|botnet|accounts?|passwords?|IT)\b/i;
const AUX_PAST = /\b(?:was|were|had|has been|have been|did|last (?:week|month|year)|earlier this|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
const RECORD_UNIT = /byte$/i;

/** Cyber and policy incidents (breach, ransomware, ...) with victim, records, attacker and mentions. */
export function extractIncidents(doc: Doc, ctx: IncidentContext): Incident[] {
  const { text } = doc;
  const sentences = units(doc);
  if (!sentences.length) return [];
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
    for (const t of triggers) if (t.victim && isPersonOrTech(t.victim, people)) t.victim = null;
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
    else if (current && current.lastSentence >= si - 2) describeFollowUp(doc, s, si, current, ctx.figures, figuresBySentence.get(si) ?? []);
  }
  const models = ctx.models ?? shippedIncidentModels();
  const probs = typeProbabilities(models, sentenceInputs(sentences, ctx.figures, text));
  return finish(decideTypes(drafts, sentences, probs, models, incidentType));
}

const isByteMeasure = (f: Figure) => f.kind === 'measure' && ((!!f.unit && RECORD_UNIT.test(f.unit)) || /\d\s*(?:[KMGTP]B|bytes?)$/i.test(f.text));
const isCountFigure = (f: Figure) => f.kind === 'count' || isByteMeasure(f);

/** Surnames and full names of people in the text: a reporting person ("Hunt revealed") is not a victim. */
function personTokens(entities: Entities): Set<string> {
  const set = new Set<string>();
  for (const p of entities.people) {
    const parts = p.name.split(/\s+/);
    // Only the surname of a full name: "Hunt revealed" after "researcher Troy Hunt". A whole multi-word name is kept,
    // since an organisation in a victim slot is far likelier than a person.
    if (parts.length < 2) continue;
    set.add(parts[parts.length - 1].toLowerCase());
    set.add(p.name.toLowerCase());
  }
  return set;
}

function isPersonOrTech(victim: string, people: Set<string>): boolean {
  return (!victim.includes(' ') && people.has(victim.toLowerCase())) || NOT_VICTIM.test(victim);
}

/** Triggers in one sentence, each with its victim when a frame names one; generic mentions are dropped. */
function findTriggers(s: Sentence, si: number, lowerWords: Set<string>, cyberDoc: boolean, figures: number[], people: Set<string>): Trigger[] {
  const found: Trigger[] = [];
  // Allocated on the first match only: most sentences have none.
  let covered: Uint8Array | null = null;
  const overlaps = (a: number, b: number) => {
    if (covered) for (let i = a; i < b; i++) if (covered[i]) return true;
    return false;
  };
  for (const rule of TRIGGERS) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(s.text); m; m = rule.re.exec(s.text)) {
      const a = m.index;
      const b = a + m[0].length;
      if (overlaps(a, b)) continue;
      (covered ??= new Uint8Array(s.text.length)).fill(1, a, b);
      found.push({ sentence: si, sentenceStart: s.start, start: s.start + a, end: s.start + b, text: m[0], type: rule.type, strength: rule.strength, victim: null, victimEnd: null, anaphoric: false });
    }
  }
  if (!found.length) return [];
  found.sort((x, y) => x.start - y.start);
  const hasData = resetTest(DATA_TYPES, s.text) || figures.length > 0;
  const generic = GENERIC_CONTEXT.test(s.text);
  const out: Trigger[] = [];
  const tokens = tokenize(s.text);
  let holder: { name: string; end: number } | null | undefined;
  const headline = isHeadline(s.text);
  for (const t of found) {
    const a = t.start - s.start;
    const b = t.end - s.start;
    const lower = t.text.toLowerCase();
    if (/^leak/.test(lower) && NOT_DATA_LEAK.test(s.text.slice(Math.max(0, a - 12), b))) continue;
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
      if (holder === undefined) holder = holderVictim(tokens, lowerWords, s.text) ?? (breachLike ? reportingSubject(tokens, lowerWords, s.text, a, people) : null);
      if (holder) victim = { ...holder, after: false };
    }
    t.victim = victim?.name ?? null;
    t.victimEnd = victim && victim.after ? s.start + victim.end : null;
    const before = s.text.slice(Math.max(0, a - 40), b);
    ANAPHOR.lastIndex = 0;
    t.anaphoric = /\b(?:the|this|that|these|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(s.text.slice(Math.max(0, a - 40), a)) && ANAPHOR.test(before);
    if (!t.victim && PLURAL_TRIGGER.test(lower) && !/\b(?:the|these|those)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(s.text.slice(Math.max(0, a - 40), a))) continue;
    if (!t.victim && generic && !figures.length && !t.anaphoric) continue;
    out.push(t);
  }
  return out;
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

// ---------------------------------------------------------------------------------------------------------------
// Victims

/** Finds the victim named by a frame around the trigger at [a, b) of the sentence. */
function findVictim(s: Sentence, tokens: Token[], a: number, b: number, lower: string, lowerWords: Set<string>, breachLike: boolean): { name: string; end: number; after: boolean } | null {
  const text = s.text;
  // "hack into its systems", "a breach of their network": the sentence's subject is the victim.
  if (/^\s*(?:(?:at|of|on|into|in|from)\s+)?(?:its|their)\b/i.test(text.slice(b, b + 20)) && tokens.length && isCap(tokens[0].text) && !NOT_NAME.has(stripDot(tokens[0].text).toLowerCase())) {
    const subject = nameRun(tokens, 0, lowerWords, text);
    if (subject && subject.end < a) return { ...subject, after: false };
  }
  const ti = firstTokenFrom(tokens, b);
  // 1. "breach at X", "attack on health care provider X", "hack of X".
  const prep = VICTIM_PREPOSITION.exec(text.slice(b));
  if (prep && ti >= 0) {
    const from = firstTokenFrom(tokens, b + prep[0].length);
    const np = nameInPhrase(tokens, from, lowerWords, text);
    if (np) return { ...np, after: true };
  }
  // 1b. "card breaches have hit hospitality chains X", "the attack affected X".
  const then = TRIGGER_THEN_VERB.exec(text.slice(b, b + 80));
  if (then) {
    const from = firstTokenFrom(tokens, b + then[0].length);
    const np = from >= 0 ? nameInPhrase(tokens, from, lowerWords, text) : null;
    if (np) return { ...np, after: true };
  }
  // 2. Active object: "hackers breached X", "the attack hit X" (not the passive "X was hacked").
  const passiveBefore = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, a - 20), a));
  if (VICTIM_OBJECT_VERB.test(lower) && !passiveBefore && ti >= 0) {
    const np = nameInPhrase(tokens, ti, lowerWords, text, 2);
    if (np) return { ...np, after: true };
  }
  const prefix = text.slice(0, a);
  // 3. Passive: "X was hacked", "X's servers were compromised".
  PASSIVE_HIT.lastIndex = 0;
  if (passiveBefore || /^(?:hacked|breached|compromised|attacked|targeted|infiltrated|infected)$/i.test(lower)) {
    const aux = endMatch(AUX_TAIL, prefix);
    const end = aux ? aux.index : prefix.length;
    const np = nameEndingAt(tokens, end, lowerWords, text, s);
    if (np && passiveBefore) return { ...np, after: false };
  }
  // 4. Modifier: "the X breach", "X's data breach", "X's massive leak".
  const mod = breachLike ? endMatch(MODIFIER_TAIL, prefix) : null;
  if (mod && mod[0].length) {
    const np = nameEndingAt(tokens, mod.index, lowerWords, text, s);
    if (np) return { ...np, after: false };
  }
  // 5. Reporting: "X disclosed a breach", "X said it suffered a data breach".
  VICTIM_REPORTS.lastIndex = 0;
  let rep: RegExpExecArray | null = null;
  for (let m = VICTIM_REPORTS.exec(prefix); m; m = VICTIM_REPORTS.exec(prefix)) rep = m;
  if (rep && (a - (rep.index + rep[0].length) < 60 || (a - (rep.index + rep[0].length) < 140 && /\b(?:its|their)\b/i.test(text.slice(rep.index, a))))) {
    const lead = endMatch(REPORT_LEAD_TAIL, prefix.slice(0, rep.index));
    const at = lead ? lead.index : rep.index;
    const np = nameEndingAt(tokens, at, lowerWords, text, s);
    if (np && !REPORTER_BEFORE.test(text.slice(Math.max(0, at - np.name.length - 40), at - np.name.length))) return { ...np, after: false };
    // "X, the company behind Y, has suffered a breach": the sentence's subject before an apposition.
    if (/,\s*$/.test(prefix.slice(Math.max(0, at - 3), at)) && tokens.length) {
      const subject = nameRun(tokens, 0, lowerWords, text);
      if (subject && /^\s*,/.test(text.slice(subject.end, subject.end + 3))) return { ...subject, after: false };
    }
  }
  return null;
}

const LIST_CUE = /\b(?:includ(?:e|es|ed|ing)|such as|namely|among them|followed by|as well as)\s+/gi;

/** Further named victims in an incident's sentence: lists after a victim ("hit A and B"), after "include" or
 * "such as", and "X with N records". Added to the owning incident's `victims`. */
function listVictims(s: Sentence, placed: Trigger[], lowerWords: Set<string>, people: Set<string>): void {
  const tokens = tokenize(s.text);
  const owner = (at: number): Draft => {
    let best = placed[0];
    for (const t of placed) if (t.start - s.start <= at) best = t;
    return best.incident!;
  };
  const add = (d: Draft, name: string) => {
    if (isPersonOrTech(name, people) || NOT_NAME.has(name.toLowerCase())) return;
    if ((d.victim && sameVictim(d.victim, name)) || d.others.some((o) => sameVictim(o, name))) return;
    d.others.push(name);
  };
  const starts: number[] = [];
  for (const t of placed) if (t.victim && t.victimEnd != null) starts.push(t.victimEnd - s.start);
  LIST_CUE.lastIndex = 0;
  for (let m = LIST_CUE.exec(s.text); m; m = LIST_CUE.exec(s.text)) starts.push(-(m.index + m[0].length) - 1);
  for (const raw of starts) {
    const cue = raw < 0;
    let at = cue ? -raw - 1 : raw;
    const d = owner(at);
    let first = cue;
    for (let guard = 0; guard < 20; guard++) {
      if (!first) {
        // Skip "(twice)", ", with 67,382 records", then require a list separator.
        const rest = s.text.slice(at, at + 80);
        const sep = /^(?:\s*\([^)]{0,30}\))?(?:(?:\s*,\s*|\s+)with\s+[\d,.]+(?:\s+(?:million|billion|thousand))?(?:\s+[a-z]+){0,3})?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)/.exec(rest);
        if (!sep) break;
        at += sep[0].length;
      }
      first = false;
      const from = firstTokenFrom(tokens, at);
      if (from < 0 || tokens[from].start - at > 1) break;
      const np = nameInPhrase(tokens, from, lowerWords, s.text, 3);
      if (!np) break;
      add(d, np.name);
      at = np.end;
    }
  }
  // "the Department of X, with 101,013 personnel records exposed"; "CVS with 40,739 records".
  const withCount = /(?:\s*,\s*|\s+)with\s+(?:more than\s+|over\s+|nearly\s+|about\s+)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:[a-z-]+\s+){0,2}(?:records|accounts|users|customers|employees|members|files)\b/y;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i].text) || NOT_NAME.has(stripDot(tokens[i].text).toLowerCase()) || /^\p{N}/u.test(tokens[i].text)) continue;
    const run = nameRun(tokens, i, lowerWords, s.text);
    if (!run) continue;
    let end = run.end;
    const paren = /^\s*\([^)]{0,20}\)/.exec(s.text.slice(end, end + 24));
    if (paren) end += paren[0].length;
    withCount.lastIndex = end;
    if (withCount.test(s.text)) add(owner(end), run.name);
    while (i + 1 < tokens.length && tokens[i + 1].start < run.end) i++;
  }
}

/** A title-case line ("Regional Group Says Hackers Stole Data"): its capitalised words are not names. */
function isHeadline(text: string): boolean {
  if (/[.!?]["”’)]*$/.test(text.trim())) return false;
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  if (content.length < 3) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * content.length;
}

const ORG_APPOSITION = /\b(?:company|group|firm|provider|retailer|bank|hospital|chain|agency|department|ministry|university|college|school|district|council|insurer|operator|maker|manufacturer|carrier|network|service|platform|app|site|website|store|brand|business|organi[sz]ation|nonprofit|charity|airline|utility|exchange|lender|developer|startup|giant)\b/i;
/** Last words that make a name an organisation's, whatever a people list says ("X Mutual Insurance", "X Airways"). */
const ORG_NAME_END = /\b(?:Insurance|Bank|Bancorp|Group|Inc\.?|Corp\.?|Corporation|Co\.?|Ltd\.?|LLC|plc|Company|Holdings|Health|Healthcare|Hospital|Clinic|University|College|School|Airways|Airlines|Services|Systems|Technologies|Solutions|Networks|Communications|Telecom|Agency|Department|Ministry|Office|Council|Authority|Commission|Bureau|Foundation|Association|Union|Partners|Capital|Financial|Media|Labs?|Games|Studios?|Motors|Energy|Pharmaceuticals?|Stores?|Hotels?|Resorts?)$/;
const PERSON_APPOSITION = /\b(?:researcher|analyst|expert|professor|spokes\w*|journalist|reporter|consultant|investigator|director|officer|chief|CEO|founder|president|official|lawyer|attorney)\b/i;

/** "X, a hospital group based in Y, said on Tuesday that hackers had accessed ...": the reporting organisation. */
function reportingSubject(tokens: Token[], lowerWords: Set<string>, text: string, triggerAt: number, people: Set<string>): { name: string; end: number } | null {
  if (!tokens.length || !isCap(tokens[0].text) || NOT_NAME.has(stripDot(tokens[0].text).toLowerCase())) return null;
  const subject = nameRun(tokens, 0, lowerWords, text);
  if (!subject) return null;
  const rest = text.slice(subject.end, triggerAt);
  const m = /^(,[^,]{1,120},)?\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+)?(?:said|says|announced|announces|stated|states|told|confirmed|confirms|disclosed|discloses|admitted|notified|revealed|reveals|warned|warns)\b/.exec(rest);
  if (!m) return null;
  const apposition = m[1] ?? '';
  if (PERSON_APPOSITION.test(apposition) || REPORTER_BEFORE.test(text.slice(0, 1))) return null;
  const surname = subject.name.split(/\s+/).pop()!.toLowerCase();
  if (!ORG_APPOSITION.test(apposition) && !ORG_NAME_END.test(subject.name) && (people.has(surname) || people.has(subject.name.toLowerCase()))) return null;
  return subject;
}

/** "26,000 X customers", "X's database", "customers of retailer X", "records belonging to X": the holder X. */
function holderVictim(tokens: Token[], lowerWords: Set<string>, text: string): { name: string; end: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i].text;
    if (HOLDER_NOUN.test(tok) && i + 2 < tokens.length && /^(?:of|at|from)$/i.test(tokens[i + 1].text)) {
      const np = nameInPhrase(tokens, i + 2, lowerWords, text, 4);
      if (np) return np;
    }
    if (/^belonging$/i.test(tok) && tokens[i + 1]?.text === 'to') {
      const np = nameInPhrase(tokens, i + 2, lowerWords, text, 2);
      if (np) return np;
    }
    if (!isCap(tok) || NOT_NAME.has(stripDot(tok).toLowerCase()) || /^\p{N}/u.test(tok)) continue;
    const run = nameRun(tokens, i, lowerWords, text);
    if (!run) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].start < run.end) j++;
    for (let k = j, skipped = 0; k < tokens.length && skipped <= 3; k++, skipped++) {
      const w = tokens[k].text;
      if (HOLDER_NOUN.test(w)) return run;
      if (!/^(?:\p{N}[\p{N},.]*|nearly|about|some|over|almost|more|than|million|billion|thousand|US|UK|U\.S\.|online|customer|user|personal|internal|own|entire|the|its|[a-z]+(?:ed|al|ic|ive))$/u.test(w)) break;
    }
    i = j - 1;
  }
  return null;
}

/** A name inside the noun phrase starting at token `from`: skips determiners and description words. */
function nameInPhrase(tokens: Token[], from: number, lowerWords: Set<string>, text: string, maxDescription = 5): { name: string; end: number } | null {
  let i = from;
  let described = 0;
  while (i >= 0 && i < tokens.length) {
    const tok = tokens[i];
    if (isCap(tok.text) && !NOT_NAME.has(stripDot(tok.text).toLowerCase())) break;
    if (/^[,;:()"“”]$/.test(tok.text) || NP_STOP.has(tok.text.toLowerCase())) return null;
    if (!DESCRIPTION_WORD.test(tok.text) && !NOT_NAME.has(tok.text.toLowerCase())) return null;
    // "breaches of consumer data the UK had seen": what was breached is data, not a named holder.
    if (/^(?:data|information|details|records|files|credentials|passwords)$/i.test(tok.text)) return null;
    if (described > 0 && /^(?:the|a|an|this|that)$/i.test(tok.text)) return null;
    if (++described > maxDescription + 1) return null;
    i++;
  }
  if (i < 0 || i >= tokens.length) return null;
  return nameRun(tokens, i, lowerWords, text);
}

/** The capitalised run starting at token i ("U.S. Bureau of Land Records", "Smith & Wesson"). */
function nameRun(tokens: Token[], i: number, lowerWords: Set<string>, text: string): { name: string; end: number } | null {
  if (/^\p{N}/u.test(tokens[i].text)) return null;
  let j = i;
  let last = i;
  while (j < tokens.length) {
    const t = tokens[j].text;
    if (isCap(t)) {
      if (/['’](?:ve|re|ll|d|m)$|n['’]t$|-based$/i.test(t)) break;
      last = j;
      // "Children's Hospital": a possessive inside a name goes on when another capitalised word (not an acronym) follows.
      if (/['’]s$/.test(t) && j + 1 < tokens.length && isCap(tokens[j + 1].text) && !/^[\p{Lu}.]+$/u.test(tokens[j + 1].text) && !NOT_NAME.has(tokens[j + 1].text.toLowerCase())) {
        j++;
        continue;
      }
      if (/['’]s$/.test(t) || (/\.$/.test(t) && !isAbbrev(t))) break;
      j++;
      continue;
    }
    if ((t === 'of' || t === 'for' || t === '&' || t === 'de') && j + 1 < tokens.length && isCap(tokens[j + 1].text) && tokens[j + 1].start - tokens[j].end <= 1) {
      j++;
      continue;
    }
    break;
  }
  const start = tokens[i].start;
  let end = tokens[last].end;
  let name = text.slice(start, end).replace(/['’]s$/, '');
  if (/\.$/.test(name) && !isAbbrev(tokens[last].text)) name = name.slice(0, -1);
  end = start + name.length;
  // A sentence-initial word that is also used in lower case ("Hackers", "Using") is not part of a name.
  if (i === 0 && (lowerWords.has(tokens[0].text.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u.test(tokens[0].text))) {
    if (last === i) return null;
    return nameRun(tokens, 1, lowerWords, text);
  }
  if (NOT_NAME.has(name.toLowerCase()) || name.length < 2) return null;
  return { name, end };
}

/** The name whose run ends right before sentence offset `at` (allowing a possessive and "the"). */
function nameEndingAt(tokens: Token[], at: number, lowerWords: Set<string>, text: string, _s: Sentence): { name: string; end: number } | null {
  // The last token ending at or before `at` (token ends are increasing).
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  if (k < 0 || at - tokens[k].end > 2) return null;
  if (!isCap(tokens[k].text)) return null;
  let i = k;
  while (i > 0) {
    const prev = tokens[i - 1].text;
    if (isCap(prev) && !NOT_NAME.has(stripDot(prev).toLowerCase()) && !/['’]s$/.test(prev)) {
      i--;
      continue;
    }
    if ((prev === 'of' || prev === '&' || prev === 'for') && i > 1 && isCap(tokens[i - 2].text)) {
      i -= 2;
      continue;
    }
    break;
  }
  while (i <= k && NOT_NAME.has(stripDot(tokens[i].text).toLowerCase())) i++;
  if (i > k) {
    // "the mobile phone company Three": a common word becomes a name right after a word for an organisation.
    if (k > 0 && /^(?:company|firm|operator|carrier|network|provider|brand|retailer|bank|insurer|chain|app|service|platform)$/i.test(tokens[k - 1].text) && !/^(?:The|A|An|It|This|That)$/.test(tokens[k].text)) {
      return { name: tokens[k].text, end: tokens[k].end };
    }
    return null;
  }
  const run = nameRun(tokens, i, lowerWords, text);
  return run && run.end >= tokens[k].end - 2 ? run : null;
}

const isAbbrev = (t: string) => /^(?:\p{L}\.)+$/u.test(t) || /^(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.$/.test(t);
const stripDot = (t: string) => (isAbbrev(t) ? t : t.replace(/\.$/, ''));
function isCap(t: string): boolean {
  if (/['’](?:ve|re|ll|d|m)$|n['’]t$|-based$/i.test(t)) return false;
  return /^[\p{Lu}]/u.test(t) || /^[a-z]{1,2}[A-Z]/.test(t) || /^\p{N}[\p{L}\p{N}]*[\p{L}]/u.test(t) || /^[\w-]+\.(?:com|net|org|io)$/i.test(t);
}

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}&.'’@_-]*|[&,;:()"“”]/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let t = m[0];
    // Keep "U.S." and "Inc." whole; drop a sentence's final full stop or a trailing apostrophe.
    if (/[.'’-]$/.test(t) && !isAbbrev(t) && !/['’]s$/.test(t)) {
      let e = t.length;
      while (e > 0 && ".'’-".includes(t[e - 1])) e--;
      t = t.slice(0, e);
    }
    if (t) out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

function normVictim(v: string): string {
  return v
    .toLowerCase()
    .replace(/^(?:the)\s+/, '')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (?:inc|corp|corporation|ltd|llc|co|plc|group|limited)$/, '');
}
function sameVictim(a: string, b: string): boolean {
  const x = normVictim(a);
  const y = normVictim(b);
  if (x === y) return true;
  const contains = (h: string, n: string) => n.length >= 3 && ` ${h} `.includes(` ${n} `);
  return contains(x, y) || contains(y, x);
}

// ---------------------------------------------------------------------------------------------------------------
// Records, data types, attacker, suspects, date

function describe(doc: Doc, s: Sentence, si: number, placed: Trigger[], figures: Figure[], figs: number[]): void {
  const owner = (offset: number): Draft => {
    let best = placed[0];
    for (const t of placed) if (t.start <= offset) best = t;
    return best.incident!;
  };
  for (const fi of figs) {
    const f = figures[fi];
    addFigure(doc, owner(f.start), f, fi);
  }
  DATA_TYPES.lastIndex = 0;
  for (let m = DATA_TYPES.exec(s.text); m; m = DATA_TYPES.exec(s.text)) addDataType(owner(s.start + m.index), m[0]);
  // What a data verb took: "leaked the agency's staff accounts", "customer files were stolen".
  for (const t of placed) {
    if (t.strength !== 'data') continue;
    const a = t.start - s.start;
    const b = t.end - s.start;
    const after = DATA_OBJECT_AFTER.exec(s.text.slice(b, b + 60));
    if (after) addDataType(t.incident!, after[1]);
    const before = DATA_OBJECT_BEFORE.exec(s.text.slice(Math.max(0, a - 60), a));
    if (before) addDataType(t.incident!, before[1]);
  }
  const drafts = [...new Set(placed.map((t) => t.incident!))];
  const attacker = findAttacker(s.text);
  if (attacker) owner(s.start + attacker.at).attacker ??= attacker.name;
  const suspect = findSuspect(s.text);
  if (suspect) for (const d of drafts) d.suspected ??= suspect;
  void si;
}

/** A sentence right after an incident's that gives counts or data without a trigger word ("The data included ..."). */
function describeFollowUp(doc: Doc, s: Sentence, si: number, d: Draft, figures: Figure[], figs: number[]): void {
  const lists = /\b(?:includ\w*|contain\w*|consist\w*|compris\w*|such as|affect\w*|impact\w*|involv\w*|belong\w*|exposed|stolen|accessed|compromised|taken|circulat\w*|posted|published|sold|selling|leaked|dumped)\b/i.test(s.text);
  if (!lists) return;
  let used = false;
  for (const fi of figs) {
    if (addFigure(doc, d, figures[fi], fi, true)) used = true;
  }
  DATA_TYPES.lastIndex = 0;
  for (let m = DATA_TYPES.exec(s.text); m; m = DATA_TYPES.exec(s.text)) {
    addDataType(d, m[0]);
    used = true;
  }
  if (used) d.sentences.add(si);
}

function addFigure(doc: Doc, d: Draft, f: Figure, fi: number, strict = false): boolean {
  if (f.kind === 'date') {
    d.date ??= f.date;
    return false;
  }
  if (f.value == null) return false;
  const value = Array.isArray(f.value) ? f.value[1] : f.value;
  const what = countedNoun(doc.text, f);
  const countable =
    f.kind === 'count' ||
    isByteMeasure(f) ||
    (f.kind === 'number' && (!!what || (!strict && value >= 10 && !/^(?:1[89]|20)\d\d$/.test(f.text))));
  if (!countable) return false;
  // "3 years", "twice": counts of time, not of what was compromised.
  if (what && NOT_RECORD.test(what)) return false;
  if (strict && !what) return false;
  if (d.recordFigures.has(fi)) return false;
  d.recordFigures.add(fi);
  d.records.push({ value, what, qualifier: f.qualifier, figure: fi });
  if (what && resetTest(DATA_TYPES, what)) addDataType(d, what);
  return true;
}

const DATA_HEAD = String.raw`(?:accounts|databases?|files|documents|records|emails|e-mails|messages|logs|backups?|credentials|information|data|details|photos|images|recordings|archives?|dumps?)`;
/** The object of a data verb: up to three words ending in a data noun, right after the verb. */
const DATA_OBJECT_AFTER = new RegExp(String.raw`^\s+(?:(?:the|a|an|its|their|his|her|some|all|of)\s+){0,2}((?:[\p{L}.'’-]+\s+){0,2}?${DATA_HEAD})\b`, 'iu');
/** The subject of a passive data verb: "customer files were stolen". */
const DATA_OBJECT_BEFORE = new RegExp(String.raw`(?:^|\s)((?:[\p{L}'’-]+\s){0,2}${DATA_HEAD})\s(?:were|was|had been|have been|has been|are|is|being)\s(?:\w+ly\s)?$`, 'iu');

const NOT_RECORD = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times?|percent|per cent|points?|dollars?|euros?|pounds?|miles?|feet)$/i;
const COUNTED_AFTER = new RegExp(String.raw`^\s*(?:of\s+(?:the\s+|its\s+|their\s+)?)?((?:[\p{L}'’-]+\s+){0,3}?${COUNTED_VICTIMS.source.replace(/^\\b|\\b$/g, '')})\b`, 'iu');

/** What a count counts: the figure's own `counts` when it is a whole noun phrase, else the victim/data noun after it. */
function countedNoun(text: string, f: Figure): string | null {
  const after = text.slice(f.end, f.end + 60);
  const m = COUNTED_AFTER.exec(after);
  if (m && !/[.;:]/.test(m[1])) {
    const phrase = m[1].replace(/\s+/g, ' ').trim();
    if (!f.counts || phrase.length > f.counts.length) return phrase;
  }
  if (f.counts) return f.counts;
  const dt = new RegExp(DATA_TYPES.source, 'iy');
  const lead = /^\s*(?:of\s+)?/.exec(after)![0].length;
  dt.lastIndex = lead;
  const d = dt.exec(after);
  return d ? d[0] : null;
}

function addDataType(d: Draft, phrase: string): void {
  const p = phrase.replace(/\s+/g, ' ').trim();
  if (!d.dataTypes.some((x) => x.toLowerCase() === p.toLowerCase())) d.dataTypes.push(p);
}

const ATTACKER_HINT = /hack|criminal|attacker|fraudster|thie|intruder|scammer|actor|crook|adversar|extortion|perpetrator|gang|group|crew|collective/i;
const SUSPECT_HINT = /suspect|blam|attribut|believed|thought to|traced|pinned|linked|tied|alleged|behind|responsible/i;

function findAttacker(sentence: string): { name: string; at: number } | null {
  if (!ATTACKER_HINT.test(sentence)) return null;
  const suspectSpan = suspectRange(sentence);
  for (const re of [ATTACKER_ACTS, BY_ATTACKER]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const at = m.index + m[0].indexOf(m[1]);
      if (suspectSpan && at >= suspectSpan[0] && at < suspectSpan[1]) continue;
      return { name: cleanNp(m[1]), at };
    }
  }
  return null;
}

function suspectRange(sentence: string): [number, number] | null {
  if (!SUSPECT_HINT.test(sentence)) return null;
  SUSPECT_SUBJECT.lastIndex = 0;
  const m = SUSPECT_SUBJECT.exec(sentence);
  return m ? [m.index, m.index + m[0].length] : null;
}

function findSuspect(sentence: string): string | null {
  if (!SUSPECT_HINT.test(sentence)) return null;
  SUSPECT_SUBJECT.lastIndex = 0;
  const m = SUSPECT_SUBJECT.exec(sentence);
  if (m) return cleanNp(m[1]);
  SUSPECT_OBJECT.lastIndex = 0;
  const o = SUSPECT_OBJECT.exec(sentence);
  if (o && !NOT_NAME.has(cleanNp(o[1]).toLowerCase())) return cleanNp(o[1]);
  return null;
}

const cleanNp = (np: string) => np.replace(/^(?:a|an|the|some|several)\s+/i, '').replace(/^(?:The|A|An)\s+/, '').trim();

// ---------------------------------------------------------------------------------------------------------------
// Finishing

function finish(drafts: Draft[]): Incident[] {
  const out: Incident[] = [];
  const used = new Map<string, number>();
  for (const d of drafts) {
    const type = d.modelType ?? incidentType(d);
    // A victimless, countless incident spoken of once with a weak word is too thin to report, unless the model found it.
    if (!d.learned && !d.victim && !d.records.length && d.triggers.length < 2 && d.triggers[0].strength !== 'strong') continue;
    const noun = labelNoun(d, type);
    const label = d.victim ? `${d.victim} ${noun}` : noun.charAt(0).toUpperCase() + noun.slice(1);
    const slug = incidentSlug(type, d.victim);
    const n = (used.get(slug) ?? 0) + 1;
    used.set(slug, n);
    const mentions: Span[] = d.triggers.map((t) => ({ start: t.start, end: t.end, text: t.text }));
    out.push({
      id: n > 1 ? `${slug}-${n}` : slug,
      label,
      type,
      victim: d.victim,
      ...(d.others.length ? { victims: [...(d.victim ? [d.victim] : []), ...d.others] } : {}),
      attacker: d.attacker,
      suspected: d.suspected,
      date: d.date,
      records: d.records,
      dataTypes: d.dataTypes,
      mentions: mentions.sort((x, y) => x.start - y.start),
    });
  }
  return out;
}

/** The id stem of an incident: its type and victim ("breach-acme-corp"); a second one with the same stem gets "-2". */
export function incidentSlug(type: IncidentType, victim: string | null): string {
  return `${type}-${(victim ?? 'unnamed').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;
}

function incidentType(d: Draft): IncidentType {
  const dataRecords = d.records.some((r) => r.what && (COUNTED_VICTIMS.test(r.what) || resetTest(DATA_TYPES, r.what)));
  // A breach needs a breach word ("data breach", "leak"), or a data verb or intrusion with a victim or counted data.
  const strong = d.triggers.some((t) => t.type === 'breach' && t.strength === 'strong');
  const weak = d.triggers.some((t) => (t.type === 'breach' && t.strength === 'data') || t.type === 'attack');
  // When the incident is named as another kind (ransomware, phishing, a vulnerability), a data verb makes it a breach
  // only with counted records or a named victim of its own ("leaked the agency's accounts").
  const otherKind = d.triggers.some((t) => t.type !== 'breach' && t.type !== 'attack' && t.strength === 'strong');
  const hasBreach = strong || (weak && (otherKind ? dataRecords || d.triggers.some((t) => t.type === 'breach' && !!t.victim) : !!d.victim || dataRecords || (d.dataTypes.length > 0 && d.triggers.some((t) => t.type === 'attack'))));
  if (hasBreach) return 'breach';
  // Not a breach: the most specific other kind named; data verbs alone leave a plain attack.
  let best: IncidentType = 'attack';
  for (const t of d.triggers) if (t.type !== 'breach' && TYPE_PRIORITY.indexOf(t.type) < TYPE_PRIORITY.indexOf(best)) best = t.type;
  return best;
}

const LABEL_NOUN = /^(?:(?:data|security|credit[- ]card|card|payment[- ]card|cyber[- ]?security)\s+)?breach$|^data\s+(?:leak|dump|exposure|theft)$|^leak$|^hack$|^(?:cyber[- ]?)?attack$|^intrusion$|^ransomware attack$|^phishing (?:attack|campaign|scam)$/i;
function labelNoun(d: Draft, type: IncidentType): string {
  // Only a word of the incident's own kind, or a neutral one ("attack", "hack"), names it: badge and label agree.
  const first = d.triggers.find((t) => (t.type === type || t.type === 'attack') && LABEL_NOUN.test(t.text));
  if (first) return first.text.toLowerCase();
  return { breach: 'data breach', ransomware: 'ransomware attack', phishing: 'phishing attack', vulnerability: 'vulnerability', espionage: 'espionage', attack: 'attack', other: 'incident' }[type];
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** Index of the first token starting at or after `at`, or -1 (binary search: tokens are in order). */
function firstTokenFrom(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

/** Longest stretch handled as one unit: a "sentence" longer than this (a table, a run-on dump) is cut at spaces, so
 * the per-sentence work (which looks around each trigger) stays bounded and the whole pass linear. */
const MAX_UNIT = 2000;

/** The document's sentences, with over-long ones cut into pieces of at most MAX_UNIT characters. */
export function units(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    if (s.text.length <= MAX_UNIT) {
      out.push(s);
      continue;
    }
    let from = 0;
    while (from < s.text.length) {
      let to = Math.min(s.text.length, from + MAX_UNIT);
      if (to < s.text.length) {
        const space = s.text.lastIndexOf(' ', to);
        if (space > from + MAX_UNIT / 2) to = space;
      }
      out.push({ start: s.start + from, end: s.start + to, text: s.text.slice(from, to), paragraph: s.paragraph });
      from = to;
    }
  }
  return out;
}

/* End-anchored patterns are only ever run on the last TAIL_WINDOW characters of a string (see endMatch), so their
   cost is bounded per call whatever the document size. */
const TAIL_WINDOW = 120;
const AUX_TAIL = /(?:['’]s\s+(?:[a-z-]+\s+){0,2})?(?:(?:has|have|had)\s+)?(?:(?:was|were|been|being|is|are|got)\s+)?(?:\w+ly\s+)?$/i;
const MODIFIER_TAIL = /(?:['’]s)?\s+(?:(?:recent|latest|massive|huge|major|big|new|second|third|first|alleged|reported|data|security|cyber|credit|card|payment|online|customer|database|server|\d{4})\s+){0,3}$/i;
const REPORT_LEAD_TAIL = /(?:\s+(?:said|says|has|have|had|it|that|also|on \w+|last \w+|this \w+|today|recently|previously|might|may|could|just|now|reportedly|apparently|also|has now)){0,4}\s*$/i;

/** Matches an end-anchored pattern against the tail of `s`; the index is into `s`. */
function endMatch(re: RegExp, s: string): RegExpExecArray | null {
  const from = Math.max(0, s.length - TAIL_WINDOW);
  const m = re.exec(s.slice(from));
  if (m) m.index += from;
  return m;
}

function resetTest(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const r = re.test(s);
  re.lastIndex = 0;
  return r;
}

function collectLowerWords(text: string): Set<string> {
  const set = new Set<string>();
  // Whole lower-case words only: "eurostar" inside "eurostar.com" or an e-mail address does not count.
  const re = /(?<![\p{L}\p{N}.@/_])[a-z][a-z-]*(?![\p{L}\p{N}@_]|\.[\p{L}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) set.add(m[0]);
  return set;
}

function countCyber(text: string): number {
  let n = 0;
  const re = /\b(?:cyber\w*|hack\w*|malware|ransomware|phishing|data breach\w*)\b/gi;
  for (let m = re.exec(text); m && n < 2; m = re.exec(text)) n++;
  return n;
}

