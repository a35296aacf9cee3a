// The source cues of the name-level attacker model (src/core/incidents/source-cues.ts): a name the article quotes,
// credits or impersonates, pooled by attacker-names.ts; invented sentences only.
const test = require('node:test');
const assert = require('node:assert/strict');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { sourceCues } = requireTs('src/core/incidents/source-cues.ts');
const { attackerNameFeatures } = requireTs('src/core/incidents/attacker-names.ts');

/** The source cues of name `n` in `sentence`. */
const cues = (sentence, n) => {
  const at = sentence.indexOf(n);
  return sourceCues({ start: at, end: at + n.length, text: n, sentence: 0 }, { start: 0, end: sentence.length, text: sentence });
};

test('a reporting subject, a researcher, a finder and an impersonated brand each have their cue', () => {
  assert.deepEqual(cues('"It spreads within minutes," says Tova Linden, founder of security firm Corvane.', 'Tova Linden'), ['m:says', 'm:expert']);
  assert.deepEqual(cues('According to Brightwell, the files were sold within a week.', 'Brightwell'), ['m:says']);
  assert.deepEqual(cues('Researchers at Corvane found the exposed server.', 'Corvane'), ['m:expert']);
  assert.deepEqual(cues('Corvane researchers traced the payments.', 'Corvane'), ['m:expert']);
  assert.deepEqual(cues('The campaign was first spotted by Tova Linden in March.', 'Tova Linden'), ['m:found-by']);
  assert.deepEqual(cues('Emails posing as Harrowgate Bank asked customers to confirm their passwords.', 'Harrowgate Bank'), ['m:impersonated']);
});

test('an actor named as one has none', () => {
  assert.deepEqual(cues('Quiet Heron stole the records and demanded a ransom.', 'Quiet Heron'), []);
  assert.deepEqual(cues('The hacking group Quiet Heron claimed responsibility.', 'Quiet Heron'), []);
});

test('a name quoted or credited at every mention is marked so; one that also acts is not', () => {
  const n = (name) => ({ name, victim: 0, attacker: 0.3, sentences: [0, 1] });
  const probs = [[0, 0.3], [0, 0.2]];
  const quoted = attackerNameFeatures(n('Corvane'), [0, 1], [['m:expert'], ['m:says']], probs);
  assert.ok(quoted.includes('n:source-only') && quoted.includes('u:m:expert'), quoted.join());
  const acting = attackerNameFeatures(n('Corvane'), [0, 1], [['m:says'], ['a:acts']], probs);
  assert.ok(!acting.includes('n:source-only'), acting.join());
});
