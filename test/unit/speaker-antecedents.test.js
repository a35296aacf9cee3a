// Who "he" and "she" stand for (#16): a title's gender keeps a surname apart from a namesake of the other gender,
// whoever spoke the sentence before outranks its subject, and a surname that is also a town speaks as the person
// named in full before it; the one a cue addresses ("he told X") is not its speaker.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const speakers = (text) => analyze(text).quotes.map((q) => q.speaker);

test('"Mrs. Roe" is not the John Roe named before her', () => {
  const text = 'Roe family. Former Governor John Roe campaigned in Ohio on Monday.\n\n' +
    'But Mrs. Roe has also had to answer for parts of her husband\'s record. "We don\'t need any more of that," she has said.';
  const [speaker] = speakers(text);
  assert.notEqual(speaker, 'John Roe');
  assert.equal(speaker, 'Roe');
});

test('the speaker of the sentence before, not its subject, says the next "he said" quote', () => {
  const text = 'Vance speaks. Carl Vance spoke in the mill town about Tom Beck.\n\n' +
    '"No nominee has known less," said Vance, who served for 36 years.\n\n' +
    'The nominee has made a big play for the state.\n\n' +
    'But errors have handed Ada Moss a wide lead in the polls. She is up 9 points to 40 percent for Beck, according to the average.\n\n' +
    'Beck\'s plan to cut the garrison had put the lives of the troops at risk, Vance said.\n\n' +
    '"If my son were still there, the threat has gone up," he said.';
  assert.deepEqual(speakers(text), ['Carl Vance', 'Carl Vance']);
});

test('a surname that is also a town speaks as the person named in full ("said Hampton")', () => {
  const text = 'Talks. Former Ambassador Harold Hampton and Dr. Omar Reyes spoke to Ted Lang on Thursday.\n\n' +
    '"I have always said that the treaty was weak," said Hampton.\n\n' +
    '"One of the things that is misunderstood is where she stands," he continued.';
  assert.deepEqual(speakers(text), ['Harold Hampton', 'Harold Hampton']);
});

test('"he told Hale": whoever the cue addresses is not the one speaking', () => {
  const text = 'Wall. Sean Hale hosted Donald Trump in Austin.\n\n' +
    'Hale asked Trump how high the wall would be. "I think the height could be 35 feet," he told Hale, to cheers from the crowd.\n\n' +
    '"We have no choice," he said.';
  assert.deepEqual(speakers(text), ['Donald Trump', 'Donald Trump']);
});

test('the subject after a fronted phrase ("Filling in for X …, Y landed a dig") is who "he said" stands for', () => {
  const text = 'Forum. Carl Vance spoke on Friday.\n\n' +
    'Filling in for Tom Abel at the forum where Ada Moss and Carl Vance appeared, Peter Harte landed a sharp dig at "my dear friend Ada Moss." "I was born at night but not last night," he said.';
  assert.deepEqual(speakers(text).slice(-1), ['Peter Harte']);
});

test('a "he" opening a sentence keeps the person before it salient ("He had protested X … he said")', () => {
  const text = 'Rally. One voter, Zenon Kowalczyk, 35, showed up in a green cap. He had protested Carl Vance at a rally in the spring.\n\n' +
    '"I met a lot of supporters, and I liked every single reason they gave," he said.';
  assert.deepEqual(speakers(text), ['Zenon Kowalczyk']);
});

test('a surname alone of the other gender than its cluster is that surname, not the woman named in full', () => {
  const text = 'Feud. Critics mocked a photo of Ada Marsh on Tuesday.\n\n' +
    '"I am not in the habit of supporting people who attack my wife," Marsh said in July. Delegates asked how Marsh could turn back on a pledge. ' +
    '"The day that was broken was the day this became personal," he said.';
  assert.equal(speakers(text).at(-1), 'Marsh');
});

test('a quote in a sentence that opens with "he" and has no cue is his ("He also seeks “…”")', () => {
  const text = 'Suit. Ben Ortiz sued the committee on Monday for his job back.\n\n' +
    'He also seeks "a permanent injunction barring the chairman from repeating false statements" about him.';
  assert.deepEqual(speakers(text), ['Ben Ortiz']);
});

test('a name with a middle initial is a person whatever the first name ("Zoltan Q. Brandt Jr.")', () => {
  const text = 'Seat. The seat went in 2010 to Zoltan Q. Brandt Jr., who has emerged as a hardliner.\n\n' +
    'Some members have been open to trade, but Representative Brandt does not mince words. "We must act now," he said.';
  assert.deepEqual(speakers(text), ['Zoltan Q. Brandt Jr.']);
});

test('a description as subject ("The Ohio senator sought …") keeps its person salient for the next "he"', () => {
  const text = 'Night. Senator Tom Abel spoke over boos as he congratulated the winner, Carl Vance.\n\n' +
    'Abel ended his bid on Tuesday. The Ohio senator sought to calm his supporters at the rallies of Vance. He said he would offer "a prayer for the nominee" on Sunday.';
  assert.deepEqual(speakers(text), ['Tom Abel']);
});

test('a military command ("the Pacific Command") is a body, not the "he" of the next quote', () => {
  const text = 'Admiral. Admiral Harris spoke on Monday.\n\n' +
    'The comments were meant to show that the Pacific Command was "disconnected from the rest of government," an idea that was untrue. ' +
    '"You know, when I am described as a foreign admiral, it is not true," he said.';
  assert.deepEqual(speakers(text), ['Harris', 'Harris']);
});

test('a quote that names someone in the third person is not theirs: "he" stands for the other man', () => {
  const text = 'Polls. Senator Carl Vance won the state on Tuesday.\n\n' +
    'His campaign manager, Tom Beck, said Vance believes the ads will pay off. He should also get a boost from the win, Vance said. ' +
    '"There was a question about whether Senator Vance\'s message could win, and I think he proved it," he said.';
  assert.equal(speakers(text).at(-1), 'Tom Beck');
});

test('a name modifying a noun inside the quote ("Vance supporters") does not rule Vance out', () => {
  const text = 'Rally. Carl Vance spoke in the mill town on Monday.\n\n' +
    'After the rally he went a step further. "Many of those who attacked the peaceful Vance supporters were paid," he said.';
  assert.equal(speakers(text).at(-1), 'Carl Vance');
});

test('a name inside a fronted clause ("Asked whether Roe …, she replied") is what the sentence is about, not who "she" is', () => {
  const text = 'Vote. Actress Susan Vale campaigns for Carl Vance.\n\n' +
    '"They are very principled," Vale told the station on Monday.\n\n' +
    '"I think the senator would encourage people," she said. "But a lot of people are not ready for that."\n\n' +
    'Asked about her vote in the event that Ada Moss faces the nominee, she replied: "I don\'t know yet."';
  assert.equal(speakers(text).at(-1), 'Susan Vale');
});
