/**
 * A small linear classifier over hashed features: the one shape every learned model of the engine ships in.
 *
 * Features are strings ("w=breach", "prev=ransom", "shape=Xx") hashed into 2^bits buckets (FNV-1a), so the model
 * holds no vocabulary and no corpus text. A model is plain JSON (`LinearModelJson`), written by `npm run train`
 * and read once by `loadLinear`, which checks its schema and version. Scores are a softmax over classes (a binary
 * model has two); `explain` names the features that pushed a decision most, for hovers.
 */

import { PACKED_MAGIC, unpackModel, type WeightRows } from './model-text';

export const LINEAR_SCHEMA = 'policy-lens/linear-model';
export const LINEAR_VERSION = 1;

export interface LinearModelJson {
  schema: typeof LINEAR_SCHEMA;
  version: number;
  /** What the model decides, e.g. "incident-type". */
  name: string;
  /** Buckets are 2^bits. */
  bits: number;
  classes: string[];
  /** One bias per class. */
  bias: number[];
  /** Non-zero buckets: bucket → one weight per class (read from a product bundle: the same rows as typed arrays). */
  weights: Record<string, number[]> | WeightRows;
  /** How it was trained and scored (cross-validation figures), for the record; not read at run time. */
  meta?: Record<string, unknown>;
}

export interface LinearModel {
  readonly name: string;
  readonly classes: readonly string[];
  readonly bits: number;
  /** Raw score per class for these features (duplicates count once per occurrence). */
  scores(features: readonly string[]): number[];
  /** Softmax probabilities per class. */
  probabilities(features: readonly string[]): number[];
  /**
   * probabilities() of the features whose FNV-1a states are `states` (learn/feature-hash.ts: word features hashed
   * without building their strings) followed by `features`: the same sums in the same order.
   */
  probabilitiesFrom(states: readonly number[], features: readonly string[]): number[];
  /** The class with the highest probability, and that probability. */
  predict(features: readonly string[]): { label: string; index: number; probability: number };
  /** The features that pushed class `label` up most (largest positive weight), best first. */
  explain(features: readonly string[], label: string, top?: number): Array<{ feature: string; weight: number }>;
}

/** FNV-1a, 32 bit, over the UTF-16 code units of `s`: the same bucket in Node, the browser and the trainer. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function bucketOf(feature: string, bits: number): number {
  return fnv1a(feature) & ((1 << bits) - 1);
}

export function loadLinear(json: unknown): LinearModel {
  const m = json as Partial<LinearModelJson> | null;
  if (!m || m.schema !== LINEAR_SCHEMA) throw new Error(`not a Policy Lens linear model (schema ${String(m?.schema)})`);
  if (m.version !== LINEAR_VERSION) throw new Error(`linear model "${m.name}" has version ${m.version}; this build reads version ${LINEAR_VERSION}: run npm run train`);
  const classes = m.classes ?? [];
  const bits = m.bits ?? 0;
  const bias = m.bias ?? [];
  if (!classes.length || bias.length !== classes.length || bits < 1 || bits > 30) throw new Error(`linear model "${m.name}" is malformed`);
  // Built on first use: a caller that reads the JSON's weights its own way (claim-model.ts) never pays for it. The
  // JSON's weights are let go once the table is built.
  let built: WeightTable | undefined;
  let weights = m.weights;
  const table = () => {
    if (!built) {
      built = weightTable(weights ?? {}, bits, classes.length);
      weights = undefined;
    }
    return built;
  };
  const name = m.name ?? 'model';

  const scores = (features: readonly string[]): number[] => {
    const s = bias.slice();
    table().addFeatures(s, features);
    return s;
  };
  const probabilities = (features: readonly string[]): number[] => softmax(scores(features));
  const probabilitiesFrom = (states: readonly number[], features: readonly string[]): number[] => {
    const s = bias.slice();
    const t = table();
    t.addStates(s, states);
    t.addFeatures(s, features);
    return softmax(s);
  };
  return {
    name,
    classes,
    bits,
    scores,
    probabilities,
    probabilitiesFrom,
    predict(features) {
      const p = probabilities(features);
      let index = 0;
      for (let c = 1; c < p.length; c++) if (p[c] > p[index]) index = c;
      return { label: classes[index], index, probability: p[index] };
    },
    explain(features, label, top = 3) {
      const c = classes.indexOf(label);
      if (c < 0) return [];
      const seen = new Set<string>();
      const out: Array<{ feature: string; weight: number }> = [];
      for (const f of features) {
        if (seen.has(f)) continue;
        seen.add(f);
        const w = table().row(bucketOf(f, bits));
        // Against the mean of the other classes: what makes this class win, not what every class shares.
        if (!w) continue;
        const others = classes.length > 1 ? (w.reduce((a, b) => a + b, 0) - w[c]) / (classes.length - 1) : 0;
        const weight = w[c] - others;
        if (weight > 0) out.push({ feature: f, weight });
      }
      return out.sort((a, b) => b.weight - a.weight || a.feature.localeCompare(b.feature)).slice(0, top);
    },
  };
}

/** Bucket → one weight per class, read per feature: a flat typed array when 2^bits rows are few enough, else a Map. */
interface WeightTable {
  /** Adds each feature's bucket weights to `s` in turn (nothing for an empty bucket: the same sums, in the same order,
   * as the JSON's). A whole list per call, read in indexed loops: while scoring runs in V8's first tiers (the first
   * dozen analyses of a session), a call per feature and a for-of's iterator steps cost more than the sums. */
  addFeatures(s: number[], features: readonly string[]): void;
  /** The same for features given as FNV-1a states (learn/feature-hash.ts). */
  addStates(s: number[], states: readonly number[]): void;
  row(bucket: number): number[] | undefined;
}

