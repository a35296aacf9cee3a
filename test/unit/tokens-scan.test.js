// The hand scan of tokenize (src/core/tokens.ts) cuts text where its reference pattern WORD_RE does (before the full
// stop rule, which both share): on every sample, inside sentence bounds, and on generated text made of the characters
// the pattern treats specially.
const test = require('node:test');
const assert = require('node:assert/strict');
const { requireTs } = require('../../scripts/train/lib/require-ts');
const { onGeneratedText, samples } = require('../support/scan-equivalence');

const { tokenize, WORD_RE } = requireTs('src/core/tokens.ts');

/** [start, end] of each match of the pattern in text[start, end), as tokenize used to find them. */
const reference = (text, start, end) => {
  const out = [];
  const re = new RegExp(WORD_RE.source, WORD_RE.flags);
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
};

/** The scan's tokens as matches: a full stop split off a word joins it again. */
const scanned = (text, start, end) => {
  const out = [];
  for (const t of tokenize(text, start, end)) {
    const last = out[out.length - 1];
    if (t.text === '.' && last && last[1] === t.start && /^[\p{L}\p{N}]/u.test(text.slice(last[0], last[1])) && text[last[1] - 1] !== ".") last[1] = t.end;
    else out.push([t.start, t.end]);
  }
  return out;
};

test('the samples: the same tokens as the pattern', () => {
  for (const [f, text] of samples()) {
    assert.deepEqual(scanned(text, 0, text.length), reference(text, 0, text.length), f);
    assert.deepEqual(scanned(text, 3, text.length - 5), reference(text, 3, text.length - 5), f);
  }
});

test('generated text: marks between letters, spaces, accents, astral letters, lone surrogates and cut bounds', () => {
  const pieces = ['a', 'Z', 'ab', '0', '9', '.', "'", '’', '-', '&', ' ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', ',', '"', '“', 'é', 'ß', 'ǅ',
    '\u0660', '\u{1D400}', '\u{1F600}', '\ud835', '\udc00', 'U.S.', 'Sen.', 'R-Ky.', 'J.', '\u0301', '…'];
  onGeneratedText(pieces, (text, start, end) => assert.deepEqual(scanned(text, start, end), reference(text, start, end), JSON.stringify([text, start, end])));
});
