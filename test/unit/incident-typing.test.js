// The type decision (src/core/incidents/typing.ts) through analyze(): generic talk about a kind of attack, and the
// word "vulnerability" as a figure of speech in political or economic news, make no incident.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const typesOf = (text) => analyze(text).incidents.map((i) => i.type).sort();

test('generic talk about ransomware makes no ransomware incident', () => {
  const text =
    'Ransomware gangs increasingly target hospitals, security experts warn. ' +
    'Criminal groups could lock patient records and demand payment in bitcoin if hospitals fail to patch their systems.';
  assert.deepEqual(typesOf(text), []);
});

test('a country\'s "vulnerability" in economic news is not a vulnerability incident', () => {
  const text =
    'The peso fell again on Tuesday as investors weighed the election. "That is the country\'s vulnerability," said an ' +
    'economist who heads a research center in the capital. Its economy relies on exports to its northern neighbour, and ' +
    'traders posted their worries online.';
  assert.deepEqual(typesOf(text), []);
});
