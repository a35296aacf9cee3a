// Names written in one list of actors (src/core/incidents/attacker-lists.ts): "A, B and C claimed responsibility", "the
// hacking groups A and B". A list that holds a card's attacker holds its other attackers (attackers.ts assignAttackers).
const test = require('node:test');
const assert = require('node:assert/strict');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { markLists, withListPartners, LIST_CUE } = requireTs('src/core/incidents/attacker-lists.ts');
const { assignAttackers, attackerNameCues } = requireTs('src/core/incidents/attackers.ts');

/** The candidates `names` of one sentence, in order, each at its first occurrence from the last one's end. */
function candidatesOf(text, names) {
  let from = 0;
  return names.map((n) => {
    const start = text.indexOf(n, from);
    from = start + n.length;
    return { start, end: start + n.length, text: n, sentence: 0 };
  });
}
const listed = (text, names) => {
  const candidates = candidatesOf(text, names);
  const cues = candidates.map(() => []);
  markLists(text, candidates, cues);
  return cues.map((f) => f.includes(LIST_CUE));
};

test('a list of names is marked when the sentence speaks of it as actors, not otherwise', () => {
  assert.deepEqual(listed('The hacking groups Ferro Crew, Pale Lynx and Dim Owl claimed responsibility for the breach.', ['Ferro Crew', 'Pale Lynx', 'Dim Owl']), [false, true, true]);
  assert.deepEqual(listed('The files were stolen by Ferro Crew and Pale Lynx last May.', ['Ferro Crew', 'Pale Lynx']), [false, true]);
  // Victims listed, and names apart, are not.
  assert.deepEqual(listed('Birchwood Clinic, Acme Bank and Northgate Mutual said they had notified regulators.', ['Birchwood Clinic', 'Acme Bank', 'Northgate Mutual']), [false, false, false]);
  assert.deepEqual(listed('Ferro Crew hacked Birchwood Clinic and Acme Bank said so.', ['Ferro Crew', 'Birchwood Clinic', 'Acme Bank']), [false, false, false]);
});

const draft = (victim, sentences) => ({ victim, others: [], sentences: new Set(sentences), attacker: null, suspected: null });
const name = (n, victim, attacker, sentences) => ({ name: n, victim, attacker, sentences });
const th = { attacker: 0.15, second: 0.3, third: 0.15, steal: 0.8, demonyms: 'never', aliases: 'skip', pool: 'model' };

test("the names listed with the card's attacker join its attackers, whatever the suspect slot holds", () => {
  const text = 'The hacking groups Ferro Crew, Pale Lynx and Dim Owl claimed responsibility for the breach.';
  const candidates = candidatesOf(text, ['Ferro Crew', 'Pale Lynx', 'Dim Owl']);
  const cues = candidates.map(() => []);
  markLists(text, candidates, cues);
  const names = withListPartners([name('Ferro Crew', 0.4, 0.19, [0]), name('Pale Lynx', 0, 0.09, [0]), name('Dim Owl', 0, 0.76, [0]), name('Grey Kite', 0, 0.1, [0])], candidates, cues);
  const d = draft('Northgate Mutual', [0]);
  assignAttackers([d], names, { ...th, listMate: 0.05 }, () => false);
  assert.deepEqual([d.attacker, d.suspected, d.moreAttackers], ['Dim Owl', null, ['Ferro Crew', 'Pale Lynx']]);
  const off = draft('Northgate Mutual', [0]);
  assignAttackers([off], names, { ...th, listMate: 2 }, () => false);
  assert.deepEqual([off.attacker, off.moreAttackers], ['Dim Owl', undefined]);
});

test('a plural actor noun right before the names marks them listed ("the hacking groups X and Y")', () => {
  const text = 'The breach was the work of the hacking groups Ferro Crew and Pale Lynx.';
  for (const n of ['Ferro Crew', 'Pale Lynx']) {
    const at = text.indexOf(n);
    assert.ok(attackerNameCues({ start: at, end: at + n.length, text: n, sentence: 0 }, { start: 0, end: text.length, text }).includes('m:listed'), n);
  }
});

test('a country name may be an attacker where only the demonym adjective is barred', () => {
  const names = [name('Quiet Heron', 0, 0.9, [0]), name('North Ruritania', 0, 0.6, [0]), name('Ruritanian', 0, 0.5, [0])];
  const d = draft(null, [0]);
  assignAttackers([d], names, { ...th, demonyms: 'adjectives', listMate: 2 }, () => false);
  assert.deepEqual([d.attacker, d.suspected], ['Quiet Heron', 'North Ruritania']);
  const never = draft(null, [0]);
  assignAttackers([never], names, { ...th, demonyms: 'never', listMate: 2 }, () => false);
  assert.deepEqual([never.attacker, never.suspected], ['Quiet Heron', null]);
});
