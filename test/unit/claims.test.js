// Claims through the full analyze() pipeline (sources come from the entity extractor).
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const claimFor = (a, prefix) => a.claims.find((c) => c.text.startsWith(prefix));

test('claims are sentences with exact spans, scores in 0..1 and reasons', () => {
  const text = 'The city spent $4.5 million on the bridge in 2019, more than twice the original budget.\n\nWhat do you think?';
  const a = analyze(text);
  const c = claimFor(a, 'The city spent');
  assert.ok(c, JSON.stringify(a.claims));
  assert.equal(text.slice(c.start, c.end), c.text);
  assert.ok(c.score > 0 && c.score <= 1);
  assert.ok(c.reasons.includes('states a figure') || c.reasons.includes('states a number'), c.reasons.join('; '));
  assert.ok(c.reasons.includes('makes a comparison'));
  // A question asserts nothing: it is not a claim at all (a ranking that merely put it lower would still flag it).
  assert.equal(claimFor(a, 'What do you think'), undefined, JSON.stringify(a.claims.map((x) => x.text)));
});

test('boilerplate is never a claim', () => {
  const a = analyze(
    'Officials said 40 percent of the funds were never spent.\n\nSign up for our newsletter to get the latest news.\n\nFollow us on social media.\n\nTo read more stories like this, click here.\n\n© 2024 Example Media. All rights reserved.',
  );
  assert.equal(a.claims.length, 1, JSON.stringify(a.claims.map((c) => c.text)));
  assert.ok(a.claims[0].text.startsWith('Officials said'));
});

test('hedges are marked', () => {
  const a = analyze('The agency reportedly paid the contractor 3 million dollars last year.\n\nThe contractor may have overbilled the agency by 12 percent.\n\nThe contractor was paid 3 million dollars in 2023.');
  assert.equal(claimFor(a, 'The agency reportedly').hedged, true);
  assert.equal(claimFor(a, 'The contractor may').hedged, true);
  assert.equal(claimFor(a, 'The contractor was paid').hedged, false);
  assert.ok(claimFor(a, 'The agency reportedly').reasons.includes('hedged'));
});

test('check-worthy statements outrank greetings, questions and opinion', () => {
  const a = analyze(
    [
      'Thank you all for coming tonight.',
      'Unemployment fell to 3.9 percent last month, the lowest rate since 2000.',
      'Isn\'t that wonderful?',
      'I think we are going to do great things together.',
      'The company was fined $2 million for hiding the data breach from regulators.',
    ].join('\n'),
  );
  const score = (p) => claimFor(a, p)?.score ?? 0;
  assert.ok(score('Unemployment fell') > score('Thank you'));
  assert.ok(score('Unemployment fell') > score('I think we'));
  assert.ok(score('The company was fined') > score('Isn\'t that'));
  assert.ok(claimFor(a, 'The company was fined').reasons.includes('names an incident'));
});

test('source and source kind come from the attribution', () => {
  const a = analyze('Many experts doubted that the plan would cut emissions by half, the Daily Planet reported.\n\nThe program costs $10 billion a year.');
  const c = claimFor(a, 'Many experts doubted');
  assert.ok(c);
  assert.equal(c.sourceKind, 'vague');
  assert.equal(c.source, 'Many experts');
  assert.ok(c.reasons.includes('attributed to a vague source'));
  const plain = claimFor(a, 'The program costs');
  assert.equal(plain.sourceKind, 'none');
  assert.equal(plain.source, null);
});

// A line that ends without punctuation in lower case is joined to the next by text.ts (hard-wrapped prose), so
// transcript lines here end with punctuation.
test('every line of a transcript can be its own claim', () => {
  const lines = ['We cut taxes by 20 percent.', 'Crime went up 14 percent in the city!', 'Thank you.', 'She voted for the war in 2003.'];
  const text = lines.join('\n');
  const a = analyze(text);
  let off = 0;
  const spans = lines.map((l) => {
    const s = [off, off + l.length];
    off += l.length + 1;
    return s;
  });
  // The three checkable lines are each a claim of their own; "Thank you." is none.
  const claimed = spans.map(([s, e]) => a.claims.filter((c) => c.start < e && c.end > s).map((c) => c.text));
  assert.deepEqual(claimed, [[lines[0]], [lines[1]], [], [lines[3]]]);
});

// The learned model (src/core/claims-model.json, written by npm run train -- claims).
const fs = require('node:fs');
const path = require('node:path');
const { loadLinear } = require('../../dist/core.js');

const MODEL_FILE = path.join(__dirname, '..', '..', 'src', 'core', 'claims-model.json');

test('the claims model loads, holds only hashed buckets and a threshold, and stays small', () => {
  const raw = fs.readFileSync(MODEL_FILE, 'utf8');
  const json = JSON.parse(raw);
  const model = loadLinear(json);
  assert.deepEqual(model.classes, ['no', 'yes']);
  for (const key of Object.keys(json.weights)) assert.match(key, /^\d+$/);
  const { f1, highlight } = json.meta.thresholds;
  assert.ok(f1 > 0 && f1 < 1 && highlight > 0 && highlight < 1, JSON.stringify(json.meta.thresholds));
  assert.ok(raw.length <= 600 * 1024, `${raw.length} bytes`);
});

// Accusations and figures about incidents are worth checking by rule; every other claim by the model's threshold.
const RULED = ['accuses, blames or denies', 'states a figure about an incident'];

test('checkWorthy marks exactly the claims at or above one threshold, besides the ruled ones', () => {
  const a = analyze(
    [
      'The council cut the library budget by 30 percent in 2022, the largest cut in a decade.',
      'I think the weather has been lovely this week.',
      'The minister accused the regulator of hiding a report on water pollution.',
      'We hope everyone enjoys the festival.',
      'Nearly 2 million customer records were stolen in the attack on the retailer last year.',
    ].join('\n'),
  );
  const modelled = a.claims.filter((c) => !c.reasons.some((r) => RULED.includes(r)));
  const worthy = modelled.filter((c) => c.checkWorthy);
  const rest = modelled.filter((c) => !c.checkWorthy);
  assert.ok(worthy.length, JSON.stringify(a.claims.map((c) => [c.text, c.score])));
  for (const w of worthy) for (const r of rest) assert.ok(w.score > r.score, `${w.text} (${w.score}) vs ${r.text} (${r.score})`);
  assert.ok(claimFor(a, 'The council cut')?.checkWorthy);
  assert.ok(!claimFor(a, 'We hope everyone')?.checkWorthy);
});

test('an accusation and a figure about an incident are always worth checking', () => {
  const a = analyze('The mayor accused her rival of lying.\nThe hackers stole 40,000 passwords from the school network.\nThe park opens at noon.');
  const accusation = claimFor(a, 'The mayor accused');
  const incident = claimFor(a, 'The hackers stole');
  assert.ok(accusation?.checkWorthy, JSON.stringify(accusation));
  assert.ok(accusation.reasons.includes('accuses, blames or denies'));
  assert.ok(incident?.checkWorthy, JSON.stringify(incident));
  assert.ok(!claimFor(a, 'The park opens')?.checkWorthy);
});

test('reasons name the cues that weighed most', () => {
  const a = analyze('Unemployment in the region rose to 8.4 percent last year, higher than in any other state.');
  const c = claimFor(a, 'Unemployment in the region');
  assert.ok(c, JSON.stringify(a.claims));
  assert.ok(c.reasons.length >= 1 && c.reasons.length <= 12, c.reasons.join('; '));
  assert.ok(c.reasons.includes('states a figure'), c.reasons.join('; '));
});
