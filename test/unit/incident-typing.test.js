// The type decision (src/core/incidents/typing.ts) through analyze(): generic talk about a kind of attack, and the
// word "vulnerability" as a figure of speech in political or economic news, make no incident.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const typesOf = (text) => analyze(text).incidents.map((i) => i.type).sort();

test('generic talk about ransomware makes no ransomware incident', () => {
  const text =
    'Ransomware gangs increasingly target hospitals, security experts warn. ' +
    'Criminal groups could lock patient records and demand payment in bitcoin if hospitals fail to patch their systems.';
  assert.deepEqual(typesOf(text), []);
});

test('a country\'s "vulnerability" in economic news is not a vulnerability incident', () => {
  const text =
    'The peso fell again on Tuesday as investors weighed the election. "That is the country\'s vulnerability," said an ' +
    'economist who heads a research center in the capital. Its economy relies on exports to its northern neighbour, and ' +
    'traders posted their worries online.';
  assert.deepEqual(typesOf(text), []);
});

test('a breach whose own later sentence tells how it began ("a phishing email") stays one breach', () => {
  const text =
    'Acme Health said on Tuesday that hackers had accessed the records of 2.1 million patients during a breach that ' +
    'went undetected for weeks. The intrusion began in March, according to a notice filed with regulators. ' +
    '"We regret the concern this incident causes," the chief executive said. A security researcher said the attackers ' +
    "appeared to have used a phishing email to steal an employee's password.";
  const incidents = analyze(text).incidents;
  assert.deepEqual(incidents.map((i) => i.type), ['breach']);
  assert.equal(incidents[0].victim, 'Acme Health');
});

/** An invented breach story's opening (its phishing tale or advice follows). */
const CREDIT_UNION_BREACH = 'Marlow Credit Union said on Monday that attackers had accessed the accounts of 48,000 members in a data breach discovered last month.';

test('a breach that began with a phishing email the article tells as having happened is two cards: the phishing and the breach', () => {
  const text =
    CREDIT_UNION_BREACH +
    ' The breach began when an employee opened a phishing email that posed as a message from the ' +
    'payroll provider and typed her password into a fake login page. The attackers then used the stolen password to ' +
    'reach a database of member names, account numbers and home addresses. The credit union said it had notified ' +
    'regulators and reset every staff password.';
  const incidents = analyze(text).incidents;
  assert.deepEqual(incidents.map((i) => [i.type, i.victim]).sort(), [['breach', 'Marlow Credit Union'], ['phishing', 'Marlow Credit Union']]);
  const [breach, phishing] = ['breach', 'phishing'].map((t) => incidents.find((i) => i.type === t));
  // The breach keeps its records; the phishing card's label and type agree.
  assert.ok(breach.records.length > 0);
  assert.deepEqual(phishing.records, []);
  assert.match(phishing.label, /phishing/i);
});

test('advice about phishing in a breach story makes no phishing card', () => {
  const text =
    CREDIT_UNION_BREACH +
    ' The attackers reached a database of member names, account numbers and home addresses. ' +
    'Security experts advise staff never to click a link in an email they did not expect, and to report any phishing ' +
    'message to the IT desk. The credit union said it had notified regulators.';
  assert.deepEqual(typesOf(text), ['breach']);
});

test('the seed article reports one breach of Harbor Valley Health, not a phishing incident beside a second breach', () => {
  const text = require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '..', 'samples', 'harbor-health-breach.txt'), 'utf8');
  const incidents = analyze(text).incidents;
  assert.deepEqual(incidents.map((i) => [i.type, i.victim]), [['breach', 'Harbor Valley Health']]);
});

test('a patch release with no word of hacking is a vulnerability incident', () => {
  const text =
    'Users of the Velora content manager are being urged to update their sites to fix a number of serious bugs. ' +
    'The update, Velora 4.2.1, addresses six flaws and was issued on Thursday, a week after version 4.2 came out. ' +
    'Three of the bugs fixed in the release are cross-site scripting vulnerabilities that let an attacker run code in a visitor\'s browser. ' +
    'Sites that cannot move to the new branch should install the 4.1.9 security update, which patches the same flaws.';
  assert.deepEqual(typesOf(text), ['vulnerability']);
});

test('"scam" and "vulnerability" in campaign news make no phishing incident', () => {
  const text =
    'The senator called his rival "a fraud and a scam artist" at a rally on Tuesday, and said voters had paid ' +
    'dearly. Aides said the remark showed his own vulnerability with older voters, who read the news online. ' +
    'The campaign posted a video of the rally on its website.';
  assert.deepEqual(typesOf(text), []);
});

test('the flaw a breach came through is a vulnerability incident beside it, though no sentence reaches the vulnerability threshold', () => {
  // The second sentence scores about 0.5 for vulnerability (threshold 0.6): the shipped secondary bar (0.2) lets it
  // start an incident beside the breach that holds it; without that bar the article gives the breach alone.
  const text =
    'Hackers stole the names and passwords of 20,000 players from the Northwind Games forum in May. ' +
    'The company said the hackers had broken in by exploiting a vulnerability in its forum software.';
  assert.deepEqual(typesOf(text), ['breach', 'vulnerability']);
});
