// One victim matcher everywhere (src/core/incidents/victim-match.ts): the same organisation written fully then
// shortened matches, distinct organisations whose names share words stay apart, and an article analysed whole or cut
// into sections (each analysed alone, then merged as long documents are) gives the same incidents.
const test = require('node:test');
const assert = require('node:assert/strict');
const fc = require('fast-check');
const { analyze, mergeSections, shiftAnalysis, sameVictim } = require('../../dist/core.js');

test('a name written fully then shortened is the same victim', () => {
  for (const [a, b] of [['Acme Corp.', 'Acme'], ['The Acme Corporation', 'Acme'], ['Northwind Mutual Insurance Co.', 'Northwind Mutual'], ['U.S. Bureau of Land Records', 'Bureau of Land Records'], ['Bureau of Land Records', 'BLR'], ["Acme's", 'Acme Inc']]) {
    assert.ok(sameVictim(a, b), `${a} ~ ${b}`);
    assert.ok(sameVictim(b, a), `${b} ~ ${a}`);
  }
});

test('distinct organisations whose names share words stay apart', () => {
  for (const [a, b] of [['Department of Health', 'Department of Health and Human Services'], ['Acme Bank', 'Acme Insurance'], ['Bank', 'Bank of Lakeview'], ['City of Lakeview', 'City of Rivertown'], ['Department', 'Department of Waterways'], ['Harbor Bank', 'Harbor Bank of Commerce']]) {
    assert.ok(!sameVictim(a, b), `${a} ≁ ${b}`);
    assert.ok(!sameVictim(b, a), `${b} ≁ ${a}`);
  }
});

// Invented organisations: each reported as one kind of incident, by its full name or (where it has one) a short one.
const ORGS = [
  { names: ['Acme Corp.', 'Acme'], kind: 'breach' },
  { names: ['Brightwater Clinic'], kind: 'ransomware' },
  { names: ['Northfield Savings Bank', 'Northfield Savings'], kind: 'breach' },
  { names: ['Harbor Bank'], kind: 'phishing' },
  { names: ['Harbor Insurance'], kind: 'breach' },
];
const SENTENCES = {
  breach: ['Hackers breached {O} last week, exposing {N} patient records.', '{O} disclosed a data breach on Tuesday that exposed {N} customer records.'],
  ransomware: ['{O} was hit by a ransomware attack on Monday.', 'A ransomware attack shut down the systems of {O} on Friday.'],
  phishing: ['A phishing campaign targeted employees of {O} in March.'],
};

/** A paragraph per event; the first event of an organisation names it in full (as articles do). */
function article(events) {
  const seen = new Set();
  return events.map(({ org, variant, template, n }) => {
    const o = ORGS[org];
    const name = seen.has(org) ? o.names[variant % o.names.length] : o.names[0];
    seen.add(org);
    const list = SENTENCES[o.kind];
    return list[template % list.length].replace('{O}', name).replace('{N}', (1000 + n * 7).toLocaleString('en-US'));
  });
}

const incidentsOf = (a) => a.incidents.map((i) => `${i.type}:${i.victim}`).sort();

test('an article analysed whole and split into sections gives the same incidents', () => {
  const event = fc.record({ org: fc.nat(ORGS.length - 1), variant: fc.nat(3), template: fc.nat(3), n: fc.nat(500) });
  fc.assert(
    fc.property(fc.array(event, { minLength: 2, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (events, cuts) => {
      const paragraphs = article(events);
      const text = paragraphs.join('\n\n');
      const parts = [];
      let start = 0;
      paragraphs.forEach((p, k) => {
        const end = start + p.length;
        const last = k === paragraphs.length - 1;
        if (last || cuts[k]) {
          const from = parts.length ? parts[parts.length - 1].end + 2 : 0;
          parts.push({ start: from, end });
        }
        start = end + 2;
      });
      const split = mergeSections(parts.map(({ start: s, end: e }) => shiftAnalysis(analyze(text.slice(s, e)), s)));
      assert.deepEqual(incidentsOf(split), incidentsOf(analyze(text)), text);
    }),
    { numRuns: 60, seed: 14 },
  );
});

// A victim the role model vetoes (written before its trigger word, scored low) leaves its incident without one; each
// section then has such an incident, which the merge must join by the withheld name as the single pass grouped them.
test('a victim withheld in several sections gives one incident, as whole', () => {
  const paragraphs = ['Harbor Insurance disclosed a data breach on Tuesday that exposed 1,000 customer records.', 'Harbor Insurance disclosed a data breach on Tuesday that exposed 1,000 customer records.', 'Hackers breached Acme Corp. last week, exposing 1,000 patient records.', 'Hackers breached Acme Corp. last week, exposing 1,000 patient records.'];
  const text = paragraphs.join('\n\n');
  const cut = paragraphs[0].length;
  const split = mergeSections([analyze(text.slice(0, cut)), shiftAnalysis(analyze(text.slice(cut + 2)), cut + 2)]);
  assert.deepEqual(incidentsOf(split), incidentsOf(analyze(text)));
});
