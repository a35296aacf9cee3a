// Incidents of articles whose victim and attacker are names no training article holds (an invented town and gang, an
// invented retailer and group): the card names both, from the frames and the role model's probabilities (the town at
// 0.65 in its title, the gang at 0.84; the retailer at 0.76, the group by the exact "known as" rule), not from names
// remembered from training.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

/** The one incident of an article written as lines, as [type, victim, attacker]. */
function onlyCard(lines) {
  const incidents = analyze(lines.join('\n')).incidents;
  assert.equal(incidents.length, 1, JSON.stringify(incidents));
  return [incidents[0].type, incidents[0].victim, incidents[0].attacker];
}

test('an invented town hit by an invented gang: the card names both', () => {
  const text = [
    'Ransomware attack shuts down Dunmere town services',
    '',
    'The town of Dunmere was hit by a ransomware attack on Monday that encrypted the servers of its water billing and permit offices, town officials said.',
    '',
    'A gang calling itself Ashfang claimed responsibility for the attack on a leak site and demanded 40 bitcoin to restore the files. Dunmere said it would not pay the ransom and was restoring its systems from backups.',
    '',
    '"We notified the state police and are working with outside experts," said town manager Petra Gullane.',
  ];
  assert.deepEqual(onlyCard(text), ['ransomware', 'Dunmere', 'Ashfang']);
});

test('an invented retailer breached, an invented group selling the records: the card names both', () => {
  const text = [
    'Brindlecomb confirms data breach affecting 82,000 customers',
    '',
    'Brindlecomb, an online furniture retailer, said on Thursday that hackers stole the names, addresses and card details of about 82,000 customers from its web store.',
    '',
    'The company said the intruders accessed a payment database between March and May. A hacking group known as Velmora Circle later posted samples of the stolen records on a criminal forum and offered the full set for sale.',
    '',
    'Brindlecomb said it had notified affected customers and reset all passwords.',
  ];
  assert.deepEqual(onlyCard(text), ['breach', 'Brindlecomb', 'Velmora Circle']);
});
