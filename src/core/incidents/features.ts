/**
 * Features of a sentence for the incident-type model: what it says (words, word pairs), the trigger words the
 * vocabulary finds in it with the words around them, and the engine's cues (a count in the sentence, past tense,
 * generic or hypothetical wording, where it stands in the article). Plain strings, hashed by the linear model.
 */
import { GENERIC_CONTEXT, PLURAL_TRIGGER, STATISTIC, TRIGGERS, type TriggerRule } from '../incident-vocabulary';
import { B_PREFIX, FNV_START, fnvFrom, fnvRange, W_PREFIX, wordAndPairStates } from '../learn/feature-hash';
import { charClass, LETTER, NUMBER, SURROGATE } from '../learn/letters';
import { triggerMatches, type TriggerMatch } from './trigger-matches';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const POSSESSIVE = /['’]s$/;
const PAST = /\b(?:was|were|had|has been|have been|did|last (?:week|month|year)|earlier this|yesterday)\b/i;
const MODAL = /\b(?:could|would|should|might|may|can|if|whether|will)\b/i;
const CVE_ID = /\bCVE-\d{4}-\d+\b/i;
/** The reader addressed or advised ("you", "beware", "users should never"). */
const ADVICE = /\b(?:you|your|yourself|beware|be (?:careful|wary|aware|vigilant|on (?:your|their) guard)|never (?:click|open|give)|should (?:never|not|always|be)|advis\w+|warn(?:s|ed|ing)? (?:users|customers|consumers|people|residents))\b/i;
const QUOTED = /["“”]/;
const MONEY = /[$€£]|\b(?:bitcoins?|btc|ransom)\b/i;

export interface SentenceContext {
  /** Position of the sentence in the article: 0 is the title or lead. */
  index: number;
  /** Whether a count figure (people, records, bytes) stands in the sentence. */
  hasCount: boolean;
  /** Trigger types named anywhere in the article ("ransomware", "phishing"), for article-level context. */
  articleTypes: ReadonlySet<string>;
}

/** The lower-cased words of a text, in order. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const bounds = wordBounds(lower);
  if (!bounds) return wordsByPattern(lower);
  const ws: string[] = [];
  for (let k = 0; k < bounds.length; k += 2) ws.push(lower.slice(bounds[k], bounds[k + 1]));
  return ws;
}

/** words() by its pattern: the reference, and the path for a text with characters outside the Basic Multilingual Plane. */
function wordsByPattern(lower: string): string[] {
  const ws = lower.match(WORD) ?? [];
  // Drops a possessive "'s" (a regex replace per word cost more than the match itself).
  for (let i = 0; i < ws.length; i++) if (ws[i].endsWith('s') && POSSESSIVE.test(ws[i])) ws[i] = ws[i].slice(0, -2);
  return ws;
}

/**
 * Where WORD matches in `lower` (a lower-cased text), as start and end offsets, each possessive "'s" left out: words()
 * without the Unicode pattern, which cost more than the rest of the type model's features. Undefined when the text holds a
 * surrogate (a character outside the Basic Multilingual Plane), where the pattern reads code points, not code units.
 */
function wordBounds(lower: string): number[] | undefined {
  const out: number[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const k = charClass(lower.charCodeAt(i));
    if (k === SURROGATE) return undefined;
    if (k !== LETTER && k !== NUMBER) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = lower.charCodeAt(j);
      // A surrogate ends the word; the loop above then meets it.
      if (!(d === 39 /* ' */ || d === 0x2019 /* ’ */ || d === 45 /* - */ || charClass(d) <= NUMBER)) break;
    }
    const possessive = lower.charCodeAt(j - 1) === 115 /* s */ && j - i >= 2 && (lower.charCodeAt(j - 2) === 39 || lower.charCodeAt(j - 2) === 0x2019);
    out.push(i, possessive ? j - 2 : j);
    i = j;
  }
  return out;
}

/**
 * wordAndPairStates(words(text)): the states of "w=<word>" for each word, each followed by "b=<word>_<next>" when a next
 * word follows, hashed from the text's characters without making the words.
 */
export function wordFeatureStates(text: string): number[] {
  const lower = text.toLowerCase();
  const bounds = wordBounds(lower);
  if (!bounds) return wordAndPairStates(wordsByPattern(lower));
  const out: number[] = [];
  let pair = 0;
  for (let k = 0; k < bounds.length; k += 2) {
    const a = bounds[k];
    const b = bounds[k + 1];
    if (k > 0) out.push(fnvRange(pair, lower, a, b));
    out.push(fnvRange(W_PREFIX, lower, a, b));
    if (k + 2 < bounds.length) pair = Math.imul(fnvRange(B_PREFIX, lower, a, b) ^ 95 /* _ */, 0x01000193);
  }
  return out;
}

/** Trigger types (with their strength) whose words occur in `text`. */
export function triggerTypes(text: string): Set<string> {
  const out = new Set<string>();
  for (const rule of TRIGGERS) {
    rule.re.lastIndex = 0;
    if (rule.re.test(text)) out.add(rule.type);
    rule.re.lastIndex = 0;
  }
  return out;
}

/** A sentence's own features; memoised by sentence-types.ts, whose key must hold whatever this reads. */
export function sentenceFeatures(text: string, ctx: SentenceContext): string[] {
  const ws = words(text);
  const f: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    f.push(`w=${ws[i]}`);
    if (i + 1 < ws.length) f.push(`b=${ws[i]}_${ws[i + 1]}`);
  }
  f.push(...sentenceCueFeatures(text, ctx));
  return f;
}

