/**
 * The features the check-worthiness model reads for one sentence: its words and word pairs (hashed by the model,
 * so no vocabulary ships) plus cues the engine computes and a hover can name — a figure, a comparison, an
 * accusation, a named actor, a hedge, a question. The trainer calls this very function, so training and the
 * editor see the same features.
 */
import {
  ACCUSATION,
  COMPARATIVE,
  HEDGE,
  INCIDENT_WORD,
  NUMBER_WORD,
  OPINION,
  PAST_FACT,
  SECOND_PERSON,
  THIRD_PERSON_ACT,
  VOCATIVE,
} from './claim-vocabulary';
import { codePointLength, letterAt, letterOrDigitAt } from './chars';
import type { SourceKind } from './types';

/** What the rest of the engine found in the sentence. */
export interface SentenceEvidence {
  /** Kinds of the figures in the sentence ("money", "date", …). */
  figureKinds: readonly string[];
  /** Kind of the sentence's attributed source, or "none". */
  sourceKind: SourceKind;
  /** Whether the sentence holds a quotation. */
  quoted: boolean;
}

/** Cue features and how a hover says them. Only cues are named in reasons; word features are quoted as words. */
export const CUE_REASONS: Record<string, string> = {
  'cue:figure': 'states a figure',
  'cue:number': 'states a number',
  'cue:date': 'gives a date',
  'cue:comparison': 'makes a comparison',
  'cue:accusation': 'accuses, blames or denies',
  'cue:cause': 'states a cause',
  'cue:act': 'reports an act or a finding',
  'cue:incident': 'names an incident',
  'cue:actor': 'names people or organisations',
  'cue:past': 'states a past fact',
  'cue:third-person': 'says what someone did or said',
  'cue:source=person': 'attributed to a person',
  'cue:source=organization': 'attributed to an organisation',
  'cue:source=outlet': 'attributed to a news outlet',
  'cue:source=vague': 'attributed to a vague source',
  'cue:quote': 'contains a quote',
  'cue:hedge': 'hedged',
};

/** Lower-case word tokens; numbers become one token so "$4.5 million" and "$7 million" read alike. */
export function claimWords(text: string): string[] {
  // What CLAIM_WORD matches in the lower-cased text, scanned by character code: each match of the Unicode pattern
  // cost a call out of the regex code per \p{L} test. test/unit/claim-words.test.js holds the two equal.
  const lower = text.toLowerCase();
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!letterOrDigitAt(lower, i)) {
      // $ % ? € £
      if (c === 36 || c === 37 || c === 63 || c === 0x20ac || c === 0xa3) out.push(lower[i]);
      i++;
      continue;
    }
    const from = i;
    i += codePointLength(lower, i);
    while (i < n && letterOrDigitAt(lower, i)) i += codePointLength(lower, i);
    let apostrophe = false;
    for (;;) {
      const d = lower.charCodeAt(i);
      if ((d !== 39 && d !== 0x2019) || !letterAt(lower, i + 1)) break;
      if (d === 0x2019) apostrophe = true;
      i += 1 + codePointLength(lower, i + 1);
      while (i < n && letterAt(lower, i)) i += codePointLength(lower, i);
    }
    const word = lower.slice(from, i);
    // ASCII first: a digit is a number, a letter is not; only other scripts need the Unicode test.
    const num = c < 128 ? c >= 48 && c <= 57 : NUMBER_FIRST.test(word);
    out.push(num ? '<num>' : apostrophe ? word.replace('’', "'") : word);
  }
  return out;
}

/** The reference pattern of claimWords, over the lower-cased text. */
export const CLAIM_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[$%?€£]/gu;
const NUMBER_FIRST = /^\p{N}/u;
/**
 * Every feature of one sentence, in a stable order: the words and word pairs of claimWords, the end pair, the length
 * and the cues (claim-model.ts's wordsWorthiness scores this very list without building the word features).
 */
export function claimFeatures(text: string, ev: SentenceEvidence): string[] {
  const w = claimWords(text);
  const f: string[] = [];
  for (let i = 0; i < w.length; i++) {
    f.push(`w=${w[i]}`, `b=${i ? w[i - 1] : '<s>'}_${w[i]}`);
  }
  if (w.length) f.push(`b=${w[w.length - 1]}_</s>`);
  f.push(`len=${Math.min(8, w.length >> 2)}`);
  f.push(...cues(text, ev, w.length));
  return f;
}

/** The explainable cues of a sentence (feature names of CUE_REASONS, plus a few that only ever weigh down). */
export function cues(text: string, ev: SentenceEvidence, wordCount: number): string[] {
  const c: string[] = [];
  // "cue:figure", then each numeric kind once, in the order met
  for (let k = 0; k < ev.figureKinds.length; k++) {
    const kind = ev.figureKinds[k];
    if (kind === 'date' || kind === 'ordinal') continue;
    if (!c.length) c.push('cue:figure');
    const f = `cue:figure=${kind}`;
    if (!c.includes(f)) c.push(f);
  }
  if (!c.length) {
    if (NUMBER_WORD.test(text)) c.push('cue:number');
    else if (ev.figureKinds.length) c.push('cue:date');
  }
  if (COMPARATIVE.test(text)) c.push('cue:comparison');
  const act = ACCUSATION.exec(text);
  if (act) {
    const a = act[0].toLowerCase();
    if (/^(?:accus|blam|denie|lie|admit|linked|tied|responsible|allegation)/.test(a)) c.push('cue:accusation');
    else if (/^(?:caus|led|leads|result|because|due|as a result)/.test(a)) c.push('cue:cause');
    else c.push('cue:act');
  }
  if (INCIDENT_WORD.test(text)) c.push('cue:incident');
  if (namesActors(text)) c.push('cue:actor');
  if (PAST_FACT.test(text)) c.push('cue:past');
  if (THIRD_PERSON_ACT.test(text)) c.push('cue:third-person');
  if (ev.sourceKind !== 'none') c.push(`cue:source=${ev.sourceKind}`);
  if (ev.quoted) c.push('cue:quote');
  if (HEDGE.test(text)) c.push('cue:hedge');
  OPINION.lastIndex = 0;
  let opinions = 0;
  for (let m = OPINION.exec(text); m && opinions < 2; m = OPINION.exec(text)) opinions++;
  if (opinions) c.push(`cue:opinion${opinions}`);
  if (/\?["”’)]*$/.test(text.trim())) c.push('cue:question');
  if (SECOND_PERSON.test(text) && VOCATIVE.test(text)) c.push('cue:vocative');
  if (wordCount < 6) c.push('cue:short');
  return c;
}

/** Whether the sentence names someone: a capitalised word that does not start it and is not "I". */
function namesActors(text: string): boolean {
  const re = /(?<=[\s("“'‘])(?!I\b|I['’])[\p{Lu}][\p{L}'’.-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0) return true;
  }
  return false;
}
