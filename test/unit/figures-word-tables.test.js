// The figure grammar's word tables (months, number words, currency codes) are Maps: a word that names a property of
// every object ("constructor", "toString", "valueOf") is an ordinary word, not a currency, a percent sign or an ordinal.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const figures = (text) => analyze(text).figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, counts: f.counts }));

test('a count whose noun follows "constructor" is still found', () => {
  assert.deepEqual(figures('He hired constructor staff: 12 constructor workers.'), [{ text: '12', kind: 'count', value: 12, counts: 'constructor workers' }]);
});

test('"toString" before a noun is no currency, "constructor" after a number word no percent sign', () => {
  const found = figures('It paid 20 toString dollars and four constructor fees.');
  assert.deepEqual(found.map((f) => f.kind), ['count', 'count']);
  assert.deepEqual(found.map((f) => f.text), ['20', 'four']);
});

test('"valueOf" is no currency either', () => {
  assert.deepEqual(figures('Prices rose 5 constructor points, or 3 valueOf units.').map((f) => [f.text, f.kind]), [['5', 'count'], ['3', 'count']]);
});
