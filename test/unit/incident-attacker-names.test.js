// The name-level attacker decision (src/core/incidents/attacker-names.ts): one set of features per distinct name,
// pooled over its mentions, and the name model's probability in place of the best mention's.
const test = require('node:test');
const assert = require('node:assert/strict');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { attackerNameFeatures, mentionsOf, modelAttackers } = requireTs('src/core/incidents/attacker-names.ts');
const { attackerNameCues } = requireTs('src/core/incidents/attackers.ts');
const { loadLinear, bucketOf } = requireTs('src/core/learn/linear.ts');

/** The exact attacker cues of name `n` in `sentence`. */
const cues = (sentence, n) => {
  const at = sentence.indexOf(n);
  return attackerNameCues({ start: at, end: at + n.length, text: n, sentence: 0 }, { start: 0, end: sentence.length, text: sentence });
};
const mention = (text, sentence) => ({ start: 0, end: text.length, text, sentence });
const name = (n, victim, attacker, sentences) => ({ name: n, victim, attacker, sentences });

test("a name's features pool its mentions' probabilities and cues, and read its shape", () => {
  const candidates = [mention('Quiet Heron Team', 0), mention('Birchwood Clinic', 0), mention('Quiet Heron Team', 2)];
  const features = [['a:alias', 'cw=quiet'], ['a:victim-way'], ['a:claimed', 'shape=caps']];
  const probs = [[0.1, 0.6], [0.8, 0.1], [0.05, 0.5]];
  const heron = name('Quiet Heron Team', 0.1, 0.6, [0, 2]);
  assert.deepEqual(mentionsOf(heron, candidates), [0, 2]);
  const f = attackerNameFeatures(heron, [0, 2], features, probs);
  for (const x of ['pa=6', 'p2=8', 'pm=5', 'pv=1', 'av=a', 'm=2', 's=2', 'n:group', 'u:a:alias', 'u:a:claimed', 'u:shape=caps', 'na=2']) assert.ok(f.includes(x), `${x} in ${f.join()}`);
  assert.ok(!f.includes('u:cw=quiet') && !f.includes('u:a:victim-way'), f.join());
  const apt = attackerNameFeatures(name('APT-41', 0, 0, [1]), [], [], []);
  for (const x of ['n:digit', 'n:hyphen', 'n:caps', 'n:apt', 'n:handle', 'pa=0', 'm=0']) assert.ok(apt.includes(x), `${x} in ${apt.join()}`);
});

test("the name model's attacker probability replaces the best mention's", () => {
  const bits = 8;
  // A model that knows one cue: a name introduced by the name it goes by is an attacker.
  const model = loadLinear({ schema: 'policy-lens/linear-model', version: 1, name: 't', bits, classes: ['none', 'attacker'], bias: [1, -1], weights: { [bucketOf('u:a:alias', bits)]: [-2, 2] } });
  const candidates = [mention('Quiet Heron', 0), mention('Birchwood Clinic', 1)];
  const names = [name('Quiet Heron', 0.1, 0.2, [0]), name('Birchwood Clinic', 0.7, 0.3, [1])];
  const [heron, clinic] = modelAttackers(names, candidates, [['a:alias'], ['a:victim-way']], [[0.1, 0.2], [0.7, 0.3]], model);
  assert.ok(heron.attacker > 0.7 && clinic.attacker < 0.2, `${heron.attacker} ${clinic.attacker}`);
  assert.equal(heron.victim, 0.1);
});

test("a malware's name is no attacker, whatever the model says; a crew of the same name still is", () => {
  const bits = 8;
  const model = loadLinear({ schema: 'policy-lens/linear-model', version: 1, name: 't', bits, classes: ['none', 'attacker'], bias: [-1, 1], weights: {} });
  const candidates = [mention('Glassmoth', 0), mention('Glassmoth', 1), mention('Quiet Heron', 2), mention('Quiet Heron', 3)];
  const names = [name('Glassmoth', 0, 0.6, [0, 1]), name('Quiet Heron', 0, 0.6, [2, 3])];
  const features = [['m:malware-after'], ['a:acts'], ['m:malware-named'], ['a:actor-after']];
  const [glassmoth, heron] = modelAttackers(names, candidates, features, [[0, 0.6], [0, 0.6], [0, 0.6], [0, 0.6]], model);
  assert.equal(glassmoth.attacker, 0);
  assert.ok(heron.attacker > 0.5, String(heron.attacker));
  // A threat group id's prefix cut from its number ("APT" of "APT 28") is a fragment, not a name.
  const [apt] = modelAttackers([name('APT', 0, 0.6, [4])], [mention('APT', 4)], [['a:actor-after']], [[0, 0.6]], model);
  assert.equal(apt.attacker, 0);
});

