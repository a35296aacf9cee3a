const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { analyze, renderMarkdown, escapeMarkdown } = require('../../dist/core.js');

test('analyze returns the contract shape on empty text', () => {
  const a = analyze('');
  assert.equal(a.schemaVersion, 2);
  for (const key of ['figures', 'quotes', 'claims', 'incidents', 'people', 'outlets']) assert.ok(Array.isArray(a[key]), key);
});

test('every span is an exact slice of the input, CRLF and emoji included', () => {
  const text = 'Title line\r\n\r\n🙂 The agency said on Friday that 3 million people, about 12% of users, were affected.\r\n“It is serious,” she said.';
  const a = analyze(text);
  const spans = [...a.figures, ...a.quotes, ...a.claims, ...a.incidents.flatMap((i) => i.mentions), ...a.people.flatMap((p) => p.mentions)];
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `range ${s.start}-${s.end}`);
    assert.equal(text.slice(s.start, s.end), s.text);
  }
});

test('a cancelled token stops analysis', () => {
  assert.throws(() => analyze('Some text.', { token: { isCancellationRequested: true } }), /cancelled/i);
});

test('markdown escaping neutralises links and HTML', () => {
  assert.equal(escapeMarkdown('<img src=x> [a](b) *c*'), '\\<img src=x\\> \\[a\\](b) \\*c\\*');
  const md = renderMarkdown(analyze(''), 'T');
  assert.match(md, /^# T/);
  assert.match(md, /## Incidents/);
});

test('the CLI prints JSON, Markdown and ANSI text and rejects bad usage', () => {
  const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
  const input = 'Officials said 40 people were hurt.';
  const json = JSON.parse(execFileSync('node', [cli, 'analyze', '-'], { input }).toString());
  assert.equal(json.schemaVersion, 2);
  assert.match(execFileSync('node', [cli, 'analyze', '-', '--format', 'markdown'], { input }).toString(), /^# stdin/);
  assert.ok(execFileSync('node', [cli, 'analyze', '-', '--format=text'], { input }).toString().includes('hurt'));
  assert.throws(() => execFileSync('node', [cli, 'analyze', '-', '--format', 'yaml'], { input, stdio: 'pipe' }), /Command failed/);
});
