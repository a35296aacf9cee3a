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

test('a fraction of a figure is a share, not a count of what the figure counts ("two-thirds of its 3 million customers")', () => {
  const [share, whole] = figures('The carrier lost two-thirds of its 3 million customers.');
  assert.deepEqual([share.text, share.kind, share.counts, share.unit], ['two-thirds', 'number', null, null]);
  assert.ok(Math.abs(share.value - 2 / 3) < 1e-9);
  assert.deepEqual([whole.text, whole.value, whole.counts], ['3 million', 3000000, 'customers']);
  // a fraction of a plain noun phrase still says what it is of
  assert.equal(figures('A third of the staff left.')[0].counts, 'staff');
});

test('"from X in 2020 to Y in 2022": the range keeps its span off the year between', () => {
  const fs = figures('Revenue rose from $4bn in 2020 to $6bn in 2022.');
  const money = fs.find((f) => f.kind === 'money');
  assert.deepEqual([money.text, money.value], ['$4bn', [4000000000, 6000000000]]);
  assert.deepEqual(fs.filter((f) => f.kind === 'date').map((f) => f.date), ['2020', '2022']);
  // with nothing between, the span still covers both ends
  assert.equal(figures('Revenue rose from $4bn to $6bn.')[0].text, '$4bn to $6bn');
});

test('deadlines are bounds: "within 72 hours" and "by the end of June 2027" are at most; "over five years" is a span', () => {
  const q = (text) => analyze(text).figures.map((f) => [f.text, f.qualifier]);
  assert.deepEqual(q('Firms must report breaches within 72 hours.'), [['72', 'at-most']]);
  assert.deepEqual(q('The plan is due by the end of June 2027.'), [['June 2027', 'at-most']]);
  assert.deepEqual(q('Submit it by 30 June.'), [['30 June', 'at-most']]);
  assert.deepEqual(q('It opens on 30 April.'), [['30 April', 'exact']]);
  assert.deepEqual(q('It fell over five years.'), [['five', 'exact']]);
});
