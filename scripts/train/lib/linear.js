// Trains the engine's linear models (src/core/learn/linear.ts): multinomial logistic regression over hashed
// features, AdaGrad with L2, seeded shuffles so a rebuild gives the same bytes. Plus k-fold splits and scores.
'use strict';

/** mulberry32: a small seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(list, seed) {
  const r = rng(seed);
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** FNV-1a 32 bit, as src/core/learn/linear.ts computes it. */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * examples: [{ features: string[], label: string, weight?: number }]
 * options: { classes, bits = 18, epochs = 10, l2 = 1e-6, rate = 0.2, seed = 1 }
 * Returns { classes, bits, bias: number[], weights: Map<bucket, Float64Array> }.
 */
function train(examples, options) {
  const { seeds, ...rest } = options;
  if (!seeds) return trainOne(examples, rest);
  // Bagging over shuffle orders: one weight table, the mean of each seed's (a lower-variance fit at no run-time cost).
  const models = seeds.map((seed) => trainOne(examples, { ...rest, seed }));
  return meanOf(models);
}

/** The mean of models of one shape (classes, bits): their biases and weights averaged, a missing bucket as zeros. */
function meanOf(models) {
  const K = models[0].classes.length;
  const weights = new Map();
  for (const m of models)
    for (const [b, w] of m.weights) {
      let r = weights.get(b);
      if (!r) weights.set(b, (r = new Float64Array(K)));
      for (let c = 0; c < K; c++) r[c] += w[c] / models.length;
    }
  const bias = models[0].bias.map((_, c) => models.reduce((n, m) => n + m.bias[c], 0) / models.length);
  return { classes: models[0].classes, bits: models[0].bits, bias, weights };
}

function trainOne(examples, options) {
  const { classes, bits = 18, epochs = 10, l2 = 1e-6, rate = 0.2, seed = 1, averageFrom } = options;
  const K = classes.length;
  const index = new Map(classes.map((c, i) => [c, i]));
  const mask = (1 << bits) - 1;
  const data = examples.map((e) => {
    const counts = new Map();
    for (const f of e.features) {
      const b = fnv1a(f) & mask;
      counts.set(b, (counts.get(b) || 0) + 1);
    }
    const y = index.get(e.label);
    if (y === undefined) throw new Error(`label ${e.label} is not one of ${classes.join(', ')}`);
    return { x: [...counts], y, w: e.weight ?? 1 };
  });
  const W = new Map();
  const G = new Map();
  const bias = new Float64Array(K);
  const gBias = new Float64Array(K).fill(1e-8);
  const row = (m, b) => {
    let r = m.get(b);
    if (!r) m.set(b, (r = new Float64Array(K)));
    return r;
  };
  const s = new Float64Array(K);
  const snapshots = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of shuffle(data, seed * 7919 + epoch)) {
      for (let c = 0; c < K; c++) s[c] = bias[c];
      for (const [b, v] of ex.x) {
        const w = W.get(b);
        if (w) for (let c = 0; c < K; c++) s[c] += w[c] * v;
      }
      let max = -Infinity;
      for (let c = 0; c < K; c++) max = Math.max(max, s[c]);
      let sum = 0;
      for (let c = 0; c < K; c++) sum += (s[c] = Math.exp(s[c] - max));
      for (let c = 0; c < K; c++) {
        const g = (s[c] / sum - (c === ex.y ? 1 : 0)) * ex.w;
        gBias[c] += g * g;
        bias[c] -= (rate * g) / Math.sqrt(gBias[c]);
      }
      for (const [b, v] of ex.x) {
        const w = row(W, b);
        const gg = row(G, b);
        for (let c = 0; c < K; c++) {
          const g = (s[c] / sum - (c === ex.y ? 1 : 0)) * ex.w * v + l2 * w[c];
          gg[c] += g * g;
          w[c] -= (rate * g) / Math.sqrt(gg[c] + 1e-8);
        }
      }
    }
    // Averaged over epochs: the weights at the end of each epoch from `averageFrom` on, averaged (Polyak-style).
    if (averageFrom !== undefined && epoch >= averageFrom) snapshots.push({ classes, bits, bias: [...bias], weights: new Map([...W].map(([b, w]) => [b, w.slice()])) });
  }
  if (snapshots.length) return meanOf(snapshots);
  return { classes, bits, bias: [...bias], weights: W };
}

/** Probabilities per class for a feature list, with a trained (not yet serialised) model. */
function probabilities(model, features) {
  const mask = (1 << model.bits) - 1;
  const s = model.bias.slice();
  for (const f of features) {
    const w = model.weights.get(fnv1a(f) & mask);
    if (w) for (let c = 0; c < s.length; c++) s[c] += w[c];
  }
  const max = Math.max(...s);
  const e = s.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/**
 * The JSON src/core/learn/linear.ts loads: weights rounded to `digits`, buckets whose largest weight is under
 * `prune` dropped (that is what keeps the file small), keys sorted so the bytes are stable.
 */
function serialise(model, { name, digits = 3, prune = 0.01, meta } = {}) {
  const round = (x) => Number(x.toFixed(digits)) || 0;
  const weights = {};
  for (const b of [...model.weights.keys()].sort((a, b) => a - b)) {
    const w = [...model.weights.get(b)].map(round);
    if (Math.max(...w.map(Math.abs)) >= prune) weights[b] = w;
  }
  return { schema: 'policy-lens/linear-model', version: 1, name, bits: model.bits, classes: model.classes, bias: model.bias.map(round), weights, ...(meta ? { meta } : {}) };
}

/** k folds of `items`, grouped by `groupOf` (e.g. the article) so no group is split across folds; seeded. */
function folds(items, k, groupOf, seed = 1) {
  const groups = [...new Set(items.map(groupOf))].sort();
  const order = shuffle(groups, seed);
  const foldOf = new Map(order.map((g, i) => [g, i % k]));
  return Array.from({ length: k }, (_, f) => ({
    train: items.filter((x) => foldOf.get(groupOf(x)) !== f),
    test: items.filter((x) => foldOf.get(groupOf(x)) === f),
  }));
}

/** Precision, recall, F1 (in percent, one decimal) from counts. */
function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const pct = (x) => Math.round(x * 1000) / 10;
  return { precision: pct(p), recall: pct(r), f1: pct(f), tp, fp, fn };
}

module.exports = { rng, shuffle, fnv1a, train, probabilities, serialise, folds, prf };
