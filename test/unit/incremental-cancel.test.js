// A cancelled update must leave the incremental analyser able to answer the next one exactly: an update that stops
// part-way has already found the new text's sections, but its sections were never stored.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { analyze, createAnalyzer, sectionStarts } = require('../../dist/core.js');

const samples = path.join(__dirname, '..', '..', 'samples');
const base = fs
  .readdirSync(samples)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(samples, f), 'utf8'))
  .join('\n\n');
// Long enough to be analysed in several sections.
const long = Array.from({ length: 14 }, (_, k) => base.replace(/\b2\d\d\b/g, (n) => String(Number(n) + k))).join('\n\n');

/** `text` with the digit at or after `at` changed to another: the same length, another figure. */
function otherDigit(text, at) {
  const i = text.slice(at).search(/\d/) + at;
  return text.slice(0, i) + String((Number(text[i]) + 3) % 10) + text.slice(i + 1);
}

test('an update after a cancelled one equals a fresh analysis', () => {
  assert.ok(sectionStarts(long).length > 2);
  const analyzer = createAnalyzer();
  analyzer.update(long);
  // A figure changed mid-document (no shift), the update cancelled; then an edit near the end.
  const cancelled = otherDigit(long, Math.floor(long.length / 2));
  assert.throws(() => analyzer.update(cancelled, { token: { isCancellationRequested: true } }), /cancel/i);
  const next = otherDigit(cancelled, long.length - 200);
  assert.deepEqual(analyzer.update(next), analyze(next));
});