/**
 * The features of sentenceFeatures after its words and word pairs (which learn/feature-hash.ts's wordAndPairStates
 * hashes without building them): trigger words and their neighbours, cues, position, the article's trigger types.
 */
export function sentenceCueFeatures(text: string, ctx: SentenceContext): string[] {
  return cueFeatures(text, ctx, AS_STRINGS, []);
}

/** sentenceCueFeatures' features as the FNV states of their strings (learn/feature-hash.ts), appended to `out`. */
export function sentenceCueStates(text: string, ctx: SentenceContext, out: number[]): number[] {
  return cueFeatures(text, ctx, AS_STATES, out);
}

/** How a feature is written down: as its string, or as the FNV state of that string (the string never built). */
interface FeatureWriter<T> {
  /** A feature whose whole string is fixed (a literal, or one of a trigger rule's names). */
  fixed(feature: string): T;
  /** A fixed prefix and a word read from the text. */
  joined(prefix: string, word: string): T;
}
const AS_STRINGS: FeatureWriter<string> = { fixed: (f) => f, joined: (prefix, word) => prefix + word };
/** The states of fixed strings: a few dozen (the literals below and the trigger rules' names), each hashed once. */
const fixedStates = new Map<string, number>();
function stateOf(fixed: string): number {
  let h = fixedStates.get(fixed);
  if (h === undefined) fixedStates.set(fixed, (h = fnvFrom(FNV_START, fixed)));
  return h;
}
const AS_STATES: FeatureWriter<number> = { fixed: stateOf, joined: (prefix, word) => fnvFrom(stateOf(prefix), word) };

/** The feature names of a trigger rule's kind ("<type>/<strength>"), made once per rule. */
interface RuleNames {
  t: string;
  tp: string;
  tl: string;
  tr: string;
  /** contextFeatures' names: "p", "n" and "h" before the "t=" feature. */
  pt: string;
  nt: string;
  ht: string;
}
const ruleNames = new WeakMap<TriggerRule, RuleNames>();
function namesOf(rule: TriggerRule): RuleNames {
  let n = ruleNames.get(rule);
  if (!n) {
    const kind = `${rule.type}/${rule.strength}`;
    ruleNames.set(rule, (n = { t: `t=${kind}`, tp: `tp=${kind}`, tl: `tl=${kind}_`, tr: `tr=${kind}_`, pt: `pt=${kind}`, nt: `nt=${kind}`, ht: `ht=${kind}` }));
  }
  return n;
}

