const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');
const { scaling, MAX_RATIO } = require('../support/linear');

// Short invented fixtures: names, outlets and wording are made up for the tests.
const quoteOf = (a, start) => a.quotes.find((q) => q.text.startsWith(start));

test('quote spans exclude the marks and keep offsets exact', () => {
  const text = '“We will rebuild the bridge,” Mayor Dana Whitfield said on Tuesday.';
  const a = analyze(text);
  assert.equal(a.quotes.length, 1);
  const q = a.quotes[0];
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.text, 'We will rebuild the bridge,');
  assert.equal(q.kind, 'direct');
  assert.equal(q.speaker, 'Dana Whitfield');
  assert.equal(q.cue, 'said');
  assert.equal(q.role, 'Mayor');
});

test('a cue-less quote after "she said" stays with the same speaker', () => {
  const text = 'Governor Laura Benning spoke at the fair.\n\n"This is not a small problem," she said in her speech. "It is a serious one. It will cost jobs."';
  const a = analyze(text);
  assert.equal(a.quotes.length, 2);
  assert.equal(a.quotes[0].speaker, 'Laura Benning');
  assert.equal(a.quotes[0].speakerMention.text, 'she');
  assert.equal(a.quotes[1].speaker, 'Laura Benning');
  assert.equal(a.quotes[1].speakerMention, null);
});

test('apposition, outlet spoken to, and surname resolution', () => {
  const text = [
    'Officials met in Denver on Monday.',
    '“Nobody expects a deal this week,” Peter Kowalczyk, a senior fellow at the Brookings Institution, told CNBC.',
    'Kowalczyk added that talks would go on, saying the process was “slow but steady.”',
  ].join('\n\n');
  const a = analyze(text);
  const q1 = quoteOf(a, 'Nobody');
  assert.equal(q1.speaker, 'Peter Kowalczyk');
  assert.equal(q1.outlet, 'CNBC');
  assert.equal(q1.cue, 'told');
  const q2 = quoteOf(a, 'slow');
  assert.equal(q2.kind, 'partial');
  assert.equal(q2.speaker, 'Peter Kowalczyk');
  const person = a.people.find((p) => p.name === 'Peter Kowalczyk');
  assert.ok(person);
  assert.ok(person.mentions.some((m) => m.text === 'Kowalczyk'));
  assert.deepEqual(a.outlets, ['CNBC']);
});

test('a gerund cue takes the subject of the clause; titles are stripped', () => {
  const text = 'According to The Washington Post, Ottawa sent a letter to the suppliers asking them to keep their systems “safe and auditable.”\n\nIn an interview with WSJ, Premier Li Wenhao denied the report, urging partners to “work in good faith.”';
  const a = analyze(text);
  const q1 = quoteOf(a, 'safe');
  assert.equal(q1.speaker, 'Ottawa');
  assert.equal(q1.outlet, 'The Washington Post');
  const q2 = quoteOf(a, 'work');
  assert.equal(q2.speaker, 'Li Wenhao');
  assert.equal(q2.outlet, 'WSJ');
  assert.ok(a.outlets.includes('The Wall Street Journal'));
});

test('straight quotes, doubled apostrophes, inverted cue and pronoun gender', () => {
  const text = 'Maria Okafor and Thomas Reyes debated on Friday.\n\n"The plan is too expensive," said Thomas Reyes.\n\n\'\'We can pay for it,\'\' she said.';
  const a = analyze(text);
  assert.equal(quoteOf(a, 'The plan').speaker, 'Thomas Reyes');
  const q = quoteOf(a, 'We can');
  assert.equal(q.text, 'We can pay for it,');
  assert.equal(q.speaker, 'Maria Okafor');
});

test('titles of shows are not quotes; a run-on quote continues across paragraphs', () => {
  const text = 'Budget talks resume\n\nSenator Ruth Calloway appeared on “Morning Desk.”\n\n“The first thing is budgets. We have none.\n\n“The second thing is staff,” Calloway said.';
  const a = analyze(text);
  assert.equal(a.quotes.some((q) => q.text.startsWith('Morning')), false);
  assert.equal(quoteOf(a, 'The first').speaker, 'Ruth Calloway');
  assert.equal(quoteOf(a, 'The second').speaker, 'Ruth Calloway');
});

