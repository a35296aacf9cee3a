const test = require('node:test');
const assert = require('node:assert/strict');
const os = require('node:os');
const path = require('node:path');
const esbuild = require('esbuild');

// extractEntities is internal to the core bundle: bundle it on its own for these tests.
const out = path.join(os.tmpdir(), `policy-lens-entities-${process.pid}.js`);
esbuild.buildSync({
  stdin: { contents: "export { extractEntities } from './src/core/entities'; export { segment } from './src/core/text';", resolveDir: path.resolve(__dirname, '..', '..'), loader: 'ts' },
  bundle: true, platform: 'neutral', format: 'cjs', mainFields: ['module', 'main'], outfile: out, logLevel: 'error',
});
const { extractEntities, segment } = require(out);
const sourcesOf = (text) => {
  const doc = segment(text);
  const e = extractEntities(doc);
  return { e, doc, bySentence: (prefix) => e.sources.find((s) => doc.sentences[s.sentence].text.startsWith(prefix)) };
};

test('vague, outlet, person and organisation sources', () => {
  const text = [
    'But several analysts questioned whether the tariffs would hold, Reuters reported.',
    'Many are predicting the council may delay the vote.',
    'Last month reports surfaced that two suppliers had been fined.',
    'According to The Guardian, Lisbon sent a formal complaint to the regulator.',
    'Finance Minister Helena Duarte warned banks to raise capital, The Wall Street Journal reported.',
    'For several years, European regulators have expressed doubts about the scheme.',
    'In an interview with FT, Duarte denied any plan to resign.',
  ].join('\n\n');
  const { e, bySentence } = sourcesOf(text);
  const a = bySentence('But several');
  assert.equal(a.name, 'several analysts');
  assert.equal(a.kind, 'vague');
  assert.equal(a.outlet, 'Reuters');
  assert.equal(bySentence('Many are').name, 'Many');
  assert.equal(bySentence('Many are').kind, 'vague');
  assert.equal(bySentence('Last month').name, 'reports');
  const g = bySentence('According');
  assert.equal(g.name, 'The Guardian');
  assert.equal(g.kind, 'outlet');
  const d = bySentence('Finance');
  assert.equal(d.name, 'Helena Duarte');
  assert.equal(d.kind, 'person');
  assert.equal(d.outlet, 'The Wall Street Journal');
  assert.equal(d.role, 'Finance Minister');
  const r = bySentence('For several');
  assert.equal(r.name, 'European regulators');
  const i = bySentence('In an interview');
  assert.equal(i.name, 'Helena Duarte');
  assert.equal(i.outlet, 'FT');
  assert.deepEqual(e.outlets.sort(), ['Financial Times', 'Reuters', 'The Guardian', 'The Wall Street Journal']);
});

test('people: titles stripped, surnames clustered, organisations kept apart', () => {
  const text = 'President Amara Nwosu spoke at Westbrook University on Monday.\n\nNwosu said the Budget Office would publish figures.';
  const { e } = sourcesOf(text);
  assert.deepEqual(e.people.map((p) => [p.name, p.role]), [['Amara Nwosu', 'President']]);
  assert.deepEqual(e.people[0].mentions.map((m) => m.text), ['Amara Nwosu', 'Nwosu']);
  assert.ok(e.organizations.includes('Westbrook University'));
  assert.ok(e.organizations.includes('Budget Office'));
  for (const p of e.people) for (const m of p.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('source spans are exact', () => {
  const text = '“It is done,” the company said.\n\nSpokeswoman Leila Haddad told NPR the work would resume.';
  const { e } = sourcesOf(text);
  for (const s of e.sources) assert.equal(text.slice(s.start, s.end), s.text);
  assert.ok(e.sources.some((s) => s.name === 'Leila Haddad' && s.outlet === 'NPR'));
});

test('abbreviated country names are places, not people', () => {
  const text = 'A Corvane survey of 1,000 adults in the U.S. and the U.K. recently found that most would change banks. Officials in the U.S.A. said little.';
  const { e } = sourcesOf(text);
  assert.deepEqual(e.people.map((p) => p.name).filter((n) => /^U\./.test(n)), []);
});
