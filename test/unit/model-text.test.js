// The product bundles carry each model packed (scripts/build/model-text.js) and the engine reads it back
// (src/core/learn/model-text.ts): every shipped model, and random ones, must come back with the very same numbers.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { packModel } = require('../../scripts/build/model-text');
const { requireTs } = require('../../scripts/train/lib/require-ts');
const { rng } = require('../support/random');

const { unpackModel } = requireTs('src/core/learn/model-text.ts');
const { modelJson } = requireTs('src/core/learn/linear.ts');

/** Deep equality that tells -0 from 0 and compares numbers bit for bit (Object.is). */
function same(a, b, where = 'model') {
  if (typeof a === 'number') return assert.ok(Object.is(a, b), `${where}: ${a} became ${b}`);
  if (typeof a !== 'object' || a === null) return assert.equal(b, a, where);
  assert.deepEqual(Object.keys(b).sort(), Object.keys(a).sort(), where);
  for (const k of Object.keys(a)) same(a[k], b[k], `${where}.${k}`);
}

/** A model read back from its packed text, its weight rows (typed arrays) written as its JSON has them. */
function asJson(model) {
  const { buckets, values } = model.weights;
  const classes = model.classes.length;
  const weights = {};
  buckets.forEach((b, r) => (weights[b] = Array.from(values.subarray(r * classes, (r + 1) * classes))));
  return { ...model, weights };
}

const root = path.join(__dirname, '..', '..', 'src', 'core');
const models = fs.readdirSync(root, { recursive: true }).filter((f) => /model\.json$/.test(f));

test('every shipped model reads back from its packed text as its JSON reads', () => {
  assert.ok(models.length >= 4, `models found: ${models}`);
  for (const f of models) {
    const json = JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));
    const packed = packModel(json);
    assert.ok(packed, `${f} did not pack`);
    assert.ok(packed.length < JSON.stringify(json).length * 0.6, `${f}: packed ${packed.length} characters`);
    same(json, asJson(modelJson(packed)), f);
  }
});

test('random weights with up to four decimals read back exactly; what cannot be packed is left as JSON', () => {
  const rnd = rng(11);
  for (let trial = 0; trial < 40; trial++) {
    const classes = 1 + Math.floor(rnd() * 9);
    const decimals = Math.floor(rnd() * 5);
    const weights = {};
    for (let b = 0; b < 200; b++) {
      if (rnd() < 0.6) continue;
      const bucket = Math.floor(rnd() * 2 ** 20);
      weights[bucket] = Array.from({ length: classes }, () => Number(((rnd() - 0.5) * 10 ** (1 + rnd() * 4)).toFixed(decimals)) || 0);
    }
    const json = { schema: 'policy-lens/linear-model', version: 1, name: 't', bits: 20, classes: Array.from({ length: classes }, (_, c) => `c${c}`), bias: [0.5], weights };
    same(json, asJson(unpackModel(packModel(json))), `trial ${trial}`);
  }
  const base = { classes: ['a'], bias: [0] };
  assert.equal(packModel({ ...base, weights: { 1: [1e-9] } }), null);
  assert.equal(packModel({ ...base, weights: { 1: [1, 2] } }), null);
  assert.equal(packModel({ ...base, weights: { x: [1] } }), null);
  assert.equal(packModel({ ...base }), null);
});
