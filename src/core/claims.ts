/**
 * Claims: sentences that assert something checkable, ranked by check-worthiness.
 *
 * Each sentence's score is a calibrated probability from a small learned model (claim-model.ts) over its words and
 * the engine's explainable cues (claim-features.ts); `checkWorthy` marks those at or above the trained threshold,
 * the ones highlighted by default, with accusations and figures about incidents. Exact rules stay rules: boilerplate ("click here", "subscribe"), greetings,
 * headlines and lines of one or two words are never claims. The source comes from the entity extractor's
 * SourceMentions for the sentence (no second attribution parser here).
 */
import type { ParagraphCache } from './cache';
import { CUE_REASONS, claimWords, cues, type SentenceEvidence } from './claim-features';
import { checkWorthyThreshold, wordsWorthiness, type Worthiness } from './claim-model';
import { BOILERPLATE, NON_CLAIM } from './claim-vocabulary';
import type { Entities, SourceMention } from './entities';
import { indicesBySentence, type Doc, type Sentence } from './text';
import type { Claim, Figure, Quote, SourceKind } from './types';

export interface ClaimContext {
  figures: Figure[];
  quotes: Quote[];
  entities: Entities;
}

/**
 * Claims less likely than this to be check-worthy are not reported at all: about one in twenty sentences so
 * scored is check-worthy, so the panel stays a list a reader can use.
 */
export const MIN_CLAIM_SCORE = 0.05;

/** Sentences that assert something checkable, with their source and a check-worthiness score. */
export function extractClaims(doc: Doc, ctx: ClaimContext): Claim[] {
  const { sentences } = doc;
  const figures = bySentence(sentences, ctx.figures);
  const quotes = bySentence(sentences, ctx.quotes);
  const sources = new Map<number, SourceMention>();
  for (const s of ctx.entities.sources) if (!sources.has(s.sentence)) sources.set(s.sentence, s);
  const threshold = checkWorthyThreshold();
  const claims: Claim[] = [];
  sentences.forEach((s, i) => {
    const claim = scoreSentence(s, figures.get(i) ?? [], quotes.get(i) ?? [], sources.get(i) ?? null, threshold, doc.cache);
    if (claim && claim.score >= MIN_CLAIM_SCORE) claims.push(claim);
  });
  return claims;
}

function scoreSentence(s: Sentence, figures: Figure[], quotes: Quote[], source: SourceMention | null, threshold: number, cache?: ParagraphCache): Claim | null {
  const text = s.text;
  if (BOILERPLATE.test(text) || NON_CLAIM.test(text.trim()) || isHeadline(text)) return null;
  if (!atLeastThreeWords(text)) return null;

  let sourceName: string | null = null;
  let sourceKind: SourceKind = 'none';
  let outlet: string | null = null;
  if (source) {
    sourceName = source.name;
    sourceKind = source.kind;
    outlet = source.outlet;
  }
  if (quotes.length) {
    const q = quotes[0];
    if (!source && q.speaker) {
      sourceName = q.speaker;
      sourceKind = 'person';
      outlet = q.outlet;
    }
    outlet ??= q.outlet;
  }
  const { probability, reasons: modelReasons, always, hedged } = worthiness(text, { figureKinds: figures.map((f) => f.kind), sourceKind: source?.kind ?? 'none', quoted: quotes.length > 0 }, cache);
  const reasons = [...modelReasons];
  if (quotes[0]?.speaker && !reasons.some((r) => r.startsWith('attributed'))) reasons.push(`quotes ${quotes[0].speaker}`);
  const score = Math.round(probability * 1000) / 1000;
  if (always && !reasons.includes(always)) reasons.unshift(always);
  return {
    start: s.start,
    end: s.end,
    text,
    source: sourceName,
    sourceKind,
    outlet,
    hedged,
    score,
    checkWorthy: score >= threshold || always !== null,
    reasons,
  };
}

interface Scored extends Worthiness {
  always: string | null;
  /** HEDGE.test(text), which cues() already ran ("cue:hedge"). */
  hedged: boolean;
}

/**
 * The model's verdict on a sentence with this evidence. When analysing incrementally it is memoised in the section's
 * paragraph cache by sentence text and evidence (all the features read), so an edit re-scores only changed sentences.
 */
function worthiness(text: string, ev: SentenceEvidence, cache: ParagraphCache | undefined): Scored {
  const key = cache && `claim\u0000${ev.sourceKind}\u0000${ev.quoted ? 1 : 0}\u0000${ev.figureKinds.join(' ')}`;
  const known = key === undefined ? undefined : cache!.get<Scored>(key, text);
  if (known) return known;
  const words = claimWords(text);
  const cueFeatures = cues(text, ev, words.length);
  const { probability, reasons } = wordsWorthiness(words, cueFeatures);
  const scored = { probability, reasons, always: mustCheck(cueFeatures), hedged: cueFeatures.includes('cue:hedge') };
  if (key !== undefined) cache!.set(key, text, scored);
  return scored;
}

/**
 * An editorial rule over the model: an accusation, and a figure about an incident, are always worth checking (the
 * debates the model learned from rarely speak of breaches, and an accusation is a claim about someone by nature).
 * It reads the sentence's cue features only.
 */
function mustCheck(features: readonly string[]): string | null {
  if (features.includes('cue:accusation')) return CUE_REASONS['cue:accusation'];
  if (features.includes('cue:incident') && ['cue:figure', 'cue:number', 'cue:date'].some((f) => features.includes(f))) return 'states a figure about an incident';
  return null;
}

/** Whether three whitespace-separated pieces of the text hold a letter or a digit ("--" and "|" do not count). */
function atLeastThreeWords(text: string): boolean {
  // ASCII text is read character by character (no array of pieces); other text piece by piece, as the regexes say.
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return atLeastThreeWordsOf(text);
    if (c === 32 || (c >= 9 && c <= 13)) counted = false;
    else if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      counted = true;
      if (++n >= 3) return true;
    }
  }
  return false;
}

function atLeastThreeWordsOf(text: string): boolean {
  let n = 0;
  for (const w of text.split(/\s+/)) if (WORDISH.test(w) && ++n >= 3) return true;
  return false;
}
const WORDISH = /[\p{L}\p{N}]/u;

/** A title-case line without a full stop ("Harbour Board Approves New Ferry Route"): a headline, not a claim. */
function isHeadline(text: string): boolean {
  if (/[.!?:;,"”’)]$/.test(text.trim())) return false;
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  return content.length >= 3 && content.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * content.length;
}

/** Spans grouped by the index of the sentence they start in. */
function bySentence<T extends { start: number }>(sentences: Sentence[], items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  indicesBySentence(sentences, items).forEach((idx, si) => out.set(si, idx.map((i) => items[i])));
  return out;
}
