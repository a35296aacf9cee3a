// Victim decisions of src/core/incidents (victims.ts, arguments.ts): names that are never a victim, a common word
// opening its sentence, a vulnerability's vendor withheld, and the veto of a frame victim the role model rejects.
const test = require('node:test');
const assert = require('node:assert/strict');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { notVictimName, commonAtStart } = requireTs('src/core/incidents/victims.ts');
const { assignRoles, roleThresholdsOf } = requireTs('src/core/incidents/arguments.ts');
const { newDraft } = requireTs('src/core/incidents/draft.ts');

test('a nationality word, an adjective built on a name and a titled person are never victims', () => {
  for (const name of ['Russian', 'Chinese', 'Russian-speaking', 'Contoso-based', 'CEO Jane Roe']) assert.equal(notVictimName(name), true, name);
  for (const name of ['Contoso', 'Contoso Health', 'Fabrikam Bank', 'Northwind Mutual Insurance']) assert.equal(notVictimName(name), false, name);
});

test('a place alone, a generic technical term and a dateline run into a name are never victims', () => {
  for (const name of ['Ontario', 'U.K.', 'UK', 'South America', 'North Korea', 'FTP', 'PHI', 'W-2', 'Internet of Things', 'Internet-of-Things', 'Things', 'C&C', 'Android', 'iOS', 'BOSTON — The Contoso Clinic']) assert.equal(notVictimName(name), true, name);
  for (const name of ['City of Boston', 'Boston Medical Center', 'Ontario Lottery', 'Contoso FTP Services', 'Contoso Clinic']) assert.equal(notVictimName(name), false, name);
});

test('a common word opening its sentence is not a name; a name opening it is', () => {
  assert.equal(commonAtStart('Once', 'Once inside, the attackers encrypted the files.'), true);
  assert.equal(commonAtStart('Details', 'Details of the breach remain unclear.'), true);
  assert.equal(commonAtStart('Contoso', 'Contoso said the breach was contained.'), false);
  assert.equal(commonAtStart('Once', 'The group struck Once Mall last week.'), false);
  // One mention: the opening one only.
  const twice = ' Once inside, the attackers struck Once Mall.';
  assert.equal(commonAtStart('Once', twice, twice.indexOf('Once')), true);
  assert.equal(commonAtStart('Once', twice, twice.lastIndexOf('Once')), false);
});

const draft = (victim, type, sentence) => {
  const d = newDraft(victim, sentence);
  d.triggers.push({ sentence, sentenceStart: 0, start: 0, end: 4, text: type, type, strength: 'strong', victim, victimEnd: null, anaphoric: false });
  d.sentences.add(sentence);
  d.modelType = type;
  return d;
};
const inputs = (names) => ({
  candidates: names.map(([text, sentence]) => ({ start: 0, end: text.length, text, sentence })),
  features: names.map(() => []),
  commonStart: names.map(() => false),
});

test('a vulnerability reports no victim, and its vendor is no other incident\'s', () => {
  const vuln = draft('Contoso', 'vulnerability', 0);
  const breach = draft(null, 'breach', 1);
  assignRoles([vuln, breach], inputs([['Contoso', 0]]), [[0.9, 0.05]], roleThresholdsOf({ victim: 0.4 }));
  assert.equal(vuln.victim, null);
  assert.deepEqual(vuln.withheld, ['Contoso']);
  assert.equal(breach.victim, null);
});

test('a frame victim the role model rejects is dropped, and a likelier name takes its place', () => {
  const run = (veto) => {
    const d = draft('Fabrikam', 'breach', 0);
    assignRoles([d], inputs([['Fabrikam', 0], ['Contoso Health', 0]]), [[0.05, 0.1], [0.8, 0.05]], roleThresholdsOf({ victim: 0.4, veto }));
    return d.victim;
  };
  assert.equal(run(0), 'Fabrikam');
  assert.equal(run(0.1), 'Contoso Health');
});

