// Fitting helpers for the check-worthiness model: binary logistic regression on the shared trainer, feature
// frequency cut-off, Platt calibration, the F1-best threshold and average precision. Deterministic.
'use strict';
const L = require('./linear');

const CLASSES = ['no', 'yes'];

/** Features seen in fewer than `minCount` training sentences are dropped: rare word pairs only add noise and bytes. */
function frequent(examples, minCount) {
  const count = new Map();
  for (const e of examples) for (const f of new Set(e.features)) count.set(f, (count.get(f) || 0) + 1);
  return examples.map((e) => ({ ...e, features: e.features.filter((f) => count.get(f) >= minCount) }));
}

function fit(examples, hp) {
  return L.train(frequent(examples, hp.minCount), { classes: CLASSES, bits: hp.bits, epochs: hp.epochs, rate: hp.rate, l2: hp.l2, seed: 1 });
}

/** The log-odds of "yes" for a feature list. */
function logit(model, features) {
  const p = L.probabilities(model, features);
  return Math.log(Math.max(p[1], 1e-12) / Math.max(p[0], 1e-12));
}

const sigmoid = (x) => 1 / (1 + Math.exp(-x));

/** Platt scaling: a, b minimising log loss of sigmoid(a·s + b) on held-out scores (gradient descent, fixed steps). */
function platt(scores, labels) {
  let a = 1;
  let b = 0;
  const n = scores.length;
  for (let it = 0; it < 3000; it++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const g = sigmoid(a * scores[i] + b) - (labels[i] ? 1 : 0);
      ga += g * scores[i];
      gb += g;
    }
    a -= (0.5 * ga) / n;
    b -= (0.5 * gb) / n;
  }
  return { a, b };
}

/** The threshold on probabilities that maximises F1 of the positive class (ties: the lower threshold). */
function bestThreshold(probs, labels) {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.951; t += 0.01) {
    const s = f1At(probs, labels, t);
    if (s.f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1: s.f1 };
  }
  return best;
}

/**
 * The lowest threshold at which the sentences scored at or above it are check-worthy at least `precision` of the
 * time: what a highlight needs, since a wrong highlight costs the reader more than a claim left to the panel.
 */
function precisionThreshold(probs, labels, precision) {
  for (let t = 0.05; t < 0.991; t += 0.01) {
    const s = f1At(probs, labels, t);
    if (s.tp + s.fp > 0 && s.tp / (s.tp + s.fp) >= precision) return { threshold: Math.round(t * 100) / 100, ...s };
  }
  return { threshold: 0.99, ...f1At(probs, labels, 0.99) };
}

function f1At(probs, labels, threshold) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  probs.forEach((p, i) => {
    if (p >= threshold) labels[i] ? tp++ : fp++;
    else if (labels[i]) fn++;
  });
  return L.prf(tp, fp, fn);
}

/** Average precision of a ranking by score (ties: input order); null when nothing is positive. */
function averagePrecision(scores, labels) {
  const order = scores.map((_, i) => i).sort((x, y) => scores[y] - scores[x] || x - y);
  let hits = 0;
  let sum = 0;
  order.forEach((k, r) => {
    if (labels[k]) sum += ++hits / (r + 1);
  });
  return hits ? sum / hits : null;
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

/**
 * The JSON the engine loads: calibration folded into the weights (sigmoid(a·s + b) is a linear model again), and
 * the binary model kept as one weight per bucket (the "no" column all zeros: the same softmax, half the bytes).
 */
function serialiseCalibrated(model, { a, b }, { prune, digits, meta }) {
  const weights = new Map();
  for (const [bucket, w] of model.weights) {
    const d = a * (w[1] - w[0]);
    if (Math.abs(d) >= prune) weights.set(bucket, Float64Array.from([0, d]));
  }
  const bias = [0, a * (model.bias[1] - model.bias[0]) + b];
  return L.serialise({ ...model, bias, weights }, { name: 'check-worthiness', digits, prune, meta });
}

module.exports = { CLASSES, frequent, fit, logit, platt, sigmoid, bestThreshold, precisionThreshold, f1At, averagePrecision, mean, serialiseCalibrated };
