// The hand scan of collectLowerWords (src/core/incidents/phrases.ts) finds exactly what its reference pattern finds:
// on every sample and on generated text made of the characters the pattern treats specially.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const fc = require('fast-check');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { collectLowerWords, LOWER_WORD } = requireTs('src/core/incidents/phrases.ts');

const reference = (text) => {
  const set = new Set();
  const re = new RegExp(LOWER_WORD.source, LOWER_WORD.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) set.add(m[0]);
  return [...set];
};

test('the samples: the same words in the same order as the pattern', () => {
  const dir = path.join(__dirname, '..', '..', 'samples');
  for (const f of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.deepEqual([...collectLowerWords(text)], reference(text), f);
  }
});

test('generated text: hyphens, dots, @ / _, capitals, digits, accents, astral letters and lone surrogates', () => {
  const pieces = ['a', 'b', 'z', 'ab', '-', '--', '.', '@', '/', '_', ' ', '\n', 'A', 'Z', '0', '9', 'é', 'É', 'ß', 'ǅ', '’', "'", '\u{1D400}', '\u{1F600}', '\ud835', '\udc00', '\u0660', 'ſ', 'K', '\u00a0', 'x.y', 'a-', '-a'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual([...collectLowerWords(text)], reference(text), JSON.stringify(text));
    }),
    { numRuns: 20000, seed: 9 },
  );
});
