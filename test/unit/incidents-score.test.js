// The evaluation's name matching (test/eval/incidents-score.js): what counts as the same victim or attacker.
const test = require('node:test');
const assert = require('node:assert/strict');
const { nameMatch } = require('../eval/incidents-score');

test('an acronym matches the name whose capitalised words it abbreviates', () => {
  assert.ok(nameMatch('Dun & Bradstreet', 'D&B'));
  assert.ok(nameMatch('The Quillon Harbour Group (QHG)', 'QHG'), 'a leading article and a parenthetical are not initials');
  assert.ok(nameMatch('QHG', 'The Quillon Harbour Group'));
  assert.ok(!nameMatch('Quillon Harbour Group', 'QH'));
});

test('a shorter name matches only the first or last words of the longer', () => {
  assert.ok(nameMatch('Verity Mills Inc.', 'Verity Mills'));
  assert.ok(nameMatch('John Arden', 'Arden'));
  assert.ok(!nameMatch('First Verity Savings Bank', 'Verity'));
});