test('a frame victim written after its trigger word is kept whatever the role model scores', () => {
  const run = (where, victimEnd = null) => {
    const d = draft('Fabrikam', 'breach', 0);
    d.triggers[0].victimEnd = victimEnd;
    const c = inputs([['Fabrikam', 0], ['Contoso Health', 1]]);
    c.candidates[0] = { start: where, end: where + 8, text: 'Fabrikam', sentence: 0 };
    assignRoles([d], c, [[0.05, 0.1], [0.8, 0.05]], roleThresholdsOf({ victim: 0.4, veto: 0.1 }));
    return d.victim;
  };
  assert.equal(run(10), 'Fabrikam', 'named after the trigger ("the attack compromised Fabrikam customers\' data")');
  assert.equal(run(0, 30), 'Fabrikam', 'a frame that reads the victim after the trigger ("attack on Fabrikam")');
  assert.equal(run(0), 'Contoso Health', 'named before the trigger only ("Fabrikam said ... breach")');
});

test('with refill off, an incident whose frame victim was vetoed stays without one', () => {
  const run = (refill) => {
    const d = draft('Fabrikam', 'breach', 0);
    assignRoles([d], inputs([['Fabrikam', 0], ['Contoso Health', 0]]), [[0.05, 0.1], [0.8, 0.05]], roleThresholdsOf({ victim: 0.4, veto: 0.1, refill }));
    return [d.victim, d.withheld];
  };
  assert.deepEqual(run(true), ['Contoso Health', ['Fabrikam']]);
  assert.deepEqual(run(false), [null, ['Fabrikam']]);
});

test('a phishing incident takes a model victim only at its own bar, and its frame victims face its own veto', () => {
  const fill = (victimPhishing, type) => {
    const d = draft(null, type, 0);
    assignRoles([d], inputs([['Contoso Health', 0]]), [[0.7, 0.05]], roleThresholdsOf({ victim: 0.4, victimPhishing }));
    return d.victim;
  };
  assert.equal(fill(undefined, 'phishing'), 'Contoso Health', 'the common bar by default');
  assert.equal(fill(0.8, 'phishing'), null);
  assert.equal(fill(0.8, 'breach'), 'Contoso Health', 'other kinds keep the common bar');
  const veto = (vetoPhishing, type) => {
    const d = draft('Fabrikam', type, 0);
    d.triggers[0].victimEnd = 20; // named after the trigger ("a phishing email posing as Fabrikam")
    assignRoles([d], inputs([['Fabrikam', 0]]), [[0.3, 0.05]], roleThresholdsOf({ victim: 0.4, victimPhishing: 2, vetoPhishing }));
    return d.victim;
  };
  assert.equal(veto(0, 'phishing'), 'Fabrikam');
  assert.equal(veto(0.5, 'phishing'), null);
  assert.equal(veto(0.5, 'breach'), 'Fabrikam');
});

test('a ransomware incident has its own veto of the frame victims written before its trigger', () => {
  const veto = (vetoRansomware, type, victimEnd = null) => {
    const d = draft('Fabrikam', type, 0);
    d.triggers[0].victimEnd = victimEnd;
    assignRoles([d], inputs([['Fabrikam', 0]]), [[0.08, 0.01]], roleThresholdsOf({ victim: 0.4, veto: 0.05, vetoRansomware }));
    return [d.victim, d.withheld ?? []];
  };
  assert.deepEqual(veto(0, 'ransomware'), ['Fabrikam', []]);
  assert.deepEqual(veto(0.1, 'ransomware'), [null, ['Fabrikam']]);
  assert.deepEqual(veto(0.1, 'breach'), ['Fabrikam', []], 'other kinds keep the common veto');
  assert.deepEqual(veto(0.1, 'ransomware', 20), ['Fabrikam', []], 'named after the trigger ("a ransomware attack on Fabrikam"): kept');
});

