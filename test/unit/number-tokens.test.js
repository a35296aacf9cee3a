// The hand scan of the figures' tokenize (src/core/numbers.ts) gives the tokens its reference pattern TOKEN matches,
// with the same kinds, spacing and lower-case text: on every sample, inside sentence bounds, and on generated text made
// of the characters the pattern treats specially (digit groups, decimal points, letters, marks, astral characters).
const test = require('node:test');
const assert = require('node:assert/strict');
const { requireTs } = require('../../scripts/train/lib/require-ts');
const { onGeneratedText, samples } = require('../support/scan-equivalence');

const { tokenize, TOKEN } = requireTs('src/core/numbers.ts');

const kindOf = (t) => (/^\.?\d/.test(t) ? 'num' : /^\p{L}/u.test(t) ? 'word' : 'sym');
const reference = (text, start, end) => {
  const out = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  const slice = text.slice(start, end);
  let prevEnd = -1;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = start + m.index;
    const kind = kindOf(m[0]);
    out.push({ start: s, end: s + m[0].length, text: m[0], kind, space: prevEnd < 0 || s > prevEnd, lower: kind === 'word' ? m[0].toLowerCase() : '' });
    prevEnd = s + m[0].length;
  }
  return out;
};

test('the samples: the same tokens as the pattern', () => {
  for (const [f, text] of samples()) {
    assert.deepEqual(tokenize(text, 0, text.length), reference(text, 0, text.length), f);
    assert.deepEqual(tokenize(text, 7, text.length - 3), reference(text, 7, text.length - 3), f);
  }
});

test('generated text: digit groups, points, letters, marks, spaces, astral characters and cut bounds', () => {
  const pieces = ['1', '12', '123', '0', ',', ',00', ',000', ',12', '.', '.5', 'a', 'Ab', 'É', 'ß', 'ǅ', ' ', '\n', '\u00a0', '\u2003', '$', '%',
    '-', "'", '’', '\u0660', '\u0301', '\u{1D400}', '\u{1F600}', '\ud835', '\udc00', 'bn', 'M', '…'];
  onGeneratedText(pieces, (text, start, end) => assert.deepEqual(tokenize(text, start, end), reference(text, start, end), JSON.stringify([text, start, end])));
});
