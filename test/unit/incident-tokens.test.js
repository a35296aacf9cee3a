// The incident tokenizer's character scan (src/core/incidents/sentence-tokens.ts tokenizeSentence) finds exactly the tokens
// its reference pattern finds, and isCap's character tests before its patterns answer as the patterns alone did.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const fc = require('fast-check');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { isCap } = requireTs('src/core/incidents/phrases.ts');
const { tokenize, isAbbrev, TOKEN } = requireTs('src/core/incidents/sentence-tokens.ts');
const { beginAnalysis } = requireTs('src/core/learn/analysis-memo.ts');

const reference = (s) => {
  const out = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let t = m[0];
    if (/[.'’-]$/.test(t) && !isAbbrev(t) && !/['’]s$/.test(t)) {
      let e = t.length;
      while (e > 0 && ".'’-".includes(t[e - 1])) e--;
      t = t.slice(0, e);
    }
    if (t) out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
};

/** isCap as its patterns alone answer it. */
const referenceCap = (t) => {
  if (/['’](?:ve|re|ll|d|m)$|n['’]t$|-based$/i.test(t)) return false;
  const c = t.charCodeAt(0);
  const camel = /^[a-z]{1,2}[A-Z]/.test(t);
  const domain = /^[\w-]+\.(?:com|net|org|io)$/i.test(t);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return camel || domain;
  return /^[\p{Lu}]/u.test(t) || camel || /^\p{N}[\p{L}\p{N}]*[\p{L}]/u.test(t) || domain;
};

const tokens = (s) => {
  beginAnalysis();
  return tokenize(s);
};

test('the samples: the same tokens as the pattern', () => {
  const dir = path.join(__dirname, '..', '..', 'samples');
  for (const f of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.deepEqual(tokens(text), reference(text), f);
  }
});

const pieces = ['a', 'B', 'z', 'Q', '1', '9', ' ', '.', "'", '’', '-', '&', '@', '_', ',', ';', ':', '(', ')', '"', '“', '”', 'é', 'É', '\u0663', 'ß', '\u{1F600}', '\u{1D400}', '\ud800', '\udc00', '\n', 'm', 'e', 'd', 'l', 't', 'n', 's', 've', "n't", '-based', '.com', '.io', 'Inc.', 'U.S.', '$', '/', '—'];

test('generated text: marks inside and after words, punctuation, accents, digits, astral letters and lone surrogates', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(tokens(text), reference(text), JSON.stringify(text));
    }),
    { numRuns: 20000, seed: 7 },
  );
});

test('isCap: contractions, "-based", domains and camel case as the patterns say', () => {
  for (const w of ["I've", "don't", 'Don’t', 'X-based', 'x-BASED', 'acme.com', 'Acme.IO', 'eBay', 'iPhone', 'ebay', 'abC', 'abcD', 'a.io', '.com', "it'd", "I'M", '3M', 'Éclair'])
    assert.equal(isCap(w), referenceCap(w), w);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), (parts) => {
      const t = parts.join('');
      assert.equal(isCap(t), referenceCap(t), JSON.stringify(t));
    }),
    { numRuns: 20000, seed: 11 },
  );
});
