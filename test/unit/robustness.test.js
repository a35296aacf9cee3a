// Property-based tests of the core on arbitrary and hostile text: never throws, spans exact, deterministic.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const fc = require('fast-check');
const { analyze } = require('../../dist/core.js');

const samples = path.join(__dirname, '..', '..', 'samples');
const article = fs.readFileSync(path.join(samples, 'harbor-health-breach.txt'), 'utf8');

/** Every span anywhere in the Analysis, with where it was found. */
function spansOf(a) {
  const out = [];
  const visit = (v, where) => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${where}[${i}]`));
    if (v && typeof v === 'object') {
      if (typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string') out.push({ span: v, where });
      for (const [k, x] of Object.entries(v)) visit(x, `${where}.${k}`);
    }
  };
  visit(a, 'analysis');
  return out;
}

function checkInvariants(text) {
  const a = analyze(text);
  for (const { span, where } of spansOf(a)) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`);
    assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `${where}: 0 ≤ ${span.start} < ${span.end} ≤ ${text.length}`);
    assert.equal(text.slice(span.start, span.end), span.text, `${where}: text is the slice`);
  }
  for (const key of ['figures', 'quotes', 'claims']) {
    const seen = new Set(a[key].map((s) => `${s.start}:${s.end}`));
    assert.equal(seen.size, a[key].length, `no duplicate ${key}`);
  }
  for (const i of a.incidents) for (const r of i.records) assert.ok(a.figures[r.figure], 'incident records point at figures');
  assert.deepEqual(analyze(text), a, 'deterministic');
  return a;
}

/** Text built from pieces that break extractors. */
const hostilePiece = fc.constantFrom(
  '“', '”', '"', '‘', '’', "'", '«', '»', '„', '「', '」', '\r\n', '\r', '\n\n', '\u00a0', '\u200b', '\u200f', '\u202e',
  '🙂', '👩🏽‍💻', 'e\u0301', 'שלום', 'مرحبا', '$', '€', '£', '%', '1,2,3,4,5', '78.8 million', '$1.5 billion, 37%',
  ' said ', ' she said.', ' told CNBC', 'According to ', 'Sept. 23', 'as many as ', 'over ', 'breach at ', 'Mr. ',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '](javascript:alert(1))', '# ', '- ', '> ', '```', '.', ',',
  'The ', 'Company ', 'Inc. ', 'hackers stole ', 'records', ' ', '   ', '\t',
);
const hostileText = fc.array(fc.oneof(hostilePiece, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((xs) => xs.join(''));

test('arbitrary unicode strings: invariants hold', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (t) => void checkInvariants(t)), { numRuns: 300, seed: 7 });
});

test('hostile compositions: invariants hold', () => {
  fc.assert(fc.property(hostileText, (t) => void checkInvariants(t)), { numRuns: 600, seed: 11 });
});

test('mutated real article: invariants hold', () => {
  const edit = fc.tuple(fc.nat(article.length), fc.nat(60), hostileText);
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      let t = article;
      for (const [at, del, ins] of edits) t = t.slice(0, at) + ins + t.slice(Math.min(t.length, at + del));
      checkInvariants(t);
    }),
    { numRuns: 150, seed: 13 },
  );
});

test('edge classes: empty, whitespace, CRLF, lone CR, zero-width and emoji before figures, long single line', () => {
  const cases = {
    empty: '',
    whitespace: ' \n\t\u00a0\u200b \r\n ',
    crlf: article.replace(/\n/g, '\r\n'),
    loneCr: article.replace(/\n/g, '\r'),
    nbsp: article.replace(/ /g, '\u00a0'),
    zeroWidth: article.replace(/ /g, ' \u200b'),
    emojiBeforeFigures: article.replace(/(\d)/g, '🙂$1'),
    rtl: `\u202eשלום ${article}`,
    combining: article.replace(/e/g, 'e\u0301'),
    unbalanced: article.replace(/”/g, ''),
    html: `<html><body><p>${article.replace(/\n\n/g, '</p><p>')}</p><script>alert("x")</script></body></html>`,
    listNumbers: '1,2,3,4,5,'.repeat(3000),
    singleLine: article.replace(/\s+/g, ' ').repeat(20),
  };
  for (const [name, text] of Object.entries(cases)) {
    assert.doesNotThrow(() => checkInvariants(text), name);
  }
});

test('emoji before a figure keeps its offsets right', () => {
  const text = '🙂🙂 Hackers stole 4.2 million records.';
  const a = checkInvariants(text);
  for (const f of a.figures) assert.equal(text.slice(f.start, f.end), f.text);
});
