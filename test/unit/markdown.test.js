// Markdown read as Markdown: each construct of test/fixtures/markdown yields what its plain prose (the .txt beside it)
// yields, and nothing more; spans index the Markdown file as written.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { analyze, createAnalyzer } = require('../../dist/core.js');

const dir = path.join(__dirname, '..', 'fixtures', 'markdown');
const constructs = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();

/** A span's text as a reader sees it: code, tags, URLs, struck-out text, markup, quote prefixes and runs of spaces gone. */
const plain = (s) =>
  s
    .replace(/`[^`]*`|~~[^~]*~~|<[^>]*>|\[\^[^\]]*\]|\]\([^)]*\)|\]\[[^\]]*\]/g, '')
    .replace(/https?:\/\/[^\s)>]+|[*_[\]“”]|^>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

/** What an Analysis says, without offsets: the parts the Markdown and the plain reading must agree on. */
function summary(a) {
  return {
    figures: a.figures.map((f) => [plain(f.text), f.kind, f.value, f.counts, f.unit]),
    quotes: a.quotes.map((q) => [plain(q.text), q.kind, q.speaker, q.cue, q.outlet]),
    claims: a.claims.map((c) => [plain(c.text), c.source, c.sourceKind, c.outlet, c.hedged]),
    people: a.people.map((p) => p.name).sort(),
    outlets: [...a.outlets].sort(),
  };
}

/** Every span of `a` is text.slice(start, end). */
function assertExactSpans(a, text) {
  const spans = [...a.figures, ...a.quotes, ...a.claims, ...a.quotes.flatMap((q) => q.speakerMention ?? []), ...a.people.flatMap((p) => p.mentions), ...a.incidents.flatMap((i) => i.mentions)];
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
}

for (const name of constructs) {
  test(`markdown construct "${name}": yields what its prose yields, and nothing more`, () => {
    const md = fs.readFileSync(path.join(dir, `${name}.md`), 'utf8');
    const txt = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    const a = analyze(md, { format: 'markdown' });
    assertExactSpans(a, md);
    assert.deepEqual(summary(a), summary(analyze(txt)));
    // The incremental analyser reads it the same way.
    assert.deepEqual(createAnalyzer().update(md, { format: 'markdown' }), a);
  });
}

test('the fixtures would fail as plain text: the plain reading finds what Markdown hides', () => {
  const differs = constructs.filter((name) => {
    const md = fs.readFileSync(path.join(dir, `${name}.md`), 'utf8');
    const txt = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    return JSON.stringify(summary(analyze(md))) !== JSON.stringify(summary(analyze(txt)));
  });
  assert.ok(differs.length >= constructs.length - 2, `plain reading differs for ${differs.join(', ')}`);
});

test('code, comments and front matter give no figures; markup stays out of the way of counted nouns and outlets', () => {
  const md = ['---', 'budget: 7,000 dollars', '---', '', '**4.2 million** patients waited, [Reuters](https://example.com/9) reported.', '', '`3,000 records` <!-- 8,000 records -->', ''].join('\n');
  const a = analyze(md, { format: 'markdown' });
  assert.deepEqual(a.figures.map((f) => [f.text, f.value, f.counts]), [['4.2 million', 4200000, 'patients']]);
  assert.deepEqual(a.outlets, ['Reuters']);
  assert.equal(a.claims.length, 1);
  assert.equal(a.claims[0].outlet, 'Reuters');
  assert.ok(a.claims[0].text.includes('[Reuters](https://example.com/9) reported'), 'the claim spans the link as written');
});

test('a heading is a headline: its figures count, it is no claim (the same line as plain text is one)', () => {
  const heading = 'Hospital waits rose by 4,000 patients in a year';
  const md = `# ${heading}\n\nThe trust blamed a shortage of nurses.\n`;
  const a = analyze(md, { format: 'markdown' });
  assert.deepEqual(a.figures.map((f) => f.value), [4000]);
  assert.ok(!a.claims.some((c) => c.start < md.indexOf('\n')), 'no claim in the heading');
  assert.ok(analyze(`${heading}.\n\nThe trust blamed a shortage of nurses.\n`).claims.some((c) => c.text.startsWith('Hospital')));
});

test('a block quote introduced by its speaker is that speaker’s quote; its span is the quoted text as written', () => {
  const md = 'Mayor Lena Farrow wrote:\n\n> We will reopen **both** bridges by June.\n> Nobody will pay a toll.\n';
  const [q, ...rest] = analyze(md, { format: 'markdown' }).quotes;
  assert.equal(rest.length, 0);
  assert.equal(q.speaker, 'Lena Farrow');
  assert.equal(q.text, 'We will reopen **both** bridges by June.\n> Nobody will pay a toll.');
  assert.equal(analyze(md).quotes.length, 0, 'as plain text there is no quote');
});

test('a .txt reading is unchanged by the format option: format "text" equals no option', () => {
  const txt = fs.readFileSync(path.join(dir, 'emphasis.md'), 'utf8');
  assert.deepEqual(analyze(txt, { format: 'text' }), analyze(txt));
});

test('incremental Markdown analysis hands the partial of the range asked for first in file offsets', () => {
  const para = (k) => `Paragraph ${k}: the **county** paid ${1000 + k} contractors, [Reuters](https://example.com/${k}) reported.\n\n`;
  const md = Array.from({ length: 600 }, (_, k) => para(k)).join('');
  let partial;
  const a = createAnalyzer().update(md, { format: 'markdown', first: { start: 0, end: 2000 }, onPartial: (p) => (partial = p) });
  assert.ok(partial && partial.figures.length > 0 && partial.figures.length < a.figures.length);
  assertExactSpans(partial, md);
  assertExactSpans(a, md);
  assert.deepEqual(a, analyze(md, { format: 'markdown' }));
});
