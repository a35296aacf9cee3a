// The hand scan of claimWords (src/core/claim-features.ts) reads the tokens its reference pattern CLAIM_WORD reads in
// the lower-cased text (feature-hash.test.js checks the samples): here on generated text made of the characters the
// pattern treats specially (apostrophes between letters and digits, symbols, other scripts, astral characters).
const test = require('node:test');
const assert = require('node:assert/strict');
const fc = require('fast-check');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { claimWords, CLAIM_WORD } = requireTs('src/core/claim-features.ts');

const byPattern = (text) => (text.toLowerCase().match(new RegExp(CLAIM_WORD.source, CLAIM_WORD.flags)) ?? []).map((t) => (/^\p{N}/u.test(t) ? '<num>' : t.replace('’', "'")));

test('generated text: apostrophes, symbols, digits, accents, capitals that lower-case to two characters, astral characters', () => {
  const pieces = ['a', 'Z', 'ab', '0', '42', "'", '’', "''", '-', '.', ' ', '\n', '$', '%', '?', '€', '£', '¥', 'é', 'É', 'ß', 'İ', 'ǅ', '\u0301',
    '\u0660', 'ⅻ', '①', '²', '\u{1D400}', '\u{1F600}', '\ud835', '\udc00', '\u00a0'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(claimWords(text), byPattern(text), JSON.stringify(text));
    }),
    { numRuns: 20000, seed: 21 },
  );
});