test('a name written only in a pointer to another story is neither victim nor attacker of this one', () => {
  const { roleInputs } = requireTs('src/core/incidents/arguments.ts');
  const { segment } = requireTs('src/core/text.ts');
  const { units } = requireTs('src/core/incidents/index.ts');
  const { extractEntities } = requireTs('src/core/entities.ts');
  const give = (text) => {
    const doc = segment(text);
    const inputs = roleInputs(text, units(doc), extractEntities(doc));
    const d = draft(null, 'breach', 0);
    // The role model's scores held fixed: every name looks like a victim, the pointer's the most.
    const probs = inputs.candidates.map((c) => (/Northwind/.test(c.text) ? [0.95, 0.01] : [0.6, 0.01]));
    assignRoles([d], inputs, probs, roleThresholdsOf({ victim: 0.4 }));
    return d.victim;
  };
  assert.equal(give('Hackers breached Contoso Health last week (see Northwind Downsizes Its Estimate).'), 'Contoso Health');
  assert.equal(give('Hackers breached Contoso Health last week (see the Northwind Report).'), 'Contoso Health');
  assert.equal(give('Hackers breached Contoso Health last week, and Northwind Bank said it was hit too.'), 'Northwind Bank', 'outside a pointer the name stays');
  // Nor is it the attacker when the model takes it for one.
  const attacker = (text) => {
    const doc = segment(text);
    const inputs = roleInputs(text, units(doc), extractEntities(doc));
    const d = draft('Contoso Health', 'breach', 0);
    const probs = inputs.candidates.map((c) => (/Northwind/.test(c.text) ? [0.05, 0.9] : [0.9, 0.01]));
    assignRoles([d], inputs, probs, roleThresholdsOf({ victim: 0.4, attacker: 0.5 }));
    return d.attacker;
  };
  assert.equal(attacker('Hackers breached Contoso Health last week (see Northwind Group Claims Another Hack).'), null);
  assert.equal(attacker('Hackers breached Contoso Health last week, and the Northwind Group claimed the hack.'), 'Northwind Group');
});

test('a phishing campaign aimed at an organisation names it; one aimed at a brand\'s users does not make the brand a victim', () => {
  const { analyze } = requireTs('src/core/index.ts');
  const victims = (text) => analyze(text).incidents.filter((i) => i.type === 'phishing').map((i) => i.victim);
  assert.deepEqual(victims('A phishing campaign targeted employees of Fernhill University last week, sending emails that posed as the payroll office.'), ['Fernhill University']);
  assert.deepEqual(victims('A phishing campaign targeted Contoso Mutual last week, the insurer said.'), ['Contoso Mutual']);
  assert.deepEqual(victims('A phishing campaign targeted Fabrikam users last week, researchers said.'), [null]);
  // Still vetoed as before: the brand a lure imitates.
  assert.deepEqual(victims('A phishing email posing as Fabrikam stole hundreds of passwords last week.'), [null]);
});

test('what an attack shut down or disrupted, then where: the victim', () => {
  const { findVictim } = requireTs('src/core/incidents/victims.ts');
  const { collectLowerWords } = requireTs('src/core/incidents/phrases.ts');
  const { tokenize } = requireTs('src/core/incidents/sentence-tokens.ts');
  const frame = (text) => {
    const at = text.indexOf('attack');
    const s = { text, start: 0, end: text.length, paragraph: 0 };
    return findVictim(s, tokenize(text), at, at + 6, 'attack', collectLowerWords(text), false)?.name ?? null;
  };
  assert.equal(frame('A ransomware attack has shut down computers at all 14 schools in the Kestrel Unified School District, the district said.'), 'Kestrel Unified School District');
  assert.equal(frame('A ransomware attack disrupted billing at Ormsby Water Authority on Saturday.'), 'Ormsby Water Authority');
  assert.equal(frame('A ransomware attack disrupted billing, and staff in Ormsby went home.'), null, 'not across a clause break');
  assert.equal(frame('A ransomware attack disrupted billing at the Ormsby water utility on Saturday.'), 'Ormsby water utility', 'the kind of body after a place');
  assert.equal(frame('A ransomware attack on Ormsby school district computers began on Monday.'), 'Ormsby school district');
});

