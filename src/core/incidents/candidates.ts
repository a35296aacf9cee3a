/**
 * Candidate argument spans for the role model: the capitalised name runs of a sentence ("Acme Health", "the
 * Department of X", "Fancy Group"), each with document offsets, and the trigger words around them.
 */
import { JOB_TITLES, NOT_NAME } from '../incident-vocabulary';
import { triggerMatches } from './trigger-matches';
import type { Sentence } from '../text';
import { isCap, nameRun } from './phrases';
import { stripDot, tokenize } from './sentence-tokens';

export interface Candidate {
  start: number; // document offsets
  end: number;
  text: string;
  sentence: number;
}

export interface TriggerSpan {
  start: number; // sentence offsets
  end: number;
  kind: string;
  text: string;
}

/** A job title inside a run ("Acme Health CEO Jane Roe", "Lakeside City Administrator Jo Lee"): the run is an
 * organisation and a person, not one name. */
const TITLE = new RegExp(`\\s(?:${JOB_TITLES})\\s`);

/** The run split at a job title into the organisation before it and the person after it. */
function splitAtTitle(c: Candidate): Candidate[] {
  const m = TITLE.exec(c.text);
  if (!m) return [c];
  const person = c.text.slice(m.index + m[0].length);
  const org = { ...c, end: c.start + m.index, text: c.text.slice(0, m.index) };
  return [org, { ...c, start: c.end - person.length, text: person }].filter((x) => x.text.length >= 2);
}

/** The name runs of a sentence, left to right, none overlapping. A dateline stays run into the name after it ("CITY —
 * X", never a victim: victims.ts notVictimName): ending runs at a spaced dash (phrases.ts nameRun) gave role-sweep.js
 * seed means 55.08 / 51.02 named victims / attackers F1 against 54.96 / 54.06. A common word opening a name inside a
 * sentence ("the Dark X", "Cyber X", "Internet X": dark, cyber, internet, web, security, data, online, email before a
 * capitalised word) kept whole: named attackers F1 of role seed 1 52.9 against 57.9 (attacker-report.js). */
export function nameCandidates(s: Sentence, si: number, lowerWords: Set<string>): Candidate[] {
  const tokens = tokenize(s.text);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (!isCap(t) || NOT_NAME.has(stripDot(t).toLowerCase())) continue;
    const run = nameRun(tokens, i, lowerWords, s.text);
    const end = run ? run.end : tokens[i].end;
    if (run) out.push(...splitAtTitle({ start: s.start + end - run.name.length, end: s.start + end, text: run.name, sentence: si }));
    while (i + 1 < tokens.length && tokens[i + 1].start < end) i++;
  }
  return out;
}

/** Every trigger word of a sentence with its type and strength ("ransomware/strong"). */
export function triggerSpans(text: string): TriggerSpan[] {
  return triggerMatches(text).map(({ rule, index, text: t }) => ({ start: index, end: index + t.length, kind: `${rule.type}/${rule.strength}`, text: t.toLowerCase() }));
}
