/**
 * Victims named by frames around a trigger word: "breach at X", "attack on X", "X was hacked", "the X breach",
 * "X disclosed a breach", "hackers breached X", "stole passwords from X", holders ("X customers", "X computers"),
 * reporting subjects, and lists of further victims in the same sentence.
 */
import { HOLDER_NOUN, JOB_TITLES, NOT_NAME, NOT_VICTIM, PASSIVE_HIT, REPORTER_BEFORE, TRIGGER_THEN_VERB, VICTIM_OBJECT_VERB, VICTIM_PREPOSITION, VICTIM_REPORTS } from '../incident-vocabulary';
import type { Entities } from '../entities';
import { isCommonWord, isPlaceNameWords } from '../lexicon';
import { analysisMemo } from '../learn/analysis-memo';
import type { Sentence } from '../text';
import type { Draft, Trigger } from './draft';
import { AUX_TAIL, MODIFIER_TAIL, REPORT_LEAD_TAIL, endMatch, firstTokenFrom, isCap, nameEndingAt, nameInPhrase, nameRun, sameVictim } from './phrases';
import { stripDot, tokenize, type Token } from './sentence-tokens';


/** A verb of what an attack stopped or locked ("shut down", "disrupted", "encrypted"), right after its trigger word. */
const DISRUPTED = /^\s+(?:(?:has|have|had|also|reportedly)\s+){0,2}(?:shut down|shuttered|disrupted|crippled|paralys[ei]d|paralyz[ei]d|knocked out|knocked offline|took down|taken down|encrypted|locked|froze|frozen|halted)\s+/i;

/** The kind of public body a place's name is written before in lower case ("the X water utility", "X school
 * district"): with it the name says which body was hit, not the place. */
const BODY_AFTER_PLACE = /^\s+((?:(?:water|power|electric|gas|sewer|school|police|fire|health|transit|city|county|town|village)\s+)?(?:utility|utilities|district|department|council|authority|board|government|hospital))\b/;

/** Finds the victim named by a frame around the trigger at [a, b) of the sentence; a one-word name followed by the
 * kind of body it is ("X water utility") takes those words. */
export function findVictim(s: Sentence, tokens: Token[], a: number, b: number, lower: string, lowerWords: Set<string>, breachLike: boolean): { name: string; end: number; after: boolean } | null {
  const v = frameVictim(s, tokens, a, b, lower, lowerWords, breachLike);
  const body = v && !/\s/.test(v.name) ? BODY_AFTER_PLACE.exec(s.text.slice(v.end, v.end + 40)) : null;
  return v && body ? { name: `${v.name}${body[0]}`, end: v.end + body[0].length, after: v.after } : v;
}

/** A trigger written as an active verb ("X stole", "X leaked"): the name right before it acts, it is not a modifier
 * (a possessive still is: "X's leaked files"). */
const ACTIVE_VERB = /^(?:stole|steal(?:s|ing)?|leaked|leaking|dumped|dumping|siphoned|scraped|harvested|sold|selling|copied|downloaded|grabbed|ransacked|(?:gained|gain|have|has|had|obtained) access to)$/;

/** A trigger of taking ("stole", "stolen", "exfiltrated"): the name after its object's "from" is whom it was taken from. */
const TAKEN = /(?:^|\s)(?:obtained|accessed|stole|steal(?:s|ing)?|stolen|exfiltrat(?:ed|ing)|siphoned|taken|took|grabbed|downloaded|copied|scraped|harvested|lifted)$/;

/** What was taken, then "from its" or "from their" ("stolen the data of 120,000 customers from its servers"). */
const PRONOUN_FROM = /^(?:[^,;:.()]|[.,](?=\d)){0,60}?\bfrom\s+(?:its|their)\b/i;
/** "its network was", "their systems had been" right before a passive trigger ("its network was breached"). */
const PRONOUN_PASSIVE = /\b(?:its|their)\s+(?:[\p{L}-]+\s+){1,3}(?:was|were|had been|has been|have been|is|are|got)\s+(?:\w+ly\s+)?$/iu;

/** A frame's name with the side of the trigger it stands on, its fields written out: a spread that adds a field makes
 * V8 build the new object's shape again on every call (microseconds each, even in optimised code). */
const withSide = (np: { name: string; end: number }, after: boolean) => ({ name: np.name, end: np.end, after });

