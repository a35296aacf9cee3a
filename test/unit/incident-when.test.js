// When an incident happened (src/core/incidents/when.ts): a date figure of its own sentences, else the words that say
// when ("on Tuesday", "last week"), else the same in the sentences next to them; shown by the panel and the brief.
const test = require('node:test');
const assert = require('node:assert/strict');
const { parse } = require('csv-parse/sync');
const { analyze, figureRole, incidentDate, renderMarkdown, toCsvTables } = require('../../dist/core.js');

const holds = (text, s) => assert.equal(text.slice(s.start, s.end), s.text);

test('an incident told with a weekday or a period takes those words as its date, linked to them', () => {
  const text = 'Brackenford Library said hackers breached its catalogue server on Thursday night and stole the records of 3,000 members.';
  const [i] = analyze(text).incidents;
  assert.equal(i.date, null, 'no calendar date: the ISO field stays empty');
  assert.equal(i.fields.date.text, 'Thursday night');
  holds(text, i.fields.date);
  assert.equal(incidentDate(i), 'Thursday night');
  assert.match(renderMarkdown(analyze(text), 'x.txt'), /\*\*Date:\*\* Thursday night/);
  const period = analyze('Ransomware hit the Dunmore Water Authority earlier this month, encrypting its billing systems.').incidents[0];
  assert.equal(period.fields.date.text, 'earlier this month');
});

test('a calendar date in the next sentence dates an incident whose own sentence gives none, ISO value and all', () => {
  const text = 'Hackers breached the Tollgate Credit Union and stole the data of 12,000 members. The intrusion began on March 3, 2026.';
  const [i] = analyze(text).incidents;
  assert.equal(i.fields.date.text, 'March 3, 2026');
  assert.equal(i.date, '2026-03-03');
  assert.equal(incidentDate(i), 'March 3, 2026');
  // The figure's hover names it as the incident's date; the CSV export gives the words beside the ISO value.
  const a = analyze(text);
  assert.equal(figureRole(a, a.figures.findIndex((f) => f.text === 'March 3, 2026'))?.role, 'when it happened');
  const [head, row] = parse(toCsvTables([{ file: 'a.txt', text, analysis: a }]).incidents, { columns: false });
  assert.equal(row[head.indexOf('date')], '2026-03-03');
  assert.equal(row[head.indexOf('when')], 'March 3, 2026');
});

test('"may" the verb and "march" the verb are not dates', () => {
  const [i] = analyze('Hackers breached the Pellworth Clinic network, and the attack may have exposed the records of 800 patients.').incidents;
  assert.equal(i.fields.date, null);
  const [j] = analyze('Workers march as hackers breached the Ostrava Transit network, exposing data of 900 riders.').incidents;
  assert.equal(j.fields.date, null);
});
