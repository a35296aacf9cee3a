// The learned speaker ranker (src/core/speakers/): its shipped model loads and is what `npm run train -- speakers`
// writes; a toy model shows it keeps the rule's pick unless a candidate beats it by the margin; a pronoun quote after
// two people goes to the one the pronoun agrees with. Invented fixtures.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');
const { requireTs } = require('../../scripts/train/lib/require-ts');
const trainer = require('../../scripts/train/lib/linear.js');

const rank = requireTs('src/core/speakers/rank.ts');
const shipped = require('../../src/core/speakers/model.json');

test('the shipped speaker model loads, with its margin, floor and cross-validated figures', () => {
  assert.equal(shipped.name, 'speaker');
  assert.deepEqual(shipped.classes, ['other', 'speaker']);
  assert.equal(typeof shipped.margin, 'number');
  assert.equal(typeof shipped.floor, 'number');
  assert.ok(shipped.meta?.cv?.f1 > 0, 'npm run train -- speakers records the CV figure');
  assert.ok(JSON.stringify(shipped).length < 50_000);
  assert.ok(rank.shippedSpeakerRanker());
});

test('a wrong schema or a model without the speaker class is refused', () => {
  assert.throws(() => rank.loadSpeakerRanker({ ...shipped, schema: 'other' }), /schema/);
  assert.throws(() => rank.loadSpeakerRanker({ ...shipped, classes: ['a', 'b'] }), /speaker/);
});

test('the ranker replaces the rule only when a candidate beats it by the margin', () => {
  const examples = [];
  for (let i = 0; i < 200; i++) {
    examples.push({ features: ['gender=agree', 'rank=<=0'], label: 'speaker' });
    examples.push({ features: ['gender=clash', 'rank=<=1'], label: 'other' });
  }
  const json = trainer.serialise(trainer.train(examples, { classes: ['other', 'speaker'], bits: 12, epochs: 5 }), { name: 'speaker' });
  const cands = [{ name: 'Ann Roe', role: null, features: ['gender=agree', 'rank=<=0'] }, { name: 'Bo Lee', role: null, features: ['gender=clash', 'rank=<=1'] }];
  const eager = rank.loadSpeakerRanker({ ...json, margin: 0.1, floor: 0.5 });
  assert.equal(eager.choose(cands, 'Bo Lee', 0)?.name, 'Ann Roe');
  assert.equal(eager.choose(cands, null, 0)?.name, 'Ann Roe');
  assert.ok(eager.choose(cands, null, 0).reasons.includes('gender=agree'));
  assert.equal(eager.choose(cands, 'Ann Roe', 0)?.name ?? 'Ann Roe', 'Ann Roe');
  const shy = rank.loadSpeakerRanker({ ...json, margin: 2, floor: 2 });
  assert.equal(shy.choose(cands, 'Bo Lee', 0), null, 'kept the rule');
  assert.equal(shy.choose(cands, null, 0), null);
});

test('"she said" after a man and a woman are named goes to the woman', () => {
  const text = 'Mayor Dana Whitfield met Councilman Tom Berrow on Monday. Berrow spoke first.\n\n“We have the money,” she said.';
  const q = analyze(text).quotes.find((x) => x.text.startsWith('We have'));
  assert.equal(q.speaker, 'Dana Whitfield');
});
