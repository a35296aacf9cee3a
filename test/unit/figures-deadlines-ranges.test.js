// Deadlines and qualified ranges (issue 16): a month alone after "by the end of" is an at-most date; "more than" or
// "up to" before a range qualifies the whole range. Each case failed before. Invented sentences.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze, formatDate } = require('../../dist/core.js');

const figs = (text) => analyze(text).figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, qualifier: f.qualifier, date: f.date }));

test('"by the end of June", no day or year: an at-most date shown as the month', () => {
  const [d] = figs('The plant will close by the end of June.');
  assert.deepEqual(d, { text: 'June', kind: 'date', value: null, qualifier: 'at-most', date: '--06' });
  assert.equal(formatDate(d.date), 'June');
  assert.equal(figs('The levy must be paid before March.')[0]?.qualifier, 'at-most');
  assert.equal(figs('The deal is due by the end of 2025.')[0]?.qualifier, 'at-most');
});

test('a month alone that is no deadline, or a name, is no date', () => {
  assert.deepEqual(figs('In June the plant closed.'), []);
  assert.deepEqual(figs('The letter was written by June Alder.'), []);
});

test('"from more than 200 to 300": a range whose low bound is qualified', () => {
  const [r] = figs('Attendance grew from more than 200 to 300 people.');
  assert.deepEqual(r.value, [200, 300]);
  assert.equal(r.qualifier, 'at-least');
});

test('"up to 5 to 10 million": a range that is an upper bound', () => {
  const [r] = figs('The storm could cost up to 5 to 10 million dollars.');
  assert.deepEqual(r.value, [5000000, 10000000]);
  assert.equal(r.qualifier, 'at-most');
});

test('plain ranges stay ranges', () => {
  assert.equal(figs('It grew from 200 to 300 people.')[0].qualifier, 'range');
  assert.equal(figs('Between 10 and 20 people came.')[0].qualifier, 'range');
});
