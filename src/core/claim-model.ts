/**
 * The check-worthiness model: a calibrated logistic regression (src/core/claims-model.json, written by
 * `npm run train -- claims`, never edited by hand). A sentence's probability is the share of sentences like it that
 * fact-checkers' annotators marked check-worthy; at or above the trained highlight threshold (chosen on training
 * folds so that nine highlighted sentences in ten are check-worthy) it is highlighted by default.
 */
import { CUE_REASONS } from './claim-features';
import { B_PREFIX, FNV_START, W_PREFIX, bucketOfState, fnvFrom } from './learn/feature-hash';
import { bucketOf, loadLinear, modelJson, weightRows } from './learn/linear';
import shippedJson from './claims-model.json';

interface ClaimModel {
  /**
   * Weight of "yes" over "no" of bucket b: values[rowOf[b]] (row 0 is 0, for the empty buckets). A binary model needs
   * one number and one hash per feature; a tenth of the buckets have a weight, so a row number per bucket and the
   * weights apart take a third of a flat table's 2 MB.
   */
  rowOf: Uint16Array | Uint32Array;
  values: Float64Array;
  bias: number;
  bits: number;
  /** Highlighted by default at or above this calibrated probability (out-of-fold precision 0.9). */
  checkWorthy: number;
}

let loaded: ClaimModel | null = null;

/** Loaded on first use, not at import. */
function model(): ClaimModel {
  if (loaded) return loaded;
  const json = modelJson(shippedJson);
  const linear = loadLinear(json); // checks the schema and the version
  const yes = linear.classes.indexOf('yes');
  const no = linear.classes.indexOf('no');
  if (yes < 0 || no < 0) throw new Error('claims model must have classes "yes" and "no": run npm run train -- claims');
  const size = 1 << linear.bits;
  const classes = linear.classes.length;
  const { buckets, values: weights } = weightRows(json.weights, classes);
  const rowOf = buckets.length < 0xffff ? new Uint16Array(size) : new Uint32Array(size);
  const values = new Float64Array(buckets.length + 1);
  let rows = 0;
  buckets.forEach((b, r) => {
    if (b >= size) return;
    rowOf[b] = ++rows;
    values[rows] = weights[r * classes + yes] - weights[r * classes + no];
  });
  const checkWorthy = (json as { meta?: { thresholds?: { highlight?: unknown } } }).meta?.thresholds?.highlight;
  if (typeof checkWorthy !== 'number' || !(checkWorthy > 0 && checkWorthy < 1)) throw new Error('claims model has no highlight threshold: run npm run train -- claims');
  return (loaded = { rowOf, values, bias: json.bias[yes] - json.bias[no], bits: linear.bits, checkWorthy });
}

/** The calibrated probability at or above which a sentence counts as check-worthy. */
export function checkWorthyThreshold(): number {
  return model().checkWorthy;
}

/** CUE_REASONS as a Map: looking a cue up in an object by a string made at run time cost more than its weight. */
const REASONS = new Map(Object.entries(CUE_REASONS));

/** Cues a hover names even when they weigh little: what the sentence is, not why it ranks. */
const DESCRIPTIVE = new Set(['cue:incident', 'cue:source=person', 'cue:source=organization', 'cue:source=outlet', 'cue:source=vague', 'cue:hedge']);

export interface Worthiness {
  probability: number;
  reasons: string[];
}

/**
 * The probability that a sentence with these features (in claimFeatures' order: the cues last) is check-worthy, and
 * why: the cues that pushed it up most, the word or word pair that weighed most, then what it is (hedged, attributed,
 * a question). The engine calls wordsWorthiness, which gives the same; this is the reference its test compares with.
 */
export function checkWorthiness(features: readonly string[]): Worthiness {
  const { rowOf, values, bias, bits } = model();
  let logit = bias;
  let wording: { feature: string; weight: number } | null = null;
  const rest: string[] = [];
  for (const f of features) {
    if (f.charCodeAt(0) === 99 /* c */) {
      rest.push(f);
      continue;
    }
    const w = values[rowOf[bucketOf(f, bits)]];
    logit += w;
    if (w > 0 && (!wording || w > wording.weight) && telling(f)) wording = { feature: f, weight: w };
  }
  return withCues(logit, wording ? wordingOf(wording.feature) : undefined, rest);
}

/**
 * checkWorthiness(claimFeatures(text, ev)) from the sentence's claimWords and cues, hashing the word and pair features
 * as it goes instead of building their strings: the same weights added in the same order, the same reasons.
 */
