// Dates are shown to readers in words ("September 23", "April 30, 2024"); the ISO value stays in the Analysis.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze, formatDate, describeFigure, renderMarkdown } = require('../../dist/core.js');

test('formatDate writes full, partial and year-only ISO dates in words', () => {
  assert.equal(formatDate('2015-09-23'), 'September 23, 2015');
  assert.equal(formatDate('--04-30'), 'April 30');
  assert.equal(formatDate('2019-05'), 'May 2019');
  assert.equal(formatDate('2019'), '2019');
  assert.equal(formatDate(null), null);
  assert.equal(formatDate('not a date'), 'not a date');
});

test('a date figure keeps its ISO value and is described in words', () => {
  const text = 'The intrusion began on Sept. 23 and was disclosed on April 30, 2024.';
  const dates = analyze(text).figures.filter((f) => f.kind === 'date');
  assert.deepEqual(dates.map((f) => f.date), ['--09-23', '2024-04-30']);
  assert.deepEqual(dates.map((f) => describeFigure(f)), ['September 23 — date', 'April 30, 2024 — date']);
  const md = renderMarkdown(analyze(text));
  assert.ok(!md.includes('--09-23'), md);
});
