// Schema 2 incident fields (src/core/incidents/fields.ts): each per-type field found and linked to its span.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze, incidentFieldLines } = require('../../dist/core.js');

const TEXT = `Oakvale city hall was hit by a ransomware attack on Monday, officials said. The attackers demanded 40 bitcoin, about $300,000, to be paid in Bitcoin within a week.

Separately, researchers at Example Labs discovered a critical flaw in Contoso Gateway version 2.4.1, tracked as CVE-2026-12345. Contoso has released a security patch.`;

const holds = (text, s) => s && assert.equal(text.slice(s.start, s.end), s.text);

test('a ransomware incident carries the ransom demanded, its coin, its equivalent and how it is to be paid', () => {
  const a = analyze(TEXT);
  const r = a.incidents.find((i) => i.type === 'ransomware');
  assert.ok(r, 'a ransomware incident');
  // One ransom given in two currencies is one ransom with its equivalent, not two ransoms.
  assert.deepEqual(r.fields.ransom.map((x) => [x.amount, x.currency, x.equivalent?.amount, x.equivalent?.currency]), [[40, 'bitcoin', 300000, 'dollar']]);
  assert.equal(r.fields.ransom[0].payment.text, 'in Bitcoin');
  assert.equal(a.figures[r.fields.ransom[0].equivalent.figure].text, '$300,000');
  for (const x of r.fields.ransom) holds(TEXT, x);
  holds(TEXT, r.fields.ransom[0].equivalent);
  holds(TEXT, r.fields.victim);
  // The line shown says how it is paid only where the amount does not already say it.
  assert.equal(incidentFieldLines(r).find((l) => l.label === 'Ransom demanded').value, '40 bitcoin (about $300,000)');
  const dollars = analyze('Ransomware hit Oakdale Hospital on Monday. The attackers demanded $300,000, to be paid in Bitcoin.');
  const d = dollars.incidents.find((i) => i.type === 'ransomware');
  assert.equal(incidentFieldLines(d).find((l) => l.label === 'Ransom demanded').value, '$300,000 (in Bitcoin)');
});

test('a ransom in brackets after the coin is its equivalent; two separate demands stay two', () => {
  const one = analyze('Ransomware hit Oakdale Hospital on Monday. The attackers demanded 25 bitcoin (about $450,000) to unlock the files.');
  const [r] = one.incidents.filter((i) => i.type === 'ransomware');
  assert.deepEqual(r.fields.ransom.map((x) => [x.text, x.equivalent?.text]), [['25 bitcoin', '$450,000']]);
  const two = analyze('Ransomware hit Oakdale Hospital on Monday. The attackers first demanded 25 bitcoin, then raised the ransom to $900,000 a week later.');
  const [s] = two.incidents.filter((i) => i.type === 'ransomware');
  assert.deepEqual(s.fields.ransom.map((x) => [x.amount, x.equivalent]), [[25, null], [900000, null]]);
});

test('a vulnerability incident carries CVE ids, product, version, discoverer, patcher and fix', () => {
  const v = analyze(TEXT).incidents.find((i) => i.type === 'vulnerability');
  assert.ok(v, 'a vulnerability incident');
  const f = v.fields;
  assert.deepEqual(f.cves.map((c) => c.text), ['CVE-2026-12345']);
  assert.equal(f.product?.text, 'Contoso Gateway');
  assert.equal(f.version?.text, 'version 2.4.1');
  assert.equal(f.discoverer?.text, 'Example Labs');
  assert.equal(f.patchedBy?.text, 'Contoso');
  assert.equal(f.patch?.text, 'a security patch');
  for (const s of [...f.cves, f.product, f.version, f.discoverer, f.patchedBy, f.patch]) holds(TEXT, s);
  assert.equal(v.label, 'Contoso Gateway vulnerability');
});

test('who found a flaw: a name before the finding verb, one credited with it; never a nationality or a pronoun', () => {
  const found = (text) => analyze(text).incidents.find((i) => i.type === 'vulnerability')?.fields.discoverer?.text ?? null;
  assert.equal(found('Mira Okonkwo, a researcher at a small consultancy, discovered a critical vulnerability in the Tailspin Router firmware.'), 'Mira Okonkwo');
  assert.equal(found('Contoso patched a critical flaw in Contoso Gateway. Redfern Labs was credited with finding the vulnerability.'), 'Redfern Labs');
  assert.equal(found('Contoso fixed a critical vulnerability in Contoso Gateway, CVE-2026-22222, and credited researchers from Quillbay Security for discovering it.'), 'Quillbay Security');
  assert.equal(found('But Redfern Labs found a serious vulnerability in the Tailspin mail server, tracked as CVE-2026-33333.'), 'Redfern Labs');
  assert.equal(found('Swedish researchers found a serious vulnerability in the Tailspin mail server, tracked as CVE-2026-33333.'), null);
});

test('a CVE id with no vulnerability found otherwise still makes a vulnerability incident', () => {
  const text = 'The advisory lists CVE-2026-0001 and CVE-2026-0002 in the Tailspin mail server.';
  const v = analyze(text).incidents.filter((i) => i.type === 'vulnerability');
  assert.equal(v.length, 1);
  assert.deepEqual(v[0].fields.cves.map((c) => c.text), ['CVE-2026-0001', 'CVE-2026-0002']);
});

test('money that is not a ransom is not taken for one', () => {
  const text = 'Oakvale was hit by a ransomware attack on Monday. The city budget for next year is $4 million.';
  const r = analyze(text).incidents.find((i) => i.type === 'ransomware');
  assert.ok(r);
  assert.deepEqual(r.fields.ransom, []);
});

test('the Markdown brief, the CSV export and the figure roles carry the fields', () => {
  const { renderMarkdown, toCsvTables, figureRole } = require('../../dist/core.js');
  const { parse } = require('csv-parse/sync');
  const a = analyze(TEXT);
  const md = renderMarkdown(a);
  assert.match(md, /\*\*Ransom demanded:\*\* 40 bitcoin \(about \$300,000\)\n/);
  assert.match(md, /\*\*CVE:\*\* CVE-2026-12345/);
  const rows = parse(toCsvTables([{ file: 'a.txt', text: TEXT, analysis: a }]).incidents, { columns: true });
  assert.equal(rows.find((r) => r.type === 'vulnerability').cves, 'CVE-2026-12345');
  assert.equal(rows.find((r) => r.type === 'ransomware').ransom, '40 bitcoin (about 300000 dollar) (in Bitcoin)');
  const ransomFigure = a.figures.findIndex((f) => f.text === '$300,000');
  assert.equal(figureRole(a, ransomFigure)?.role, 'ransom demanded');
});

test('the Markdown brief lists what an incident reached as affected, not as records', () => {
  const { renderMarkdown } = require('../../dist/core.js');
  const md = renderMarkdown(analyze('A ransomware attack on Tuesday locked about 1,200 computers at the county offices, officials said.'));
  assert.match(md, /\*\*Affected:\*\* about 1,200 computers/);
  assert.doesNotMatch(md, /\*\*Records:\*\*/);
});
