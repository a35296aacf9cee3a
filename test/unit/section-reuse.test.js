// Finding a long document's sections again after an edit (src/core/section-reuse.ts) must give exactly the cuts of a
// fresh scan, whatever the edit: inside a section, at a cut, across cuts, in line breaks, in long lines and blank runs.
const test = require('node:test');
const assert = require('node:assert/strict');
const { rng } = require('../support/random');
const { recutSections, sectionCuts, sectionStarts } = require('../../dist/core.js');

/** Text with paragraphs, lone lines, CRLF, long lines without breaks and runs of blanks, from a seeded generator. */
function mixedText(random, size) {
  const words = ['the', 'budget', 'Council', 'said.', 'rose', '“We', 'will”', 'Acme', 'data', 'breach.', '4.1', 'million'];
  let text = '';
  while (text.length < size) {
    const kind = random();
    const n = 5 + Math.floor(random() * (kind < 0.05 ? 3000 : 60));
    const line = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
    const end = ['\n\n', '\n', '\r\n\r\n', '\r\n', '.\n', ' \n \n', '   '][Math.floor(random() * 7)];
    text += kind < 0.02 ? ' '.repeat(2000) + '\n' : line + end;
  }
  return text;
}

const EDITS = ['x', '\n', '\n\n', '\r', '. ', ' ', 'A new sentence. ', '\r\n\r\n'];

test('cuts found again after an edit are the cuts of a fresh scan', () => {
  const random = rng(7);
  for (const size of [40_000, 200_000]) {
    let text = mixedText(random, size);
    let cuts = sectionCuts(text);
    assert.ok(cuts.starts.length > 2);
    for (let i = 0; i < 120; i++) {
      const starts = cuts.starts;
      // A third of the edits land at or just before a cut, where they can move it.
      const at = i % 3 === 0 ? Math.max(0, starts[1 + Math.floor(random() * (starts.length - 1))] - Math.floor(random() * 30)) : Math.floor(random() * text.length);
      const kind = random();
      if (kind < 0.6) text = text.slice(0, at) + EDITS[Math.floor(random() * EDITS.length)] + text.slice(at);
      else if (kind < 0.9) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * (kind < 0.8 ? 20 : 20_000)));
      else text = text.slice(0, at) + text.slice(at, at + 5000) + text.slice(at);
      cuts = recutSections(text, cuts);
      assert.deepEqual(cuts.starts, sectionStarts(text), `edit ${i} at ${at} of ${text.length}`);
      assert.deepEqual(cuts.reads, sectionCuts(text).reads, `edit ${i}: what was read`);
    }
  }
});
