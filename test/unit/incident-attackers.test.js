// The attacker side of the argument roles (src/core/incidents/attackers.ts): the cues that mark a name as the one who
// acted, and the article-level decision that gives incidents their attacker and suspect.
const test = require('node:test');
const assert = require('node:assert/strict');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { attackerFeatures, attackerNameCues, assignAttackers, gateFrameAttackers, pooledAttackers, releaseAttackers } = requireTs('src/core/incidents/attackers.ts');

const cues = (text, name) => {
  const i = text.indexOf(name);
  return attackerFeatures({ start: i, end: i + name.length, text: name, sentence: 0 }, { start: 0, end: text.length, text });
};

test('the name it goes by, a claim, "by X" and an attribution are attacker cues', () => {
  assert.deepEqual(cues('A crew calling itself "Quiet Heron" claimed responsibility for the outage.', 'Quiet Heron').sort(), ['a:alias', 'a:claimed', 'a:quoted']);
  const by = cues('The files were stolen by the Pale Lynx hackers.', 'Pale Lynx');
  assert.ok(by.includes('a:by') && by.includes('a:actor-after'), by.join());
  const attributed = cues('Analysts attributed the long campaign to ZQ77, a state-sponsored outfit.', 'ZQ77');
  assert.ok(attributed.includes('a:attributed') && attributed.includes('a:alnum') && attributed.includes('a:caps-state'), attributed.join());
  const handle = cues('The intruder, who goes by the handle Wyrm9, sold the records.', 'Wyrm9');
  assert.ok(handle.includes('a:alias'), handle.join());
});

test('a name the sentence treats as the victim gets no acting cue', () => {
  const f = cues('Birchwood Clinic was hacked last week.', 'Birchwood Clinic');
  assert.ok(f.includes('a:victim-way'), f.join());
  assert.ok(!f.includes('a:acts'), f.join());
});

const nameCues = (text, name) => {
  const i = text.indexOf(name);
  return attackerNameCues({ start: i, end: i + name.length, text: name, sentence: 0 }, { start: 0, end: text.length, text });
};

test('malware cues: a malware named as such, not its crew', () => {
  assert.deepEqual(nameCues('The new strain, called Glassmoth, encrypts shared drives.', 'Glassmoth'), ['m:malware-named']);
  assert.deepEqual(nameCues('Victims of the Glassmoth ransomware were told to pay.', 'Glassmoth'), ['m:malware-after']);
  assert.deepEqual(nameCues('The Glassmoth ransomware gang leaked the files.', 'Glassmoth'), []);
  // A tool or a thing an intruder leaves, named: not its user.
  assert.deepEqual(nameCues('They used a leaked hacking tool called Glassmoth.', 'Glassmoth'), ['m:malware-named']);
  assert.deepEqual(nameCues('The intruders left a new database named Readme_Now.', 'Readme_Now'), ['m:malware-named']);
  // A crew introduced by the name it goes by is marked as an attacker (the floor of attacker-names.ts).
  assert.deepEqual(nameCues('A crew called Quiet Heron breached the clinic.', 'Quiet Heron'), ['m:introduced']);
});

const draft = (victim, sentences) => ({ victim, others: [], sentences: new Set(sentences), attacker: null, suspected: null });
const name = (n, victim, attacker, sentences) => ({ name: n, victim, attacker, sentences });
const th = { attacker: 0.5, second: 0.3, steal: 0.8 };

test('the likeliest actor is the attacker, a further likely one the suspect; victims and unlikely names never', () => {
  const d = draft('Birchwood Clinic', [0, 1]);
  const names = [name('Birchwood Clinic', 0.9, 0.6, [0]), name('Quiet Heron', 0.1, 0.9, [1]), name('Pale Lynx', 0.05, 0.4, [1]), name('Ferro Labs', 0.1, 0.2, [1])];
  const taken = (n) => n.name === 'Birchwood Clinic';
  assignAttackers([d], names, th, taken);
  assert.equal(d.attacker, 'Quiet Heron');
  assert.equal(d.suspected, 'Pale Lynx');
});

