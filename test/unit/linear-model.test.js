// The learned models' shared shape (src/core/learn/linear.ts) against the trainer (scripts/train/lib/linear.js):
// what the trainer fits, serialised and loaded by the engine, scores the same; a wrong schema is refused.
const test = require('node:test');
const assert = require('node:assert/strict');
const { loadLinear, fnv1a } = require('../../dist/core.js');
const trainer = require('../../scripts/train/lib/linear.js');

function toy() {
  const examples = [];
  for (let i = 0; i < 300; i++) {
    const label = ['breach', 'phishing', 'none'][i % 3];
    examples.push({ features: [`w=${label}`, `n=${i % 5}`], label });
  }
  return examples;
}

test('the engine and the trainer hash features alike', () => {
  for (const s of ['', 'w=breach', 'prev=Ransom', 'ünïcode']) assert.equal(fnv1a(s), trainer.fnv1a(s));
  assert.equal(fnv1a('a'), 0xe40c292c); // the published FNV-1a test vector
});

test('a trained model, serialised and loaded, predicts what it learned and explains it', () => {
  const model = trainer.train(toy(), { classes: ['none', 'breach', 'phishing'], bits: 10, epochs: 4, seed: 3 });
  const loaded = loadLinear(JSON.parse(JSON.stringify(trainer.serialise(model, { name: 'toy' }))));
  assert.equal(loaded.predict(['w=breach', 'n=1']).label, 'breach');
  assert.equal(loaded.predict(['w=phishing']).label, 'phishing');
  const p = loaded.probabilities(['w=breach']);
  const q = trainer.probabilities(model, ['w=breach']);
  for (let c = 0; c < p.length; c++) assert.ok(Math.abs(p[c] - q[c]) < 0.01, `${p} vs ${q}`);
  assert.deepEqual(loaded.explain(['n=1', 'w=breach'], 'breach', 1).map((e) => e.feature), ['w=breach']);
});

test('training is deterministic: the same seed gives the same bytes', () => {
  const a = JSON.stringify(trainer.serialise(trainer.train(toy(), { classes: ['none', 'breach', 'phishing'], bits: 10, seed: 5 }), { name: 'toy' }));
  const b = JSON.stringify(trainer.serialise(trainer.train(toy(), { classes: ['none', 'breach', 'phishing'], bits: 10, seed: 5 }), { name: 'toy' }));
  assert.equal(a, b);
});

test('a bag of seeds is the mean of the seeds\' models, and averaged epochs the mean of the epochs\' ends', () => {
  const classes = ['none', 'breach', 'phishing'];
  const one = (options) => trainer.train(toy(), { classes, bits: 10, epochs: 3, ...options });
  const near = (a, b) => assert.ok(Math.abs(a - b) < 1e-12, `${a} vs ${b}`);
  const bag = one({ seeds: [2, 7] });
  const [a, b] = [one({ seed: 2 }), one({ seed: 7 })];
  for (const [bucket, w] of bag.weights) w.forEach((x, c) => near(x, (a.weights.get(bucket)[c] + b.weights.get(bucket)[c]) / 2));
  bag.bias.forEach((x, c) => near(x, (a.bias[c] + b.bias[c]) / 2));
  // Averaged from the last epoch on: that epoch's end alone, the plain model.
  const last = one({ seed: 2, averageFrom: 2 });
  for (const [bucket, w] of last.weights) w.forEach((x, c) => near(x, a.weights.get(bucket)[c]));
  const avg = one({ seed: 2, averageFrom: 1 });
  assert.ok([...avg.weights].some(([bucket, w]) => w.some((x, c) => Math.abs(x - a.weights.get(bucket)[c]) > 1e-6)));
});

test('a model of another schema or version is refused with a clear message', () => {
  assert.throws(() => loadLinear({ schema: 'other' }), /not a Policy Lens linear model/);
  assert.throws(() => loadLinear({ schema: 'policy-lens/linear-model', version: 99, name: 'x' }), /version 99.*npm run train/);
});