function cueFeatures<T>(text: string, ctx: SentenceContext, w: FeatureWriter<T>, f: T[]): T[] {
  for (const m of triggerMatches(text)) {
    const { rule, index } = m;
    const before = words(text.slice(Math.max(0, index - 30), index)).slice(-2);
    const after = words(text.slice(index + m.text.length, index + m.text.length + 30)).slice(0, 2);
    const names = namesOf(rule);
    if (PLURAL_TRIGGER.test(m.text)) f.push(w.fixed(names.tp));
    f.push(w.fixed(names.t), w.joined('tw=', m.text.toLowerCase()));
    for (const x of before) f.push(w.joined(names.tl, x));
    for (const x of after) f.push(w.joined(names.tr, x));
  }
  // Advice to the reader and quoted speech: warnings ("never click a link in an email you did not expect") and
  // experts' general remarks are talk of a type, not an event of it (retrained: CV type micro F1 86.2 -> 86.5, phishing
  // 78.4 -> 80.3, dev 80.0 -> 80.6). The two words each side of a trigger as well: 86.1 against these cues' 86.4 in
  // type-variants.js (breach 88.7 against 89.9); those alone 86.5 there, breach 88.7 against 90.2: not added.
  if (ADVICE.test(text)) f.push(w.fixed('cue=advice'));
  if (QUOTED.test(text)) f.push(w.fixed('cue=quote'));
  if (GENERIC_CONTEXT.test(text)) f.push(w.fixed('cue=generic'));
  if (PAST.test(text)) f.push(w.fixed('cue=past'));
  if (MODAL.test(text)) f.push(w.fixed('cue=modal'));
  if (ctx.hasCount) f.push(w.fixed('cue=count'));
  if (CVE_ID.test(text)) f.push(w.fixed('cue=cve'));
  // A ransom-demand cue beside it ("demanded ... ransom", "pay ... to decrypt") gave CV type micro F1 86.2 against
  // 86.3 in the same threshold search (ransomware 81.0 against 80.6), 86.1 with a lure cue ("emails posing as") and a
  // fixed-flaw cue: the words and word pairs already carry them.
  if (MONEY.test(text)) f.push(w.fixed('cue=money'));
  if (/\d\s*(?:%|percent|per cent)/i.test(text)) f.push(w.fixed('cue=percent'));
  if (STATISTIC.test(text)) f.push(w.fixed('cue=stat'));
  // A name inside the sentence (a capitalised word not opening it): particular incidents name who was hit.
  if (/\s[A-Z][\p{L}]+/u.test(text.slice(1))) f.push(w.fixed('cue=name'));
  f.push(w.fixed(ctx.index === 0 ? 'pos=first' : ctx.index < 4 ? 'pos=lead' : 'pos=body'));
  // Not added: an article cue counting the sentences that give statistics or survey results (0, 1, 2-3, 4+): CV type
  // micro F1 85.9 against 86.2 (survey articles' false types are sentences the model is sure of).
  // Not added either (type-variants.js, against the trainer's setup's 86.3 there): realis cues of generic talk (a report
  // or survey as the source, a generic plural subject opening the sentence: "hackers are", "billions of"; a present
  // habit: "are increasingly", "continue to"; a count in a sentence without a name), 85.9 (breach 89.3, phishing
  // 77.9); each trigger kind joined with a name in its sentence and with a verb in the past, 86.4 (phishing 80.3,
  // breach 90.0, ransomware 80.2), through the whole trainer 86.9 against 87.3 before the role search; both, 86.2, and
  // through the trainer's threshold and beside searches 86.7 against 87.0.
  // Nor a recall word ("including", "since", "behind", "like", "tied to") or a modal ("could", "if", "will") in the 60
  // characters before a trigger, joined with its kind: type-variants.js seeds 1-3 86.3 / 84.7 / 84.8 against 86.5 /
  // 84.6 / 84.7 (mean 85.27 both).
  for (const t of ctx.articleTypes) f.push(w.joined('doc=', t));
  return f;
}

/**
 * The trigger kinds of the sentences around sentence `i` and of the title ("pt=", "nt=", "ht="): a sentence about a
 * particular incident is often told between others naming it (CV article F1 of the sentence maxima +0.7).
 */
export function contextFeatures(own: readonly (readonly string[])[], i: number): string[] {
  const kinds = (j: number) => (j >= 0 && j < own.length ? triggerKinds(own[j]) : []);
  return [...kinds(i - 1).map((x) => `p${x}`), ...kinds(i + 1).map((x) => `n${x}`), ...(i > 0 ? kinds(0).map((x) => `h${x}`) : [])];
}

/**
 * contextFeatures as FNV states, appended to `out`, from each sentence's trigger matches: a sentence's "t=" features
 * are one per match, in the matches' order (sentenceCueFeatures).
 */
export function contextStates(matches: readonly (readonly TriggerMatch[])[], i: number, out: number[]): number[] {
  if (i > 0) for (const m of matches[i - 1]) out.push(stateOf(namesOf(m.rule).pt));
  if (i + 1 < matches.length) for (const m of matches[i + 1]) out.push(stateOf(namesOf(m.rule).nt));
  if (i > 0) for (const m of matches[0]) out.push(stateOf(namesOf(m.rule).ht));
  return out;
}

/** A sentence's "t=" features, worked out once per feature list: every sentence reads the title's and its neighbours'. */
const kindsMemo = new WeakMap<readonly string[], string[]>();
function triggerKinds(features: readonly string[]): string[] {
  let k = kindsMemo.get(features);
  if (!k) kindsMemo.set(features, (k = features.filter((x) => x.startsWith('t='))));
  return k;
}
