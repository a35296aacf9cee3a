// Record/victim counts and data types of an incident (src/core/incidents/record-counts.ts, details.ts): counts of
// people and data, not of machines, flaws, survey samples or vague sizes; data exposed as kinds of data, not the
// counted noun of a victim count.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const records = (text) => analyze(text).incidents.flatMap((i) => i.records.map((r) => r.value));

test('a count of victims is a record; the counted noun of that count is not a kind of data', () => {
  const text = 'A phishing campaign targeted employees of Fernhill University last week and asked staff to confirm their passwords.\n\nThe university said 212 staff accounts were compromised before the IT office blocked the messages.';
  const [i] = analyze(text).incidents;
  assert.ok(i, 'an incident');
  assert.deepEqual(i.records.map((r) => r.value), [212]);
  assert.ok(i.dataTypes.includes('passwords'), JSON.stringify(i.dataTypes));
  assert.ok(!i.dataTypes.some((d) => /accounts/.test(d)), `data exposed: ${JSON.stringify(i.dataTypes)}`);
});

test('counts of machines, flaws, steps and survey samples, vague sizes and a lone one are not records', () => {
  const text = [
    'Hackers breached Pellmore Bank last month and stole the records of 48,000 customers, the bank said.',
    'The attackers got around its 2-step verification and exploited three flaws in 40 servers.',
    'One of the customers said the breach exposed millions of files.',
    'A survey of 1,016 adults found that most would leave a bank after a data breach.',
  ].join(' ');
  assert.deepEqual(records(text), [48000]);
});

test('the size of an organisation and a part of a count already given are not records', () => {
  const text = 'Hackers breached Pellmore Bank, which serves 2 million customers, and stole the records of 48,000 customers. The bank said 1,200 of those customers had card numbers taken.';
  assert.deepEqual(records(text), [48000]);
});

test('an incident that is not a breach shows counts of people or data (and ransomware the machines it locked), not of countries or domains', () => {
  const values = (text) => analyze(text).incidents.map((i) => [i.type, i.records.map((r) => r.value).sort((a, b) => a - b)]);
  assert.deepEqual(values('A ransomware attack on Dunmore County on Monday locked more than 2,000 computers and affected 4,500 residents. The malware has affected more than 30 countries, researchers said.'), [['ransomware', [2000, 4500]]]);
  assert.deepEqual(values('A phishing campaign hit Fernhill University last week. The attackers registered 14 phishing domains in May, and 212 staff accounts were compromised.'), [['phishing', [212]]]);
});

test('a count that goes on a list of counts, and a count of things stolen, are records', () => {
  const text = 'A data breach at Hollin Data exposed employee records of several firms: Arbor Inc with 40,739 records and Birch Corp with 35,292. Two laptops were stolen as well.';
  assert.deepEqual(records(text).sort((a, b) => a - b), [2, 35292, 40739]);
});

test('the place of an incident is read off its sentences: "X-based", "based in X", "in X", the dateline', () => {
  const place = (text) => analyze(text).incidents[0]?.fields.place?.text ?? null;
  assert.equal(place('Hackers breached Orbis Logistics, a Leeds-based courier, last week and stole the records of 20,000 customers.'), 'Leeds');
  assert.equal(place('Harbor Valley Health, a hospital group based in Portland, said hackers accessed the records of 4,000 patients.'), 'Portland');
  assert.equal(place('A ransomware attack hit three clinics in Ontario on Monday, officials said.'), 'Ontario');
  assert.equal(place('OAKVALE — A ransomware attack locked the computers of the city hall on Monday, officials said.'), 'OAKVALE');
  // A month or an organisation after "in" is not a place.
  assert.equal(place('Hackers breached Orbis Logistics in May and stole the records of 20,000 customers.'), null);
});

test('a count reads on past a parenthetical, counts what data was taken from, and counts those who had data taken', () => {
  // Without the parenthetical dropped, "(Orbit 2 build)" hides both the counted noun and "were stolen".
  assert.deepEqual(records('Hackers breached Quillon Games last month: 1.8 million Orbit (Orbit 2 build) and Nova accounts were stolen and sold.'), [1800000]);
  assert.deepEqual(records('Hackers breached Tarrow County last week. The records of residents leaked from three county portals, officials said.'), [3]);
  assert.deepEqual(records('Hackers breached Linwell Insurance in May. Of these clients, fewer than 40 had their bank details stolen, the insurer said.'), [40]);
});

test('a sentence that points back at what the incident hit gives its counts, however far from the incident it stands', () => {
  const far = (reference) => `A ransomware attack shut down computers at the Ardley School District on Monday. Classes will go on with paper worksheets. The superintendent thanked the teachers. Parents were told by letter. The district said 3,100 students had personal data stored on ${reference} servers.`;
  assert.deepEqual(records(far('the affected')), [3100]);
  // Without the pointer back, a count four sentences on is not the incident's.
  assert.deepEqual(records(far('its backup')), []);
});