test('a third likely actor beside the attacker or suspect joins the further attackers of a card that holds both', () => {
  const d = draft(null, [0, 1, 2]);
  // Dim Owl scores too low; Grey Kite is named in no sentence with the attacker or the suspect.
  const names = [name('Quiet Heron', 0, 0.9, [0]), name('Pale Lynx', 0, 0.5, [1]), name('Ferro Crew', 0, 0.2, [1]), name('Grey Kite', 0, 0.2, [2]), name('Dim Owl', 0, 0.05, [1])];
  assignAttackers([d], names, { ...th, third: 0.15 }, () => false);
  assert.deepEqual([d.attacker, d.suspected, d.moreAttackers], ['Quiet Heron', 'Pale Lynx', ['Ferro Crew']]);
  const off = draft(null, [0, 1]);
  assignAttackers([off], names, { ...th, third: 2 }, () => false);
  assert.equal(off.moreAttackers, undefined);
});

test('a demonym or a country alone takes no slot when so chosen', () => {
  const names = [name('Quiet Heron', 0, 0.9, [0]), name('Ruritanian', 0, 0.6, [0])];
  const any = draft(null, [0]);
  assignAttackers([any], names, { ...th, demonyms: 'any' }, () => false);
  assert.deepEqual([any.attacker, any.suspected], ['Quiet Heron', 'Ruritanian']);
  const never = draft(null, [0]);
  assignAttackers([never], names, { ...th, demonyms: 'never' }, () => false);
  assert.deepEqual([never.attacker, never.suspected], ['Quiet Heron', null]);
});

test("another name of the card's actor takes no slot of its own when so chosen", () => {
  const names = [{ ...name('Quiet Heron', 0, 0.9, [0]), aliases: ['QH-7'] }, { ...name('QH-7', 0, 0.9, [0]), aliases: ['Quiet Heron'] }, name('Pale Lynx', 0, 0.6, [0])];
  const keep = draft(null, [0]);
  assignAttackers([keep], names, { ...th, aliases: 'keep' }, () => false);
  assert.deepEqual([keep.attacker, keep.suspected], ['Quiet Heron', 'QH-7']);
  const skip = draft(null, [0]);
  assignAttackers([skip], names, { ...th, aliases: 'skip' }, () => false);
  assert.deepEqual([skip.attacker, skip.suspected], ['Quiet Heron', 'Pale Lynx']);
});

test('a frame attacker that is a name stays; a bare noun gives way to the model', () => {
  const named = draft(null, [0]);
  named.attacker = 'Night Owl';
  const bare = draft(null, [5]);
  bare.attacker = 'Hackers';
  assignAttackers([named, bare], [name('Quiet Heron', 0, 0.9, [0]), name('Pale Lynx', 0, 0.8, [5])], th, () => false);
  assert.deepEqual([named.attacker, named.suspected], ['Night Owl', 'Quiet Heron']);
  assert.deepEqual([bare.attacker, bare.suspected], ['Pale Lynx', null]);
});

test('a frame victim the model is sure acted is released; a likely victim is not', () => {
  const d = draft('Quiet Heron', [0]);
  d.others = ['Birchwood Clinic'];
  releaseAttackers([d], [name('Quiet Heron', 0.05, 0.9, [0]), name('Birchwood Clinic', 0.7, 0.5, [0])], th);
  assert.equal(d.victim, null);
  assert.deepEqual(d.others, ['Birchwood Clinic']);
});

test("the gate drops a frame's attacker or suspect the attacker side scores low, keeps a likely one and a phrase no name holds", () => {
  const d = draft(null, [0]);
  [d.attacker, d.suspected] = ['Ferro Labs', 'Quiet Heron'];
  const e = draft(null, [1]);
  e.attacker = 'the crew';
  const names = [name('Ferro Labs', 0.2, 0.01, [0]), name('Quiet Heron', 0, 0.4, [0])];
  gateFrameAttackers([d, e], names, 0.05);
  assert.deepEqual([d.attacker, d.suspected, e.attacker], [null, 'Quiet Heron', 'the crew']);
  d.attacker = 'Ferro Labs';
  gateFrameAttackers([d], names, 0);
  assert.equal(d.attacker, 'Ferro Labs');
  gateFrameAttackers([d], names, 0.05, (x) => x === 'Ferro Labs');
  assert.equal(d.attacker, 'Ferro Labs', 'a name introduced as the name it goes by stays');
});

