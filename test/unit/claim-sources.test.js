// Source kinds of claims for sources in no list: outlets by their masthead and how they are cited, organisations by
// form and by what they publish, vague sources. Every name here is invented.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const CASES = [
  ['The plant released 40 tonnes of waste into the river, according to the Riverton Gazette.', 'outlet', 'Riverton Gazette'],
  ['The Tessville Ledger reported that the council cut 20 jobs.', 'outlet', 'Tessville Ledger'],
  ['According to a report in the Ostrava Daily, the fund lost $5 million.', 'outlet', 'Ostrava Daily'],
  ['Researchers at Quillon Labs said the flaw affected 2 million routers.', 'organization', 'Quillon Labs'],
  ["Marlow Analytics' data show a 15 percent drop in sales.", 'organization', 'Marlow Analytics'],
  ["The agency's figures show that 12 percent of the loans were never repaid.", 'organization', null],
  ["The commission's data show that 3,000 homes flooded.", 'organization', null],
  ['A group calling itself Red Heron claimed the attack on the port authority.', 'organization', 'Red Heron'],
  ['People familiar with the matter said the company lost 300 jobs.', 'vague', 'People familiar with the matter'],
  ['Critics say the program wasted $40 million.', 'vague', 'Critics'],
  ['Consumer advocates accused the board of misleading residents.', 'vague', null],
  ['Official data show that 9 percent of the bridges need repair.', 'vague', 'Official data'],
  ["Fares rose 4 percent, according to the harbour authority's latest report.", 'organization', 'the harbour authority'],
];

for (const [sentence, kind, name] of CASES) {
  test(`source kind ${kind}: ${sentence}`, () => {
    const c = analyze(sentence).claims[0];
    assert.ok(c, 'no claim');
    assert.equal(c.sourceKind, kind, JSON.stringify(c));
    if (name) assert.equal(c.source, name);
    if (kind === 'outlet') assert.equal(c.outlet, name);
  });
}

test('a speaker who told an outlet stays the source, with the outlet beside', () => {
  const c = analyze('The mayor spent $3 million on the project, a deputy told the Harbour Courier.').claims[0];
  assert.equal(c.sourceKind, 'vague');
  assert.equal(c.outlet, 'Harbour Courier');
});

test('"raised rates" is no attribution, "raised concerns" is', () => {
  assert.equal(analyze('The Kelby Water Board raised household rates by 18% last spring.').claims[0]?.sourceKind ?? 'none', 'none');
  assert.equal(analyze('The Kelby Water Board raised concerns that the dam could fail.').claims[0]?.sourceKind, 'organization');
});