/** Up to 2^20 buckets are held flat (the shipped models have 2^12 to 2^18). */
const FLAT_BITS = 20;

const isWeightRows = (w: LinearModelJson['weights']): w is WeightRows => w.buckets instanceof Uint32Array;

/** A model's weights as rows (the JSON's keys that are not buckets dropped: they are never looked up). */
export function weightRows(weights: LinearModelJson['weights'], classes: number): WeightRows {
  if (isWeightRows(weights)) return weights;
  const keys = Object.keys(weights).filter((k) => Number.isInteger(Number(k)) && Number(k) >= 0 && Number(k) <= 0xffffffff);
  const buckets = new Uint32Array(keys.length);
  const values = new Float64Array(keys.length * classes);
  keys.forEach((k, r) => {
    buckets[r] = Number(k);
    for (let c = 0; c < classes; c++) values[r * classes + c] = weights[k][c];
  });
  return { buckets, values };
}

export function weightTable(weights: LinearModelJson['weights'], bits: number, classes: number): WeightTable {
  const { buckets, values } = weightRows(weights, classes);
  const rowAt = (r: number) => Array.from(values.subarray(r * classes, (r + 1) * classes));
  const mask = (1 << bits) - 1;
  if (bits > FLAT_BITS) {
    const map = new Map<number, number[]>();
    buckets.forEach((b, r) => map.set(b, rowAt(r)));
    const add = (s: number[], bucket: number) => {
      const w = map.get(bucket);
      if (w) for (let c = 0; c < s.length; c++) s[c] += w[c];
    };
    return {
      addFeatures: (s, features) => features.forEach((f) => add(s, fnv1a(f) & mask)),
      addStates: (s, states) => states.forEach((h) => add(s, h & mask)),
      row: (bucket) => map.get(bucket),
    };
  }
  // A row number per bucket (0: empty; row r + 1 is the rows' r) beside the rows themselves: a model's buckets are
  // mostly empty, so this is a fraction of a row per bucket (the type model: 0.9 MB instead of 4.7 MB).
  const size = 1 << bits;
  const rowOf = buckets.length < 0xffff ? new Uint16Array(size) : new Uint32Array(size);
  buckets.forEach((b, r) => {
    if (b < size) rowOf[b] = r + 1;
  });
  return {
    addFeatures(s, features) {
      for (let k = 0; k < features.length; k++) {
        const r = rowOf[fnv1a(features[k]) & mask];
        if (r) for (let c = 0, o = (r - 1) * classes; c < classes; c++) s[c] += values[o + c];
      }
    },
    addStates(s, states) {
      for (let k = 0; k < states.length; k++) {
        const r = rowOf[states[k] & mask];
        if (r) for (let c = 0, o = (r - 1) * classes; c < classes; c++) s[c] += values[o + c];
      }
    },
    row(bucket) {
      const r = rowOf[bucket];
      return r ? rowAt(r - 1) : undefined;
    },
  };
}

/**
 * A model file as imported: the product bundles (esbuild.js) take model files in as text (packed: learn/model-text.ts),
 * read here on first use; bundles made in memory (tests, the trainer) and TypeScript see the parsed JSON.
 */
export function modelJson<T>(imported: T): T {
  if (typeof imported !== 'string') return imported;
  return (imported.startsWith(PACKED_MAGIC) ? unpackModel(imported) : JSON.parse(imported)) as T;
}

export function softmax(s: readonly number[]): number[] {
  // Plain loops (no spread, no closures): the same operations in the same order as max, map, reduce from 0, map.
  let max = -Infinity;
  for (let c = 0; c < s.length; c++) max = Math.max(max, s[c]);
  const e: number[] = [];
  let sum = 0;
  for (let c = 0; c < s.length; c++) {
    const x = Math.exp(s[c] - max);
    e.push(x);
    sum += x;
  }
  for (let c = 0; c < s.length; c++) e[c] /= sum;
  return e;
}