function frameVictim(s: Sentence, tokens: Token[], a: number, b: number, lower: string, lowerWords: Set<string>, breachLike: boolean): { name: string; end: number; after: boolean } | null {
  const text = s.text;
  // "hack into its systems", "a breach of their network": the sentence's subject is the victim. So it is for what
  // was taken "from its servers" and for "its network was breached" (the pronoun in the victim's slot).
  const pronounSlot = /^\s*(?:(?:at|of|on|into|in|from)\s+)?(?:its|their)\b/i.test(text.slice(b, b + 20)) || (TAKEN.test(lower) && PRONOUN_FROM.test(text.slice(b, b + 80))) || PRONOUN_PASSIVE.test(text.slice(Math.max(0, a - 60), a));
  if (pronounSlot && tokens.length && isCap(tokens[0].text) && !NOT_NAME.has(stripDot(tokens[0].text).toLowerCase())) {
    const subject = nameRun(tokens, 0, lowerWords, text);
    if (subject && subject.end < a) return withSide(subject, false);
  }
  const ti = firstTokenFrom(tokens, b);
  // 1. "breach at X", "attack on health care provider X", "hack of X".
  const prep = VICTIM_PREPOSITION.exec(text.slice(b));
  if (prep && ti >= 0) {
    const from = firstTokenFrom(tokens, b + prep[0].length);
    const np = nameInPhrase(tokens, from, lowerWords, text);
    if (np) return withSide(np, true);
  }
  // 1b. "card breaches have hit hospitality chains X", "the attack affected X".
  const then = TRIGGER_THEN_VERB.exec(text.slice(b, b + 80));
  if (then) {
    const from = firstTokenFrom(tokens, b + then[0].length);
    const np = from >= 0 ? nameInPhrase(tokens, from, lowerWords, text) : null;
    if (np) return withSide(np, true);
  }
  // 1c. "the attack disrupted billing at X", "shut down computers at all 14 schools in X": what it stopped, then where.
  const stopped = DISRUPTED.exec(text.slice(b, b + 40));
  if (stopped) {
    const from = b + stopped[0].length;
    const where = /\b(?:at|in|of|across)\s+/g;
    const span = text.slice(from, from + 70);
    for (let m = where.exec(span); m; m = where.exec(span)) {
      // Only a short object before the place ("billing", "computers at all 14 schools"), no clause break.
      if (/[,;:.]/.test(span.slice(0, m.index)) || span.slice(0, m.index).split(/\s+/).length > 6) break;
      const at = firstTokenFrom(tokens, from + m.index + m[0].length);
      const np = at >= 0 ? nameInPhrase(tokens, at, lowerWords, text, 3) : null;
      if (np) return withSide(np, true);
    }
  }
  // 1d. "stole 3 million passwords from X", "data taken from X's servers": what was taken, then whom from.
  if (TAKEN.test(lower)) {
    const from = /^((?:[^,;:.()]|[.,](?=\d)){0,60}?)\bfrom\s+/.exec(text.slice(b, b + 80));
    if (from && from[1].trim().split(/\s+/).length <= 8) {
      const at = firstTokenFrom(tokens, b + from[0].length);
      const np = at >= 0 ? nameInPhrase(tokens, at, lowerWords, text, 3) : null;
      if (np) return withSide(np, true);
    }
  }
  // 2. Active object: "hackers breached X", "the attack hit X" (not the passive "X was hacked").
  const passiveBefore = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, a - 20), a));
  if (VICTIM_OBJECT_VERB.test(lower) && !passiveBefore && ti >= 0) {
    const np = nameInPhrase(tokens, ti, lowerWords, text, 2);
    if (np) return withSide(np, true);
  }
  const prefix = text.slice(0, a);
  // 3. Passive: "X was hacked", "X's servers were compromised".
  PASSIVE_HIT.lastIndex = 0;
  if (passiveBefore || /^(?:hacked|breached|compromised|attacked|targeted|infiltrated|infected)$/i.test(lower)) {
    const aux = endMatch(AUX_TAIL, prefix);
    const end = aux ? aux.index : prefix.length;
    const np = nameEndingAt(tokens, end, lowerWords, text, s);
    if (np && passiveBefore) return withSide(np, false);
  }
  // 4. Modifier: "the X breach", "X's data breach", "X's massive leak".
  const mod = breachLike ? endMatch(MODIFIER_TAIL, prefix) : null;
  if (mod && mod[0].length && !(ACTIVE_VERB.test(lower) && !/^['’]s/.test(mod[0]))) {
    const np = nameEndingAt(tokens, mod.index, lowerWords, text, s);
    if (np) return withSide(np, false);
  }
  // 5. Reporting: "X disclosed a breach", "X said it suffered a data breach".
  VICTIM_REPORTS.lastIndex = 0;
  let rep: RegExpExecArray | null = null;
  for (let m = VICTIM_REPORTS.exec(prefix); m; m = VICTIM_REPORTS.exec(prefix)) rep = m;
  if (rep && (a - (rep.index + rep[0].length) < 60 || (a - (rep.index + rep[0].length) < 140 && /\b(?:its|their)\b/i.test(text.slice(rep.index, a))))) {
    const lead = endMatch(REPORT_LEAD_TAIL, prefix.slice(0, rep.index));
    const at = lead ? lead.index : rep.index;
    const np = nameEndingAt(tokens, at, lowerWords, text, s);
    if (np && !REPORTER_BEFORE.test(text.slice(Math.max(0, at - np.name.length - 40), at - np.name.length))) return withSide(np, false);
    // "X, the company behind Y, has suffered a breach": the sentence's subject before an apposition.
    if (/,\s*$/.test(prefix.slice(Math.max(0, at - 3), at)) && tokens.length) {
      const subject = nameRun(tokens, 0, lowerWords, text);
      if (subject && /^\s*,/.test(text.slice(subject.end, subject.end + 3))) return withSide(subject, false);
    }
  }
  return null;
}

/** Tried without the lists after "such as" / "namely" (examples of a class, "retailers such as X"): CV (role-sweep.js
 * folds, seed 1) named victims F1 55.3 against 55.9, lists of the units hit were lost; without "include" lists 56.0. */
export const LIST_CUE = /\b(?:includ(?:e|es|ed|ing)|such as|namely|among them|followed by|as well as)\s+/gi;

/** Further named victims in an incident's sentence: lists after a victim ("hit A and B"), after "include" or
 * "such as", and "X with N records". Added to the owning incident's `victims`. */
export function listVictims(s: Sentence, placed: Trigger[], lowerWords: Set<string>, people: Set<string>): void {
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
  // "the Ministry of X, with 52,310 staff records exposed"; "a pharmacy chain with 8,204 records".
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

/** A title-case line ("Regional Group Says Hackers Stole Data"): its capitalised words are not names. Once per
 * sentence and analysis: the trigger frames, the victim lists and the role model's candidates all ask. */
export const isHeadline: (text: string) => boolean = analysisMemo(titleCase);

function titleCase(text: string): boolean {
  if (/[.!?]["”’)]*$/.test(text.trim())) return false;
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  if (content.length < 3) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * content.length;
}

export const ORG_APPOSITION = /\b(?:company|group|firm|provider|retailer|bank|hospital|chain|agency|department|ministry|university|college|school|district|council|insurer|operator|maker|manufacturer|carrier|network|service|platform|app|site|website|store|brand|business|organi[sz]ation|nonprofit|charity|airline|utility|exchange|lender|developer|startup|giant)\b/i;
/** Last words that make a name an organisation's, whatever a people list says ("X Mutual Insurance", "X Airways"). */
export const ORG_NAME_END = /\b(?:Insurance|Bank|Bancorp|Group|Inc\.?|Corp\.?|Corporation|Co\.?|Ltd\.?|LLC|plc|Company|Holdings|Health|Healthcare|Hospital|Clinic|University|College|School|Airways|Airlines|Services|Systems|Technologies|Solutions|Networks|Communications|Telecom|Agency|Department|Ministry|Office|Council|Authority|Commission|Bureau|Foundation|Association|Union|Partners|Capital|Financial|Media|Labs?|Games|Studios?|Motors|Energy|Pharmaceuticals?|Stores?|Hotels?|Resorts?)$/;
export const PERSON_APPOSITION = /\b(?:researcher|analyst|expert|professor|spokes\w*|journalist|reporter|consultant|investigator|director|officer|chief|CEO|founder|president|official|lawyer|attorney)\b/i;

/** "X, a hospital group based in Y, said on Tuesday that hackers had accessed ...", "X city officials said ...": the
 * reporting organisation. `ownVoice`: only when its officials or spokespeople speak (of ransomware, "X said" was mostly
 * a security firm's statistics). */
export function reportingSubject(tokens: Token[], lowerWords: Set<string>, text: string, triggerAt: number, people: Set<string>, ownVoice = false): { name: string; end: number } | null {
  if (!tokens.length || !isCap(tokens[0].text) || NOT_NAME.has(stripDot(tokens[0].text).toLowerCase())) return null;
  const subject = nameRun(tokens, 0, lowerWords, text);
  if (!subject) return null;
  const rest = text.slice(subject.end, triggerAt);
  const m = /^(,[^,]{1,120},)?\s+((?:(?:city|county|state|town|village|district|company|hospital|school|university|bank|agency|department)\s+)?(?:officials|executives|spokes(?:man|woman|person)|representatives)\s+)?(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+)?(?:said|says|announced|announces|stated|states|told|confirmed|confirms|disclosed|discloses|admitted|notified|revealed|reveals|warned|warns)\b/.exec(rest);
  if (!m || (ownVoice && !m[2])) return null;
  const apposition = m[1] ?? '';
  if (PERSON_APPOSITION.test(apposition) || REPORTER_BEFORE.test(text.slice(0, 1))) return null;
  const surname = subject.name.split(/\s+/).pop()!.toLowerCase();
  if (!ORG_APPOSITION.test(apposition) && !ORG_NAME_END.test(subject.name) && (people.has(surname) || people.has(subject.name.toLowerCase()))) return null;
  return subject;
}

/** "26,000 X customers", "X's database", "customers of retailer X", "records belonging to X": the holder X. Tried: no
 * holder from the people after a name ("X customers", which CASIE calls a described victim): role-sweep.js seed 1,
 * named victims F1 56.1 -> 56.3, but one-sentence stories ("the data of 45,000 X customers") lost their victim. */
export function holderVictim(tokens: Token[], lowerWords: Set<string>, text: string): { name: string; end: number } | null {
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

/** Surnames and full names of people in the text: a reporting person ("Okafor revealed") is not a victim. */
export function personTokens(entities: Entities): Set<string> {
  const set = new Set<string>();
  for (const p of entities.people) {
    const parts = p.name.split(/\s+/);
    // Only the surname of a full name: "Okafor revealed" after "researcher Dana Okafor". A whole multi-word name is kept,
    // since an organisation in a victim slot is far likelier than a person.
    if (parts.length < 2) continue;
    set.add(parts[parts.length - 1].toLowerCase());
    set.add(p.name.toLowerCase());
  }
  return set;
}

/** Tried: the database and cloud products (MongoDB, Elasticsearch, Hadoop, AWS ...) out of NOT_VICTIM, since CASIE
 * names them victims of database ransom sweeps: seed 1, named victims F1 56.1 -> 54.7 (precision fell, no recall won). */
export function isPersonOrTech(victim: string, people: Set<string>): boolean {
  return (!victim.includes(' ') && people.has(victim.toLowerCase())) || NOT_VICTIM.test(victim) || notVictimName(victim);
}

/** A job title first ("CEO Jane Roe"): a person speaking for the victim, not the victim. */
const TITLE_FIRST = new RegExp(`^(?:${JOB_TITLES})\\s`);

/** Generic technical terms ("FTP", "PHI", "W-2", "Internet of Things", "Android"): a protocol, a data kind, a device or a platform, nobody's name. */
const TECH_TERM = /^(?:Internet[- ]of[- ]Things|Things|IoT|C&C|Android|iOS|macOS|Linux|HTTPS?|FTP|SSH|SSL|TLS|DNS|ATM|PINs?|PHI|PII|HR|IT|PCs?|EMV|SSNs?|W-2s?|TB|GB|MB|SMS|URL|Wi-Fi|USB|IP|ID|PDF)$/i;
/** A name made only of place words: a place ("Ontario", "U.K.") or a nationality word ("Russian"
 * hackers, "French" officials): where it happened or who did it, not whom it hit. "The city of X" and "X County"
 * stay names ("of" and "County" are no place words). */
function isPlaceName(name: string): boolean {
  return isPlaceNameWords(name.replace(/['’]s$/, '').split(/\s+/));
}

/**
 * Names that are never a victim whatever the frame: a place or nationality alone, a generic technical term, a dateline
 * run into a name ("CITY — The X"), an adjective built on a name ("X-based", "X-speaking"), or a person introduced by
 * a job title.
 */
export function notVictimName(name: string): boolean {
  if (/-\p{Ll}+$/u.test(name) || TITLE_FIRST.test(name) || TECH_TERM.test(name) || /\s[—–]\s/.test(name)) return true;
  return isPlaceName(name);
}

/**
 * A common word that opens the sentence, not a name: a one-word name written first in its sentence that the lexicon
 * knows as a common word ("Back", "Once", "Details"). `at`: the mention's offset in the sentence, when one mention is
 * asked about (the same word later in the sentence is not the opening one).
 */
export function commonAtStart(name: string, sentence: string, at?: number): boolean {
  const first = sentence.length - sentence.trimStart().length;
  return (at === undefined || at === first) && !/\s/.test(name) && sentence.startsWith(name, first) && isCommonWord(name.replace(/['’]s$/, ''));
}
