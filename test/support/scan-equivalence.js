// What the hand-scan tests share: a scanner is held to the pattern it replaced on every sample article and on text
// generated from the characters the pattern treats specially, cut at both ends as a sentence's bounds cut it.
const fs = require('node:fs');
const path = require('node:path');
const fc = require('fast-check');

/** [file name, text] of every sample article. */
function samples() {
  const dir = path.join(__dirname, '..', '..', 'samples');
  return fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
}

/** Runs check(text, start, end) on 20,000 texts joined from `pieces`, with up to 3 characters cut off each end. */
function onGeneratedText(pieces, check, seed = 21) {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.nat(3), fc.nat(3), (parts, a, b) => {
      const text = parts.join('');
      const start = Math.min(a, text.length);
      check(text, start, Math.max(start, text.length - b));
    }),
    { numRuns: 20000, seed },
  );
}

module.exports = { samples, onGeneratedText };
