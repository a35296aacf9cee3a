// The incremental analyser must always equal a fresh analyze() of the same text, whatever the edit.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { rng } = require('../support/random');
const { analyze, createAnalyzer } = require('../../dist/core.js');

const samples = path.join(__dirname, '..', '..', 'samples');
const base = fs
  .readdirSync(samples)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => fs.readFileSync(path.join(samples, f), 'utf8'))
  .join('\n\n');

const SNIPPETS = ['x', ' ', '\n', '\n\n', '“', '”', '"', '.', '5', ' million ', ' she said', ' $3 billion', 'Breach at Acme Corp. ', '\r\n'];

function mutate(text, random) {
  const at = Math.floor(random() * (text.length + 1));
  const kind = random();
  if (kind < 0.45) return text.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)] + text.slice(at);
  if (kind < 0.8) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 40)));
  const from = Math.floor(random() * text.length);
  return text.slice(0, at) + text.slice(from, from + 200) + text.slice(at); // paste a copied chunk
}

test('incremental update equals a fresh analysis over 300 random edits', () => {
  const random = rng(20261129);
  const analyzer = createAnalyzer();
  let text = base;
  for (let i = 0; i < 300; i++) {
    text = mutate(text, random);
    const incremental = analyzer.update(text);
    const fresh = analyze(text);
    assert.deepEqual(incremental, fresh, `edit ${i} diverged`);
  }
});

test('re-analysing the same text twice gives the same result', () => {
  const analyzer = createAnalyzer();
  assert.deepEqual(analyzer.update(base), analyzer.update(base));
  assert.deepEqual(analyzer.update(base), analyze(base));
});

test('incremental update equals a fresh analysis when edits open or close quotes across paragraphs', () => {
  // A quotation mark at a paragraph's start decides whether the previous paragraph's open quote runs on.
  const random = rng(7);
  const analyzer = createAnalyzer();
  let text = base;
  for (let i = 0; i < 60; i++) {
    const starts = [...text.matchAll(/\n\n/g)].map((m) => m.index + 2);
    const at = starts.length ? starts[Math.floor(random() * starts.length)] : 0;
    const mark = ['“', '"', '”', '“Yes,” she said. “No'][Math.floor(random() * 4)];
    text = random() < 0.7 || !/["“”]/.test(text[at] ?? '') ? text.slice(0, at) + mark + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    assert.deepEqual(analyzer.update(text), analyze(text), `edit ${i} diverged`);
  }
});