test('pooling: two likely mentions outrank one, and "best" keeps the best mention', () => {
  const mention = (text, sentence) => ({ start: 0, end: text.length, text, sentence });
  const candidates = [mention('Quiet Heron', 0), mention('Quiet Heron', 2), mention('Pale Lynx', 1)];
  const probs = [[0.1, 0.4], [0.1, 0.4], [0.1, 0.5]];
  const names = [name('Quiet Heron', 0.1, 0.4, [0, 2]), name('Pale Lynx', 0.1, 0.5, [1])];
  assert.deepEqual(pooledAttackers(names, candidates, probs, 'best'), names);
  const [heron, lynx] = pooledAttackers(names, candidates, probs, 'top2');
  assert.ok(Math.abs(heron.attacker - 0.64) < 1e-9 && lynx.attacker === 0.5, `${heron.attacker} ${lynx.attacker}`);
});

test("a vulnerability takes no attacker from the model; a breach of the same article does", () => {
  const { assignRoles, roleThresholdsOf } = requireTs('src/core/incidents/arguments.ts');
  const { newDraft } = requireTs('src/core/incidents/draft.ts');
  const mention = (text, sentence) => ({ start: 0, end: text.length, text, sentence });
  const flaw = { ...newDraft(null, 0), sentences: new Set([0]), modelType: 'vulnerability' };
  const inputs = { candidates: [mention('Quiet Heron', 0)], features: [[]], commonStart: [false] };
  const th = roleThresholdsOf({ attacker: 0.5 });
  assignRoles([flaw], inputs, [[0, 0.9]], th);
  assert.equal(flaw.attacker, null);
  const breach = { ...newDraft(null, 3), sentences: new Set([3]), modelType: 'breach' };
  assignRoles([flaw, breach], inputs, [[0, 0.9]], th);
  assert.deepEqual([flaw.attacker, breach.attacker], [null, 'Quiet Heron']);
});

test('a name charged, arrested or written with an age is marked; a victim that admits a breach or an accuser is not', () => {
  const both = cues('The defendants, Ivo Marsh, 34, and Tal Brent, 27, are alleged to have developed the malware.', 'Ivo Marsh');
  assert.ok(both.includes('a:legal') && both.includes('a:age'), both.join());
  assert.ok(cues('45-year-old Ivo Marsh and 49-year-old Tal Brent have allegedly used the malware.', 'Ivo Marsh').includes('a:legal'));
  assert.ok(cues('Ivo Marsh, a former employee, was arrested in May.', 'Ivo Marsh').includes('a:legal'));
  assert.ok(cues('Ivo Marsh pleaded guilty on Monday.', 'Ivo Marsh').includes('a:legal'));
  assert.ok(!cues('Birchwood Clinic admitted the breach.', 'Birchwood Clinic').includes('a:legal'));
  assert.ok(!cues('The agency accused Ruritania of the hack.', 'Ruritania').includes('a:legal'));
});

test("a demonym in -i is one of a list: a surname or a product's name is not a state", () => {
  assert.ok(cues('Saudi hackers defaced the site.', 'Saudi').includes('a:demonym'));
  assert.ok(!cues('Mirasandi hacked the site.', 'Mirasandi').some((x) => x.startsWith('a:demonym')));
});

test("a threat group's id is marked whatever the sentence says of it", () => {
  assert.deepEqual(nameCues('APT77 registered decoy addresses last month.', 'APT77'), ['m:group-id']);
  assert.deepEqual(nameCues('Researchers linked FIN-12 to the intrusions.', 'FIN-12'), ['m:group-id']);
  assert.deepEqual(nameCues('The TAP4 router was patched.', 'TAP4'), []);
});