test('two names of one actor ("X, also known as Y") each know the other', () => {
  const model = loadLinear({ schema: 'policy-lens/linear-model', version: 1, name: 't', bits: 8, classes: ['none', 'attacker'], bias: [1, -1], weights: {} });
  const candidates = [mention('Quiet Heron', 0), mention('QH-7', 0), mention('Pale Lynx', 1)];
  const names = [name('Quiet Heron', 0, 0.6, [0]), name('QH-7', 0, 0.1, [0]), name('Pale Lynx', 0, 0.5, [1])];
  const [heron, qh, lynx] = modelAttackers(names, candidates, [['m:alias-next'], ['m:alias-prev'], []], [[0, 0.6], [0, 0.1], [0, 0.5]], model);
  assert.deepEqual([heron.aliases, qh.aliases, lynx.aliases], [['QH-7'], ['Quiet Heron'], undefined]);
});

test('a name introduced or listed as an attacker by an exact pattern is marked; a malware or a victim is not', () => {
  const cases = [
    ['A hacker group called the Quiet Heron Team is thought to be behind the attack.', 'Quiet Heron Team', 'm:introduced'],
    ["The hackers, who identified themselves as 'Pale Lynx', demanded $75,000.", 'Pale Lynx', 'm:introduced'],
    ['The data was leaked by a hacker going by the pseudonym "Velvetfox", who demanded a ransom.', 'Velvetfox', 'm:introduced'],
    ['Last year, the hacker operating under the name DarkMarten attacked clinics.', 'DarkMarten', 'm:introduced'],
    ['Quiet Heron, a hacking group believed to be behind the leak, posted the files.', 'Quiet Heron', 'm:introduced'],
    ['Pale Lynx claimed responsibility for the attack on Monday.', 'Pale Lynx', 'm:introduced'],
    ['Hacking groups such as Quiet Heron, Pale Lynx and Velvetfox were responsible for the leaks.', 'Velvetfox', 'm:listed'],
    ['Hacking groups such as Quiet Heron, Pale Lynx and Velvetfox were responsible for the leaks.', 'Pale Lynx', 'm:listed'],
    ['On Monday, another notorious group, DarkMarten, ran a similar campaign.', 'DarkMarten', 'm:listed'],
    ['Prosecutors charged two hackers — Ivo Marsh and Tal Brent — with the theft.', 'Tal Brent', 'm:listed'],
    ['The defendants, Ivo Marsh, 34, and Tal Brent, 27, are alleged to have developed it.', 'Tal Brent', 'm:listed'],
    ['Researchers found a new ransomware variant called Glassmoth that hackers can buy.', 'Glassmoth', null],
    ['Birchwood Clinic said the hackers stole records.', 'Birchwood Clinic', null],
    ['The hackers, who breached Birchwood Clinic and Elm Bank, sold the data.', 'Elm Bank', null],
  ];
  for (const [sentence, n, cue] of cases) {
    const got = cues(sentence, n).filter((x) => x === 'm:introduced' || x === 'm:listed');
    assert.deepEqual(got, cue ? [cue] : [], `${n}: ${sentence}`);
  }
});

test('a name introduced as an attacker has at least the floor, when one is set', () => {
  const bits = 8;
  const model = loadLinear({ schema: 'policy-lens/linear-model', version: 1, name: 't', bits, classes: ['none', 'attacker'], bias: [2, -2], weights: {} });
  const candidates = [mention('Quiet Heron', 0), mention('Birchwood Clinic', 1)];
  const names = [name('Quiet Heron', 0, 0.1, [0]), name('Birchwood Clinic', 0.7, 0.1, [1])];
  const features = [['m:introduced'], ['a:victim-way']];
  const probs = [[0, 0.1], [0.7, 0.1]];
  const [off] = modelAttackers(names, candidates, features, probs, model);
  assert.ok(off.attacker < 0.1, String(off.attacker));
  const [heron, clinic] = modelAttackers(names, candidates, features, probs, model, { introduced: 0.5 });
  assert.equal(heron.attacker, 0.5);
  assert.ok(clinic.attacker < 0.1, String(clinic.attacker));
  // A threat group's id has the same floor, with no cue around it.
  const [group] = modelAttackers([name('APT77', 0, 0.1, [0])], [mention('APT77', 0)], [['m:group-id']], [[0, 0.1]], model, { introduced: 0.5 });
  assert.equal(group.attacker, 0.5);
});

test("a name written as the owner of what was taken is no attacker; a crew's own name is", () => {
  assert.deepEqual(cues("Hackers posted Birchwood Clinic's leaked patient files online.", 'Birchwood Clinic'), ['m:possessed']);
  const model = loadLinear({ schema: 'policy-lens/linear-model', version: 1, name: 't', bits: 8, classes: ['none', 'attacker'], bias: [-1, 1], weights: {} });
  const candidates = [mention('Birchwood Clinic', 0), mention('Quiet Heron', 1), mention('Quiet Heron', 2)];
  const names = [name('Birchwood Clinic', 0.2, 0.6, [0]), name('Quiet Heron', 0, 0.6, [1, 2])];
  const features = [['m:possessed', 'a:acts'], ['m:possessed'], ['a:actor-after']];
  const [clinic, heron] = modelAttackers(names, candidates, features, [[0.2, 0.6], [0, 0.6], [0, 0.6]], model);
  assert.equal(clinic.attacker, 0);
  assert.ok(heron.attacker > 0.5, String(heron.attacker));
});
