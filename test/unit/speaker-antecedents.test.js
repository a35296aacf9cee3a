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
