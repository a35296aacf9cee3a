// Segmentation is internal but everything leans on it; test it through the built core's sentence-level output
// indirectly is too weak, so we bundle text.ts on the fly with esbuild.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const esbuild = require('esbuild');

const out = esbuild.buildSync({ entryPoints: [path.join(__dirname, '..', '..', 'src', 'core', 'text.ts')], bundle: true, write: false, format: 'cjs', platform: 'neutral' });
const mod = { exports: {} };
new Function('module', 'exports', out.outputFiles[0].text)(mod, mod.exports);
const { segment } = mod.exports;
const sentences = (t) => segment(t).sentences.map((s) => s.text);

test('splits sentences but not at abbreviations, initials or decimals', () => {
  assert.deepEqual(sentences('Mr. Smith met Dr. J. Doe on Sept. 23. It cost $1.5 billion. The U.S. Office agreed.'), [
    'Mr. Smith met Dr. J. Doe on Sept. 23.',
    'It cost $1.5 billion.',
    'The U.S. Office agreed.',
  ]);
});

test('a quote that ends a sentence stays with it', () => {
  assert.deepEqual(sentences('“This is bad,” she said. “It is worse.” He left.'), ['“This is bad,” she said.', '“It is worse.”', 'He left.']);
});

test('paragraphs split on blank lines, CRLF included, with exact offsets', () => {
  const text = 'Heading\r\n\r\nFirst para. Second sentence.\r\n\r\nThird.';
  const doc = segment(text);
  assert.equal(doc.paragraphs.length, 3);
  for (const s of doc.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(doc.sentences.map((s) => s.paragraph), [0, 1, 1, 2]);
});

test('hard-wrapped lines join; lines ending a sentence or a short heading split', () => {
  assert.deepEqual(sentences('The council met on Monday to debate\nthe budget for next year.\nIt passed.'), [
    'The council met on Monday to debate\nthe budget for next year.',
    'It passed.',
  ]);
  assert.deepEqual(sentences('# Budget\nThe council met.'), ['# Budget', 'The council met.']);
});

test('an endless "sentence" is cut into bounded pieces with exact offsets', () => {
  const text = 'word '.repeat(5000) + '🙂'.repeat(2000);
  const doc = segment(text);
  assert.ok(doc.sentences.length > 5);
  for (const s of doc.sentences) {
    assert.ok(s.text.length <= 1500, `piece of ${s.text.length}`);
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(!/^[\uDC00-\uDFFF]/.test(s.text) && !/[\uD800-\uDBFF]$/.test(s.text), 'no split surrogate pair');
  }
});
