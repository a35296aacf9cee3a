// Article-level role scores (src/core/incidents/role-names.ts): the mentions of one name are grouped with the victim
// matcher and scored by their best mention; distinct names sharing words stay apart.
const test = require('node:test');
const assert = require('node:assert/strict');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { roleNames, gap } = requireTs('src/core/incidents/role-names.ts');
const mention = (text, sentence) => ({ start: 0, end: text.length, text, sentence });

test('mentions of one name are one name with its fullest form and its best probabilities', () => {
  const names = roleNames(
    [mention('Acme', 0), mention('Acme Health Inc.', 2), mention('Acme Bank', 3), mention('Acme', 5)],
    [[0.2, 0.1], [0.7, 0.05], [0.1, 0.6], [0.4, 0.3]],
  );
  assert.deepEqual(
    names.map((n) => [n.name, n.victim, n.attacker, n.sentences]),
    [
      ['Acme Health Inc.', 0.7, 0.3, [0, 2, 5]],
      ['Acme Bank', 0.1, 0.6, [3]],
    ],
  );
  assert.equal(gap(names[1], new Set([0, 1])), 2);
  assert.equal(gap(names[0], new Set([4])), 1);
});
