/**
 * The check-worthiness model: a calibrated logistic regression (src/core/claims-model.json, written by
 * `npm run train -- claims`, never edited by hand). A sentence's probability is the share of sentences like it that
 * fact-checkers' annotators marked check-worthy; at or above the trained highlight threshold (chosen on training
 * folds so that nine highlighted sentences in ten are check-worthy) it is highlighted by default.
 */
import { CUE_REASONS } from './claim-features';
import { loadLinear, type LinearModel } from './learn/linear';
import json from './claims-model.json';

interface ClaimModel {
  linear: LinearModel;
  /** Highlighted by default at or above this calibrated probability (out-of-fold precision 0.9). */
  checkWorthy: number;
}

let loaded: ClaimModel | null = null;

/** Loaded on first use, not at import. */
function model(): ClaimModel {
  if (loaded) return loaded;
  const linear = loadLinear(json);
  const checkWorthy = (json as { meta?: { thresholds?: { highlight?: unknown } } }).meta?.thresholds?.highlight;
  if (typeof checkWorthy !== 'number' || !(checkWorthy > 0 && checkWorthy < 1)) throw new Error('claims model has no highlight threshold: run npm run train -- claims');
  return (loaded = { linear, checkWorthy });
}

/** The calibrated probability at or above which a sentence counts as check-worthy. */
export function checkWorthyThreshold(): number {
  return model().checkWorthy;
}

/** Cues a hover names even when they weigh little: what the sentence is, not why it ranks. */
const DESCRIPTIVE = ['cue:incident', 'cue:source=person', 'cue:source=organization', 'cue:source=outlet', 'cue:source=vague', 'cue:hedge'];

export interface Worthiness {
  probability: number;
  reasons: string[];
}

/**
 * The probability that a sentence with these features is check-worthy, and why: the cues that pushed it up most,
 * the word or word pair that weighed most, then what it is (hedged, attributed, a question).
 */
export function checkWorthiness(features: readonly string[]): Worthiness {
  const { linear } = model();
  const probability = linear.probabilities(features)[1];
  const reasons: string[] = [];
  const add = (r: string | undefined) => {
    if (r && !reasons.includes(r)) reasons.push(r);
  };
  let wording: string | undefined;
  for (const { feature } of linear.explain(features, 'yes', 12)) {
    if (feature in CUE_REASONS) add(CUE_REASONS[feature]);
    else if (!wording && /^[wb]=/.test(feature)) wording = wordingOf(feature);
  }
  add(wording);
  for (const f of DESCRIPTIVE) if (features.includes(f)) add(CUE_REASONS[f]);
  if (features.includes('cue:question')) add('a question');
  return { probability, reasons };
}

/** "b=<num>_percent" → 'wording "N percent"'. */
function wordingOf(feature: string): string | undefined {
  const words = feature.slice(2).split('_').filter((w) => w !== '<s>' && w !== '</s>').map((w) => (w === '<num>' ? 'N' : w));
  return words.length ? `wording “${words.join(' ')}”` : undefined;
}
