// Incidents through the full analyze() pipeline (figures come from the figure extractor).
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');
const { scaling, MAX_RATIO } = require('../support/linear');

const find = (a, victim) => a.incidents.find((i) => i.victim === victim);

test('a breach with a named victim, counts and data types', () => {
  const text =
    'Lakeview Credit Union disclosed a data breach on Monday. Hackers stole the names, passwords and Social Security numbers of more than 120,000 members, the company said.';
  const a = analyze(text);
  const inc = find(a, 'Lakeview Credit Union');
  assert.ok(inc, JSON.stringify(a.incidents));
  assert.equal(inc.type, 'breach');
  // "Hackers" describes the attacker but names none: kept as written, marked as a description.
  assert.equal(inc.attacker, 'Hackers');
  assert.equal(inc.attackerKind, 'described');
  assert.ok(inc.dataTypes.some((d) => /Social Security numbers/.test(d)), inc.dataTypes.join('; '));
  assert.ok(inc.dataTypes.some((d) => /passwords/.test(d)));
  const rec = inc.records.find((r) => r.value === 120000);
  assert.ok(rec, JSON.stringify(inc.records));
  assert.equal(a.figures[rec.figure].value, 120000);
  for (const m of inc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('two incidents in one sentence, each with its own records, one suspect for both', () => {
  const text =
    'From the attack on insurer Northwind, which exposed as many as 3.1 million customer records, to the data breach at the State Department of Licensing that led to criminals accessing over 2 million driver\'s license numbers and 400,000 photos, foreign hackers seem to be the likely suspects.';
  const a = analyze(text);
  const north = find(a, 'Northwind');
  const dol = find(a, 'State Department of Licensing');
  assert.ok(north && dol, JSON.stringify(a.incidents.map((i) => i.victim)));
  assert.equal(north.type, 'breach');
  assert.equal(dol.type, 'breach');
  assert.equal(north.label, 'Northwind attack');
  assert.equal(dol.label, 'State Department of Licensing data breach');
  assert.equal(north.suspected, 'foreign hackers');
  assert.equal(dol.suspected, 'foreign hackers');
  assert.equal(dol.attacker, 'criminals');
  assert.equal(dol.attackerKind, 'described');
  assert.equal(north.attackerKind, null);
  assert.equal(north.attacker, null);
  assert.deepEqual(north.records.map((r) => r.value), [3100000]);
  assert.deepEqual(dol.records.map((r) => r.value).sort(), [2000000, 400000].sort());
  assert.equal(north.records[0].qualifier, 'at-most');
});

test('victim frames: passive, possessive holder, "X was hacked"', () => {
  let a = analyze('The online retailer Brightmart was hacked last week, and card data of its shoppers were stolen.');
  assert.equal(a.incidents[0]?.victim, 'Brightmart', JSON.stringify(a.incidents));
  a = analyze('A cyber attack has compromised the personal data of up to 45,000 Corvel Insurance customers.');
  assert.equal(a.incidents[0]?.victim, 'Corvel Insurance', JSON.stringify(a.incidents));
  a = analyze('Attackers stole 2 million account records from Pinebrook Games, a mobile game studio.');
  assert.equal(a.incidents[0]?.victim, 'Pinebrook Games', JSON.stringify(a.incidents));
});

test('victim frames: what was taken and whom from, the machines an organisation holds', () => {
  // The object of "steal" may hold a decimal point; the name after its "from" is whom it was taken from.
  let a = analyze('A hacker used a flaw in the forum software to steal 2.4 million login names and salted passwords from Quillmark Arcade, a puzzle game site.');
  assert.equal(a.incidents[0]?.victim, 'Quillmark Arcade', JSON.stringify(a.incidents));
  a = analyze('Some Dunmore Transit Authority computers were infected with ransomware on Wednesday, officials said.');
  assert.equal(a.incidents[0]?.victim, 'Dunmore Transit Authority', JSON.stringify(a.incidents));
});

test('later mentions join the incident; other kinds are typed', () => {
  const a = analyze('Hackers breached Orbis Logistics in May. The breach went unnoticed for weeks. Investigators said the intrusion began with a phishing email.');
  assert.equal(a.incidents.length, 1, JSON.stringify(a.incidents));
  assert.equal(a.incidents[0].victim, 'Orbis Logistics');
  assert.ok(a.incidents[0].mentions.length >= 3);
  const r = analyze('A ransomware attack on Dunmore County encrypted files on 300 computers last Tuesday.');
  assert.equal(r.incidents[0]?.type, 'ransomware', JSON.stringify(r.incidents));
  assert.equal(r.incidents[0]?.victim, 'Dunmore County');
});

test('generic talk about breaches is not an incident', () => {
  for (const text of [
    'Data breaches can cost companies millions, and firms should protect against phishing.',
    'If your account has been compromised, change your password.',
    'Ransomware attacks are increasingly common, experts say.',
    'The senator leaked nothing, and the memo was about budgets.',
    'An arbitration panel found that the province was in breach of the trade agreement in 2003.',
  ]) {
    const a = analyze(text);
    assert.deepEqual(a.incidents.map((i) => i.type), [], text);
  }
});

test('title-case headlines do not make victims of their words', () => {
  const a = analyze('Regional Bank Says Hackers Stole Customer Data\n\nMerrow Bank said on Friday that hackers had accessed the records of 80,000 customers.');
  assert.ok(a.incidents.every((i) => !/Says/.test(i.victim ?? '')), JSON.stringify(a.incidents));
  assert.equal(a.incidents[0]?.victim, 'Merrow Bank');
});

test('stays linear on a large document', () => {
  const para = 'Hackers breached Example Corp and stole 1,000 passwords. The breach was disclosed later. ';
  const { large, ratio } = scaling(para, 1250, analyze);
  assert.ok(large.result.incidents.length >= 1);
  assert.ok(ratio < MAX_RATIO, `4× the text cost ${ratio.toFixed(1)}× the CPU time`);
});

test('learned type and roles: a ransomware story is typed and labelled ransomware, with the named gang as attacker', () => {
  const a = analyze('Ransomware hit the city of Brookfield on Monday, encrypting servers at city hall. The attackers, a group calling itself Night Lantern, demanded 40 bitcoin to unlock the files.');
  assert.deepEqual(a.incidents.map((i) => i.type), ['ransomware'], JSON.stringify(a.incidents));
  const [inc] = a.incidents;
  assert.match(inc.label, /ransomware/i);
  assert.doesNotMatch(inc.label, /breach/i);
  assert.equal(inc.victim, 'Brookfield');
  assert.equal(inc.attacker, 'Night Lantern');
  assert.equal(inc.attackerKind, 'named');
});

test('an attacker named by the name it goes by ("known as", "calling itself") is the attacker', () => {
  const a = analyze('Hackers known as Grey Fox breached Orbis Logistics in May and stole the records of 20,000 customers.');
  assert.deepEqual(a.incidents.map((i) => [i.victim, i.attacker]), [['Orbis Logistics', 'Grey Fox']]);
  const b = analyze('Hackers breached Orbis Logistics in May. The attackers, a crew calling itself Paper Heron, posted the files.');
  assert.equal(b.incidents[0]?.attacker, 'Paper Heron', JSON.stringify(b.incidents));
});

test('the name before an active verb of theft acts: one incident, not a second with the thief as its victim', () => {
  const a = analyze('A hacking group known as Grey Fox stole 40,000 patient records from Maple Ridge Clinic, the clinic said on Monday.');
  assert.deepEqual(a.incidents.map((i) => [i.victim, i.attacker, i.records.map((r) => r.value)]), [['Maple Ridge Clinic', 'Grey Fox', [40000]]], JSON.stringify(a.incidents));
});

test('a sentence of statistics about breaches is not an incident', () => {
  const a = analyze('Federal figures show that reported breaches rose 12% last year, affecting more than 90 million people.');
  assert.deepEqual(a.incidents, []);
});

test('the shipped incident models load and every label agrees with its type', () => {
  const texts = [
    'Phishing emails posing as the payroll office tricked staff at Elmdale College into giving up their passwords last week.',
    'Researchers found a critical vulnerability in the Quillnet router firmware, and the vendor released a patch on Tuesday.',
    'Hackers breached Orbis Logistics in May and stole the records of 20,000 customers.',
  ];
  const nouns = { breach: /breach|leak|hack|attack|intrusion/i, phishing: /phishing|attack/i, vulnerability: /vulnerability/i, ransomware: /ransomware|attack/i };
  const types = texts.map((t) => analyze(t).incidents.map((i) => (assert.match(i.label, nouns[i.type] ?? /./, JSON.stringify(i)), i.type)));
  assert.deepEqual(types, [['phishing'], ['vulnerability'], ['breach']]);
});

test('a breach notification site or a breach detection firm is whose service it is, not a victim', () => {
  // The frames took the name after "breach notification site" and "breach detection firm" for the one hit.
  for (const text of [
    'Breach notification site Vaultwatch provided reporters with a copy of the data, which held 2 million accounts.',
    'According to breach detection firm Vaultwatch, the attackers stole 2 million accounts.',
  ]) {
    const a = analyze(text);
    assert.ok(a.incidents.length, text);
    for (const inc of a.incidents) assert.notEqual(inc.victim, 'Vaultwatch', text);
  }
});

test('an earlier incident recalled in passing ("the crew behind the X breach") is not the article\'s victim', () => {
  // The frames took X for the victim of a breach of its own beside the article's ransomware.
  const lead = 'Ransomware encrypted the patient records of Maplewood Clinic on Monday. The clinic restored its systems from backups over the weekend. ';
  for (const last of [
    'Officials said the attackers were the same crew behind the Halvorsen Freight breach.',
    'Regulators sanctioned two officials for the Halvorsen Freight hack.',
    'The director said they could not afford a breach on the scale of what affected Halvorsen Freight.',
  ]) {
    const a = analyze(lead + last);
    assert.deepEqual(a.incidents.map((i) => [i.type, i.victim]), [['ransomware', 'Maplewood Clinic']], last);
    assert.ok(a.incidents.every((i) => !(i.victims ?? []).includes('Halvorsen Freight')), last);
  }
});
