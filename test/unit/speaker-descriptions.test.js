// Speakers described rather than named (#16): "it" after a body that opened the sentence before, "the paper's
// editorial board" for the outlet named last, "the radioman" (a noun in -man) for the man named before; a compound
// epithet is no part of a name ("Oscar-winner Roe"); a short Title Case quote that a cue introduces is speech.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const quotes = (text) => analyze(text).quotes;

test('"it" goes on with the outlet that opened the sentence before', () => {
  const text = 'Visit. The Washington Post noted that author Ted Lang was seen with the senator at a rally.\n\n' +
    'The Post reported that Lang said he was gathering material. It added, "the visit comes as the senator readies new attacks."';
  // The outlet, as the sentence before writes it ("The Post"), not the person the clause after it names.
  assert.match(quotes(text).at(-1).speaker, /Post$/);
});

test('"the paper\'s editorial board" is the outlet named last', () => {
  const text = 'Endorsements. Enter The Washington Post.\n\n' +
    '"He is a politician selling his own brand of fiction to the country," the paper\'s editorial board wrote.';
  assert.equal(quotes(text).at(-1).speaker, 'The Washington Post');
});

test('a noun in -man ("the radioman") stands for the man named before', () => {
  const text = 'Radio. Glenn Harlow spoke on his show on Monday about the race.\n\n' +
    'The radioman pointed out that the nominee once backed "big government, bailouts and executive orders."';
  assert.equal(quotes(text).at(-1).speaker, 'Glenn Harlow');
});

test('a compound epithet is no part of the name: "Oscar-winner Roe" and "Susan Roe" are one woman', () => {
  const people = analyze('Oscar-winner Roe unsure. Oscar-winning actress Susan Roe spoke on Monday. Roe said she was tired.').people.map((p) => p.name);
  assert.deepEqual(people.filter((n) => /Roe/.test(n)), ['Susan Roe']);
});

test('a short Title Case quote that a cue introduces or follows is a quote, not a title', () => {
  const a = quotes('Remarks. Carl Vance spoke on Monday.\n\nHe said "The Hispanics" love him.');
  assert.equal(a.length, 1);
  const b = quotes('Union. Ada Moss spoke to the union on Monday.\n\n"As President," she said, "I will oppose efforts to contract out work."');
  assert.equal(b.length, 2);
  assert.equal(b[0].speaker, 'Ada Moss');
  // A Title Case title with no cue stays out.
  assert.equal(quotes('Show. Ada Moss appeared on "The Late Show" on Monday.').length, 0);
});
