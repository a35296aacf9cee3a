// The section merge (src/core/merge.ts) hands out the sections' own objects where nothing joins them and copies only
// what it changes: merging must never change a section's result (results are reused across edits), and merging the
// same sections again must give the same analysis.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { analyze, mergeSections, sectionStarts, shiftAnalysis } = require('../../dist/core.js');

const root = path.join(__dirname, '..', '..');
const breach = fs.readFileSync(path.join(root, 'samples', 'harbor-health-breach.txt'), 'utf8');
const ransomware = fs.readFileSync(path.join(root, 'test', 'fixtures', 'lakeside-ransomware.md'), 'utf8');

test('merging sections changes none of them, and merging them again gives the same analysis', () => {
  // The same incidents in several sections, so that the merge joins them and renumbers their ids.
  let text = '';
  for (let i = 0; text.length < 120_000; i++) text += `Part ${i + 1}.\n\n${i % 3 ? breach : ransomware}\n\n`;
  const starts = sectionStarts(text);
  assert.ok(starts.length > 4);
  const parts = starts.map((s, k) => shiftAnalysis(analyze(text.slice(s, starts[k + 1] ?? text.length)), s));
  const before = JSON.stringify(parts);
  const merged = mergeSections(parts);
  assert.ok(merged.incidents.some((i) => i.mentions.length > parts[0].incidents.find((p) => p.type === i.type && p.victim === i.victim)?.mentions.length));
  assert.equal(JSON.stringify(parts), before, 'a section result was changed by the merge');
  const again = mergeSections(parts);
  assert.equal(JSON.stringify(again), JSON.stringify(merged));
  assert.equal(JSON.stringify(parts), before);
  assert.equal(new Set(merged.incidents.map((i) => i.id)).size, merged.incidents.length, 'ids are unique');
});