test('a pronoun in the victim slot gives it to the sentence subject; what was taken from a name past a count', () => {
  const { findVictim } = requireTs('src/core/incidents/victims.ts');
  const { collectLowerWords } = requireTs('src/core/incidents/phrases.ts');
  const { tokenize } = requireTs('src/core/incidents/sentence-tokens.ts');
  const frame = (text, word) => {
    const at = text.indexOf(word);
    const s = { text, start: 0, end: text.length, paragraph: 0 };
    return findVictim(s, tokenize(text), at, at + word.length, word, collectLowerWords(text), true)?.name ?? null;
  };
  assert.equal(frame('Fabrikam Shipping said on Tuesday that hackers had stolen the personal data of 120,000 customers from its booking servers.', 'stolen'), 'Fabrikam Shipping');
  assert.equal(frame('Contoso Bank, a regional lender, said that its network was breached last month.', 'breached'), 'Contoso Bank');
  assert.equal(frame('Hackers stole the records of 52,310 patients from Contoso Clinic in May.', 'stole'), 'Contoso Clinic', 'a count with a comma before "from"');
  assert.equal(frame('Hackers stole data, and Contoso Clinic said its staff were told.', 'stole'), null, 'no pronoun slot: not across a clause break');
});

test('with several incidents, a model victim is named within the window of sentences from an incident\'s own', () => {
  const run = (window) => {
    const a = draft(null, 'breach', 0);
    const b = draft('Fabrikam', 'breach', 5);
    assignRoles([a, b], inputs([['Contoso Health', 1]]), [[0.8, 0.05]], roleThresholdsOf({ victim: 0.4, window }));
    return a.victim;
  };
  assert.equal(run(undefined), 'Contoso Health', 'one sentence by default');
  assert.equal(run(0), null, 'only its own sentences');
});

test('a learned incident without a victim takes the one victim its article names', () => {
  const breach = draft('Contoso Clinic', 'breach', 1);
  const phishing = draft(null, 'phishing', 0);
  phishing.learned = true;
  assignRoles([breach, phishing], inputs([['Contoso Clinic', 1]]), [[0.9, 0.05]], roleThresholdsOf({ victim: 0.4, victimPhishing: 2 }));
  assert.equal(phishing.victim, 'Contoso Clinic');
  const other = draft('Fabrikam', 'breach', 2);
  const lone = draft(null, 'phishing', 0);
  lone.learned = true;
  assignRoles([draft('Contoso Clinic', 'breach', 1), other, lone], inputs([['Contoso Clinic', 1], ['Fabrikam', 2]]), [[0.9, 0.05], [0.9, 0.05]], roleThresholdsOf({ victim: 0.4, victimPhishing: 2 }));
  assert.equal(lone.victim, null, 'two victims: which one is not known');
});

test('an organisation whose officials speak of an attack on it is its victim; a firm saying so of ransomware in general is not', () => {
  const { analyze } = requireTs('src/core/index.ts');
  const victims = (text) => analyze(text).incidents.map((i) => `${i.type}:${i.victim}`);
  assert.deepEqual(victims('Brackwater city officials said on Monday that a ransomware attack had locked about 900 municipal computers.'), ['ransomware:Brackwater']);
  assert.deepEqual(victims('Fabrikam Water Authority officials said a data breach had exposed the records of 4,000 customers.'), ['breach:Fabrikam Water Authority']);
  assert.deepEqual(victims('Contoso said 60 percent of the ransomware variants it saw last year were new, a trend it expects to continue.').filter((v) => v !== 'ransomware:null'), []);
});

test('a place is no victim, but a town the article writes as one is', () => {
  const { analyze } = requireTs('src/core/index.ts');
  const victims = (text) => analyze(text).incidents.map((i) => `${i.type}:${i.victim}`);
  assert.deepEqual(victims('A ransomware attack has crippled computer systems in the city of Fresno, officials said on Thursday. The attackers demanded $50,000 in bitcoin. Fresno has not said whether it will pay.'), ['ransomware:Fresno']);
  assert.deepEqual(victims('A ransomware attack crippled computers at a hospital in Fresno on Thursday, police said. The attackers demanded $50,000 in bitcoin. Fresno police are investigating.'), ['ransomware:null']);
});
