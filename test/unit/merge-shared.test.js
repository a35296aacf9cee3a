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

test("sections that report one incident join its further attackers, and the briefs list them beside the suspect", () => {
  const { renderMarkdown, toCsvTables } = require('../../dist/core.js');
  const fields = { victim: null, attacker: null, suspected: null, date: null, place: null, ransom: [], cves: [], product: null, version: null, discoverer: null, patchedBy: null, patch: null };
  const incident = (attackers, at) => ({ id: 'breach-birchwood-clinic', label: 'Birchwood Clinic breach', type: 'breach', victim: 'Birchwood Clinic', attacker: 'Quiet Heron', attackerKind: 'named', suspected: 'Pale Lynx', attackers, date: null, records: [], dataTypes: [], mentions: [{ start: at, end: at + 6, text: 'breach' }], fields });
  const part = (attackers, at) => ({ schemaVersion: 2, figures: [], quotes: [], claims: [], incidents: [incident(attackers, at)], people: [], outlets: [] });
  const merged = mergeSections([part(['Quiet Heron', 'Ferro Crew'], 10), part(['Quiet Heron', 'Dim Owl', 'Ferro Crew'], 500)]);
  assert.equal(merged.incidents.length, 1);
  assert.deepEqual(merged.incidents[0].attackers, ['Quiet Heron', 'Ferro Crew', 'Dim Owl']);
  assert.match(renderMarkdown(merged), /\*\*Suspected:\*\* Pale Lynx\n- \*\*Other attackers:\*\* Ferro Crew, Dim Owl/);
  const csv = toCsvTables([{ file: 'a.txt', text: ' '.repeat(600), analysis: merged }]).incidents;
  assert.match(csv.split('\r\n')[0], /,other_attackers,when$/);
  assert.match(csv.split('\r\n')[1], /,Ferro Crew; Dim Owl,$/);
});
