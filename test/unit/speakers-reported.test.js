// Speakers and people that were read wrong on unseen text (the speakers-and-figures issue's table). Invented names.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const FIRST = '"We will not raise taxes," said Prime Minister Keir Hall.\n\n';
// Past-tense speech verbs of the engine's cue list that report a reply or a statement after a quote.
const VERBS = ['said', 'replied', 'responded', 'added', 'told reporters', 'wrote', 'argued', 'insisted', 'countered', 'retorted', 'warned', 'noted', 'explained', 'answered', 'declared', 'stressed', 'conceded', 'insisted'];
const ORDERS = {
  'X replied': (v) => `"We will cut them," Sarah Venn ${v}.`,
  'replied X': (v) => `"We will cut them," ${v} Sarah Venn.`,
  'the leader, X, replied': (v) => `"We will cut them," the opposition leader, Sarah Venn, ${v}.`,
  'X, the leader, replied': (v) => `"We will cut them," Sarah Venn, the opposition leader, ${v}.`,
};

test('a cue after a quote gives it to its own speaker, not the previous one, for every verb and word order', () => {
  for (const [order, make] of Object.entries(ORDERS)) {
    for (const v of VERBS) {
      if (order === 'replied X' && v === 'told reporters') continue;
      const a = analyze(FIRST + make(v));
      const q = a.quotes.find((x) => x.text.startsWith('We will cut'));
      assert.ok(q, `${order} / ${v}: no quote`);
      assert.equal(q.speaker, 'Sarah Venn', `${order} / ${v}`);
      assert.equal(q.cue, v.split(' ')[0], `${order} / ${v}: cue`);
      assert.equal(a.quotes.find((x) => x.text.startsWith('We will not')).speaker, 'Keir Hall');
    }
  }
});

test('the description in apposition before the name is the speaker\'s role', () => {
  const q = analyze(FIRST + ORDERS['the leader, X, replied']('replied')).quotes[1];
  assert.equal(q.role, 'the opposition leader');
});

test('a first name that is also a word ("Bill", "Grace") names a person before a surname', () => {
  const people = (text) => analyze(text).people.map((p) => p.name);
  assert.deepEqual(people('Her husband, Bill Clinton, campaigned in Ohio.'), ['Bill Clinton']);
  assert.deepEqual(people('Grace Okafor chaired the meeting.'), ['Grace Okafor']);
  // the words themselves are no people
  assert.deepEqual(people('The Bill passed. Hope Springs is a town.').filter((n) => /^(Bill|Hope)$/.test(n)), []);
});