test('quotation-mark pairing stays linear on a large document', () => {
  const para = '“Quoted words here,” Jane Holloway said. Some text without marks follows, and an unmatched “ mark.\n\n';
  const { large, ratio } = scaling(para, 1000, analyze);
  assert.ok(large.result.quotes.length >= 4000);
  assert.ok(ratio < MAX_RATIO, `4× the text cost ${ratio.toFixed(1)}× the CPU time`);
});

test('party tags, several appositions and modifiers before an inverted name', () => {
  const text = [
    'Lawmakers returned on Tuesday.',
    '“The vote will pass,” Senate Majority Leader Walter Brennan, R-Ore., said Tuesday.',
    '“It is an intrusion, in our view, on state authority,” Nadia Petrov, the attorney general of Vermont, one of the states suing the agency, said at an event.',
    '“They are simply wrong,” said flood survivor Carla Jimenez.',
  ].join('\n\n');
  const a = analyze(text);
  assert.equal(quoteOf(a, 'The vote').speaker, 'Walter Brennan');
  assert.equal(quoteOf(a, 'It is an').speaker, 'Nadia Petrov');
  assert.equal(quoteOf(a, 'They are').speaker, 'Carla Jimenez');
});

test('a name right before a gerund cue speaks; a later clause cue does not', () => {
  const text = 'The ad shows footage of Oliver Grant saying, “That makes me rich,” when Helen Park criticized him.';
  const a = analyze(text);
  assert.equal(quoteOf(a, 'That makes').speaker, 'Oliver Grant');
});

test('a description resolves to the person whose title it names', () => {
  const text = 'Mayor Gloria Vance toured the site with Ben Ortiz.\n\n“We will rebuild,” the mayor said.';
  const a = analyze(text);
  assert.equal(quoteOf(a, 'We will').speaker, 'Gloria Vance');
});

test('initials and "Del." do not end a sentence; a title stops the name before "of"', () => {
  const a = analyze('The board met on Friday. “This is a sad day,” said Rep. T.J. Harrow (D-X.Y.), head of the caucus. “We are angry.”');
  assert.equal(quoteOf(a, 'This is').speaker, 'T.J. Harrow');
  assert.equal(quoteOf(a, 'We are').speaker, 'T.J. Harrow');
  const b = analyze('The panel voted. "This is a waste of time," said Del. Nora Quillfeather of the Example Islands.');
  assert.equal(b.quotes[0].speaker, 'Nora Quillfeather');
  assert.equal(analyze('He moved to the U.K. It was cold there.').quotes.length, 0);
});

test('a cue-less quote after a colon belongs to the person before it; "…,” adding that" keeps the earlier cue', () => {
  const a = analyze('Worried about turnout, Mayor Dana Whitfield has a new message: "It is about me." The mayor spoke for an hour.');
  assert.equal(a.quotes[0].speaker, 'Dana Whitfield');
  const b = analyze('In a statement, Corvane said: "The mine was highly successful," adding that its market value doubled.');
  assert.equal(b.quotes[0].speaker, 'Corvane');
});

test('a compass word or a saint first makes a place, not a person a pronoun could mean', () => {
  const a = analyze('Tom Arkwright runs the mine. He hopes states, led by West Arcadia, will pay. "Coal is not the villain," he said.');
  assert.deepEqual(a.people.map((p) => p.name), ['Tom Arkwright']);
  assert.equal(a.quotes[0].speaker, 'Tom Arkwright');
  assert.equal(analyze('She moved to St. Albans in May.').people.length, 0);
});

test('a pronoun after a quote: the subject of the sentence before, and the right one of two people sharing a surname', () => {
  const a = analyze('Host Carl Matthews praised the debate. “It was a clear win,” Matthews said. Dan Ollery agreed with Matthews about the winner. “It was a rout,” he wrote.');
  assert.equal(quoteOf(a, 'It was a rout').speaker, 'Dan Ollery');
  const b = analyze('Senator John Cruz and his wife, Jane Cruz, arrived. Cruz said he was tired. "The day was long," he said.');
  assert.equal(b.quotes[0].speaker, 'John Cruz');
});

test('a gendered first name before a surname that is also a town makes a person a pronoun can mean', () => {
  const a = analyze('Carl Bolton spoke at the forum about the mayor. “The choice is clear,” said Bolton. “Her record is misunderstood,” he continued.');
  assert.ok(a.people.some((p) => p.name === 'Carl Bolton'));
  assert.equal(quoteOf(a, 'Her record').speaker, 'Carl Bolton');
});
