/**
 * Claims: sentences that assert something checkable, ranked by check-worthiness.
 *
 * Each sentence is scored from cheap, explainable features — figures, comparisons, accusations and causes, named
 * actors, attribution, hedges, incident words, past-tense statements of fact — and marked down for questions,
 * opinion and rhetoric, greetings and very short lines. Boilerplate ("click here", "subscribe") is never a claim.
 * The source comes from the entity extractor's SourceMentions for the sentence (no second attribution parser here).
 */
import {
  ACCUSATION,
  BOILERPLATE,
  COMPARATIVE,
  HEDGE,
  INCIDENT_WORD,
  NON_CLAIM,
  NUMBER_WORD,
  OPINION,
  PAST_FACT,
  THIRD_PERSON_ACT,
  SECOND_PERSON,
  VOCATIVE,
} from './claim-vocabulary';
import type { Entities, SourceMention } from './entities';
import { indicesBySentence, type Doc, type Sentence } from './text';
import type { Claim, Figure, Quote, SourceKind } from './types';

export interface ClaimContext {
  figures: Figure[];
  quotes: Quote[];
  entities: Entities;
}

/** Claims scoring below this are not reported (questions, greetings, pure opinion end up here). */
export const MIN_CLAIM_SCORE = 0.15;

/** Sentences that assert something checkable, with their source and a check-worthiness score. */
export function extractClaims(doc: Doc, ctx: ClaimContext): Claim[] {
  const { sentences } = doc;
  const figures = bySentence(sentences, ctx.figures);
  const quotes = bySentence(sentences, ctx.quotes);
  const sources = new Map<number, SourceMention>();
  for (const s of ctx.entities.sources) if (!sources.has(s.sentence)) sources.set(s.sentence, s);
  const claims: Claim[] = [];
  sentences.forEach((s, i) => {
    const claim = scoreSentence(s, figures.get(i) ?? [], quotes.get(i) ?? [], sources.get(i) ?? null);
    if (claim && claim.score >= MIN_CLAIM_SCORE) claims.push(claim);
  });
  return claims;
}

const SOURCE_REASON: Record<SourceKind, string> = {
  person: 'attributed to a person',
  organization: 'attributed to an organisation',
  outlet: 'attributed to a news outlet',
  vague: 'attributed to a vague source',
  none: '',
};

function scoreSentence(s: Sentence, figures: Figure[], quotes: Quote[], source: SourceMention | null): Claim | null {
  const text = s.text;
  if (BOILERPLATE.test(text) || NON_CLAIM.test(text.trim()) || isHeadline(text)) return null;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 3) return null;
  const reasons: string[] = [];
  let score = 0.05;
  const add = (weight: number, reason: string | null) => {
    score += weight;
    if (reason && !reasons.includes(reason)) reasons.push(reason);
  };

  const numeric = figures.filter((f) => f.kind !== 'date' && f.kind !== 'ordinal');
  if (numeric.length) add(0.3 + Math.min(0.1, 0.05 * (numeric.length - 1)), 'states a figure');
  else if (NUMBER_WORD.test(text)) add(0.2, 'states a number');
  else if (figures.length) add(0.05, 'gives a date');

  if (COMPARATIVE.test(text)) add(0.12, 'makes a comparison');
  const act = ACCUSATION.exec(text);
  if (act) {
    const w = act[0].toLowerCase();
    if (/^(?:accus|blam|denie|lie|admit|linked|tied|responsible|allegation)/.test(w)) add(0.2, 'accuses, blames or denies');
    else if (/^(?:caus|led|leads|result|because|due|as a result)/.test(w)) add(0.18, 'states a cause');
    else add(0.15, 'reports an act or a finding');
  }
  if (INCIDENT_WORD.test(text)) add(0.15, 'names an incident');
  if (namesActors(text)) add(0.1, 'names people or organisations');
  if (PAST_FACT.test(text)) add(0.08, 'states a past fact');
  if (THIRD_PERSON_ACT.test(text)) add(0.08, 'says what someone did or said');

  let sourceName: string | null = null;
  let sourceKind: SourceKind = 'none';
  let outlet: string | null = null;
  if (source) {
    sourceName = source.name;
    sourceKind = source.kind;
    outlet = source.outlet;
    if (source.kind !== 'none') add(source.kind === 'vague' ? 0.12 : 0.1, SOURCE_REASON[source.kind]);
  }
  if (quotes.length) {
    const q = quotes[0];
    add(0.05, q.speaker ? `quotes ${q.speaker}` : 'contains a quote');
    if (!source && q.speaker) {
      sourceName = q.speaker;
      sourceKind = 'person';
      outlet = q.outlet;
    }
    outlet ??= q.outlet;
  }
  const hedged = HEDGE.test(text);
  if (hedged) add(0.05, 'hedged');

  // Mark downs: questions, opinion and rhetoric, very short lines.
  OPINION.lastIndex = 0;
  let opinions = 0;
  for (let m = OPINION.exec(text); m && opinions < 3; m = OPINION.exec(text)) opinions++;
  if (opinions) score -= (numeric.length ? 0.03 : 0.06) * opinions;
  if (/\?["”’)]*$/.test(text.trim())) {
    score *= 0.35;
    reasons.push('a question');
  }
  if (words.length < 6) score *= 0.6;
  if (VOCATIVE.test(text) && SECOND_PERSON.test(text)) {
    score *= 0.6;
    reasons.push('addressed to someone');
  }
  score = Math.max(0, Math.min(1, score));
  return {
    start: s.start,
    end: s.end,
    text,
    source: sourceName,
    sourceKind,
    outlet,
    hedged,
    score: Math.round(score * 1000) / 1000,
    reasons,
  };
}

/** A title-case line without a full stop ("China's President Visits US Tech Hub"): a headline, not a claim. */
function isHeadline(text: string): boolean {
  if (/[.!?:;,"”’)]$/.test(text.trim())) return false;
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  return content.length >= 3 && content.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * content.length;
}

/** Whether the sentence names someone: a capitalised word that does not start it and is not "I". */
function namesActors(text: string): boolean {
  const re = /(?<=[\s("“'‘])(?!I\b|I['’])[\p{Lu}][\p{L}'’.-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0) return true;
  }
  return false;
}

/** Spans grouped by the index of the sentence they start in. */
function bySentence<T extends { start: number }>(sentences: Sentence[], items: T[]): Map<number, T[]> {
  return new Map([...indicesBySentence(sentences, items)].map(([si, idx]) => [si, idx.map((i) => items[i])]));
}