export function wordsWorthiness(words: readonly string[], cueFeatures: readonly string[]): Worthiness {
  const { rowOf, values, bias, bits } = model();
  let logit = bias;
  // The word or pair that weighed most, as [index, is a pair, weight]; how a hover says it is built once at the end.
  let best = -1;
  let bestPair = false;
  let bestWeight = 0;
  let pairFrom = START_PAIR;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // wordState(word), fnvFrom(pairFrom, word) and pairPrefix(word) in one pass over the word.
    let hw = W_PREFIX;
    let hp = pairFrom;
    let hb = B_PREFIX;
    for (let k = 0; k < word.length; k++) {
      const ch = word.charCodeAt(k);
      hw = Math.imul(hw ^ ch, 0x01000193);
      hp = Math.imul(hp ^ ch, 0x01000193);
      hb = Math.imul(hb ^ ch, 0x01000193);
    }
    let w = values[rowOf[bucketOfState(hw, bits)]];
    logit += w;
    if (w > 0 && (best < 0 || w > bestWeight) && tellingWord(word)) {
      best = i;
      bestPair = false;
      bestWeight = w;
    }
    w = values[rowOf[bucketOfState(hp, bits)]];
    logit += w;
    // telling(): a pair of two words (not the sentence's start).
    if (w > 0 && (best < 0 || w > bestWeight) && i > 0) {
      best = i;
      bestPair = true;
      bestWeight = w;
    }
    pairFrom = Math.imul(hb ^ 95 /* _ */, 0x01000193);
  }
  if (words.length) logit += values[rowOf[bucketOfState(fnvFrom(pairFrom, '</s>'), bits)]];
  logit += values[rowOf[lenBucket(Math.min(8, words.length >> 2), bits)]];
  // wordingOf(the feature) without building it and splitting it again: words hold no "_", "<s>" or "</s>".
  const said = best < 0 ? undefined : bestPair ? wordingSaid(`${spoken(words[best - 1])} ${spoken(words[best])}`) : wordingSaid(spoken(words[best]));
  return withCues(logit, said, cueFeatures);
}

/** The state of "b=<s>_": the pair of the sentence's start and its first word continues it. */
const START_PAIR = fnvFrom(FNV_START, 'b=<s>_');

/**
 * Adds the cue features' weights (in order) to `logit` and says why: the strongest cues, the wording (`said`, as
 * wordingOf says it), what it is.
 */
function withCues(logit: number, said: string | undefined, cueFeatures: readonly string[]): Worthiness {
  const { rowOf, values, bits } = model();
  const cues: Array<{ feature: string; reason: string; weight: number }> = [];
  let question = false;
  for (let k = 0; k < cueFeatures.length; k++) {
    const f = cueFeatures[k];
    const w = values[rowOf[cueBucket(f, bits)]];
    logit += w;
    if (f === 'cue:question') question = true;
    const reason = REASONS.get(f);
    if (reason && (w > 0 || DESCRIPTIVE.has(f)) && cueFeatures.indexOf(f) === k) cues.push({ feature: f, reason, weight: w });
  }
  // The cues that pushed most first (the sort is stable: ties in the order met); then the word or pair that weighed
  // most; then what the sentence is.
  cues.sort((a, b) => b.weight - a.weight);
  // (A loop rather than filter/slice/map: map's array is of small integers when empty, and a push of a string to it
  // threw the optimised code away.)
  const reasons: string[] = [];
  for (let k = 0; k < cues.length && reasons.length < 3; k++) if (cues[k].weight > 0) reasons.push(cues[k].reason);
  if (said) reasons.push(said);
  for (const c of cues) if (DESCRIPTIVE.has(c.feature) && !reasons.includes(c.reason)) reasons.push(c.reason);
  if (question) reasons.push('a question');
  return { probability: 1 / (1 + Math.exp(-logit)), reasons };
}

/** Buckets of the nine length features "len=0" … "len=8", hashed once. */
let lenBuckets: number[] | undefined;
const lenBucket = (n: number, bits: number) => (lenBuckets ??= Array.from({ length: 9 }, (_, k) => bucketOf(`len=${k}`, bits)))[n];

/** Buckets of the cue features (a few dozen names), hashed once each. */
const CUE_BUCKETS = new Map<string, number>();
function cueBucket(feature: string, bits: number): number {
  let b = CUE_BUCKETS.get(feature);
  if (b === undefined) CUE_BUCKETS.set(feature, (b = bucketOf(feature, bits)));
  return b;
}

/** A word pair, or a word of four letters or more: "N percent", "deficit"; not "in" or a bare number. */
function telling(f: string): boolean {
  return f.startsWith('b=') ? !f.includes('<s>') && !f.includes('</s>') : f.startsWith('w=') && tellingWord(f.slice(2));
}

/** A word worth naming as a reason: four letters or more, not a number. */
const tellingWord = (word: string) => word.length >= 4 && word !== '<num>';

/** "b=<num>_percent" → 'wording "N percent"'. */
function wordingOf(feature: string): string | undefined {
  const words = feature.slice(2).split('_').filter((w) => w !== '<s>' && w !== '</s>').map(spoken);
  return words.length ? wordingSaid(words.join(' ')) : undefined;
}

const spoken = (word: string) => (word === '<num>' ? 'N' : word);
const wordingSaid = (words: string) => `wording “${words}”`;
