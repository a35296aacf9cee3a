// Figures that were read wrong on unseen text (each row of the speakers-and-figures issue's table that is fixed).
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const figures = (text) => analyze(text).figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, unit: f.unit, counts: f.counts, date: f.date }));

test('a scale word joined by a hyphen scales the number: "$1.2-billion", "3-million residents"', () => {
  assert.deepEqual(figures('The council approved a $1.2-billion transit plan.').map((f) => [f.text, f.value, f.unit]), [['$1.2-billion', 1200000000, 'dollar']]);
  const [f] = figures('The province has 3-million residents.');
  assert.deepEqual([f.text, f.value, f.counts], ['3-million', 3000000, 'residents']);
});

test('a fiscal or season year ("2024/25", "2019-20") is one date, not a count', () => {
  assert.deepEqual(figures('The 2024/25 budget was passed.').map((f) => [f.text, f.kind, f.date]), [['2024/25', 'date', '2024']]);
  assert.deepEqual(figures('In the 2019-20 season, revenue fell.').map((f) => [f.text, f.kind, f.date]), [['2019-20', 'date', '2019']]);
  // an ISO date is still a full date
  assert.deepEqual(figures('The 2015-09-23 report was late.').map((f) => f.date), ['2015-09-23']);
});

test('a tally or score ("a vote of 218 to 214") is two numbers, not a range; an upward range still is one', () => {
  assert.deepEqual(figures('It passed by a vote of 218 to 214.').map((f) => f.value), [218, 214]);
  assert.deepEqual(figures('Between 10 to 20 people came.').map((f) => f.value), [[10, 20]]);
});
