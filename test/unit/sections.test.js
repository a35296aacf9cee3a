// Long documents are analysed in sections (src/core/sections.ts) and merged (merge.ts): where the cuts fall, that an
// edit moves only the cuts next to it, that what spans sections is merged, and that incremental still equals fresh.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { rng } = require('../support/random');
const { analyze, createAnalyzer, sectionStarts, WHOLE_DOCUMENT } = require('../../dist/core.js');

const root = path.join(__dirname, '..', '..');
const articles = [
  ...['harbor-health-breach.txt', 'transit-budget.md'].map((f) => path.join(root, 'samples', f)),
  ...['lakeside-ransomware.md', 'northfield-breach.txt'].map((f) => path.join(root, 'test', 'fixtures', f)),
].map((f) => fs.readFileSync(f, 'utf8'));

/**
 * About `size` code units of article text, the articles one after another as often as it takes, each under a
 * numbered heading: real documents do not repeat themselves every few KB (see sections.ts on periodic text).
 */
function longText(size, separator = '\n\n') {
  let text = '';
  for (let i = 0; text.length < size; i++) text += `Part ${i + 1}.${separator}${articles[i % articles.length]}${separator}`;
  return text;
}

test('a document of ordinary length is one section', () => {
  assert.deepEqual(sectionStarts(''), [0]);
  assert.deepEqual(sectionStarts(longText(WHOLE_DOCUMENT - 5000)), [0]);
});

test('sections of a long document start at the start of a non-blank line and are neither tiny nor huge', () => {
  for (const [name, text] of [
    ['paragraphs', longText(300_000)],
    ['one line a sentence, no blank lines', longText(300_000).replace(/\n\s*\n/g, '\n')],
    ['CRLF', longText(300_000).replace(/\n/g, '\r\n')],
  ]) {
    const starts = sectionStarts(text);
    assert.ok(starts.length > 5, `${name}: ${starts.length} sections`);
    for (let k = 1; k < starts.length; k++) {
      const at = starts[k];
      assert.ok(/[\r\n]/.test(text[at - 1]) && !/\s/.test(text[at]), `${name}: section ${k} starts mid-line`);
      const size = at - starts[k - 1];
      assert.ok(size >= 4_000 && size <= 60_000, `${name}: section ${k - 1} is ${size} long`);
    }
  }
});

test('text without line breaks is cut after a sentence, and text without sentences at a space', () => {
  const prose = longText(100_000).replace(/\s+/g, ' ');
  const starts = sectionStarts(prose);
  assert.ok(starts.length > 3);
  for (const at of starts.slice(1)) assert.match(prose.slice(at - 3, at + 1), /[.!?]["”’)\]]* [\p{Lu}“"‘(]$/u);
  const words = 'lorem ipsum dolor '.repeat(10_000);
  const cuts = sectionStarts(words);
  assert.ok(cuts.length > 3);
  for (let k = 1; k < cuts.length; k++) {
    assert.equal(words[cuts[k] - 1], ' ');
    assert.ok(cuts[k] - cuts[k - 1] < 30_000);
  }
});

test('an edit moves only the cuts near it', () => {
  const random = rng(42);
  const base = longText(400_000);
  const before = sectionStarts(base);
  for (let i = 0; i < 40; i++) {
    const at = Math.floor(random() * base.length);
    const insert = ['x', '\n\n', '.\n', 'A whole new sentence. '][i % 4];
    const after = sectionStarts(base.slice(0, at) + insert + base.slice(at));
    const moved = after.filter((s) => !(s < at ? before.includes(s) : before.includes(s - insert.length)));
    assert.ok(moved.length <= 3, `edit at ${at} moved ${moved.length} cuts`);
  }
});

test('incremental update equals a fresh analysis of a long document over random edits, including ones that move cuts', () => {
  const random = rng(1129);
  const analyzer = createAnalyzer();
  let text = longText(120_000);
  assert.ok(sectionStarts(text).length > 2);
  for (let i = 0; i < 40; i++) {
    const starts = sectionStarts(text);
    // Half the edits land right at a cut, where they can move it.
    const at = i % 2 ? starts[1 + Math.floor(random() * (starts.length - 1))] - Math.floor(random() * 3) : Math.floor(random() * text.length);
    const kind = random();
    if (kind < 0.5) text = text.slice(0, at) + ['x', '\n\n', '“', '. ', ' she said.\n'][Math.floor(random() * 5)] + text.slice(at);
    else if (kind < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 300));
    else text = text.slice(0, at) + text.slice(at, at + 2000) + text.slice(at);
    assert.deepEqual(analyzer.update(text), analyze(text), `edit ${i} diverged`);
  }
});

test('the sections under `first` are handed out before the rest, and the result is still the whole analysis', () => {
  const text = longText(200_000);
  const starts = sectionStarts(text);
  const mid = starts[Math.floor(starts.length / 2)];
  const partials = [];
  const full = createAnalyzer().update(text, { first: { start: mid + 10, end: mid + 500 }, onPartial: (a) => partials.push(a) });
  assert.equal(partials.length, 1);
  const [partial] = partials;
  assert.ok(partial.figures.length > 0 && partial.figures.length < full.figures.length);
  for (const f of partial.figures) assert.equal(text.slice(f.start, f.end), f.text);
  assert.ok(partial.figures.every((f) => f.start >= mid && f.start < (starts[starts.indexOf(mid) + 1] ?? text.length)));
  assert.deepEqual(full, analyze(text));
  // Nothing left to analyse: no partial.
  const analyzer = createAnalyzer();
  analyzer.update(text);
  const again = [];
  analyzer.update(text, { first: { start: 0, end: 10 }, onPartial: (a) => again.push(a) });
  assert.equal(again.length, 0);
});

/** A long document with filler between the parts, so that each part falls in a different section. */
function spread(parts) {
  const filler = (n) =>
    Array.from({ length: n }, (_, i) => `The committee reviewed agenda item ${i + 1} and moved on to the next one without comment.`).join('\n\n');
  return parts.join(`\n\n${filler(500)}\n\n`);
}

test('a person named in one section and by surname in another is one person, and the quote is theirs', () => {
  const text = spread([
    'Dana Whitfield, the transport minister, opened the session on Monday.',
    '“The timetable will not slip,” Whitfield said.',
  ]);
  assert.ok(sectionStarts(text).length > 1);
  const a = analyze(text);
  const people = a.people.filter((p) => /Whitfield/.test(p.name));
  assert.deepEqual(people.map((p) => p.name), ['Dana Whitfield']);
  assert.ok(people[0].mentions.length >= 2);
  const quote = a.quotes.find((q) => q.text.startsWith('The timetable'));
  assert.equal(quote?.speaker, 'Dana Whitfield');
});

test('a surname renamed after a full name in another section follows edits to either section', () => {
  // The merge renames a section's quotes and claims by the people they cite; edits make, break and restore the rename.
  const text = spread([
    'Dana Whitfield, the transport minister, opened the session on Monday.',
    '“The timetable will not slip,” Whitfield said. Whitfield said the rail budget will rise by $40 million next year.',
  ]);
  const analyzer = createAnalyzer();
  const first = analyzer.update(text);
  assert.equal(first.quotes.find((q) => q.text.startsWith('The timetable'))?.speaker, 'Dana Whitfield');
  assert.deepEqual(first.claims.filter((c) => c.sourceKind === 'person').map((c) => c.source), ['Dana Whitfield', 'Dana Whitfield']);
  const edits = [
    text.replace('Dana Whitfield', 'Dana Whitfeld'), // no full name of that surname left: no rename
    text,
    text.replace('on Monday.', 'on Monday with Sam Whitfield.'), // two full names of that surname: no rename
    text,
    text.replace('Whitfield said. ', 'Whitfield said. Lee Whitfield agreed. '), // the section names its own Whitfield
    text,
  ];
  for (const [i, t] of edits.entries()) assert.deepEqual(analyzer.update(t), analyze(t), `edit ${i} diverged`);
});

test('one incident reported in two sections is one incident, its records pointing at the right figures', () => {
  const text = spread([
    'Hackers breached Quillfeather Logistics last week, stealing 120,000 customer records.',
    'The Quillfeather Logistics breach also exposed 4,000 employee passwords, investigators said.',
  ]);
  const a = analyze(text);
  const breaches = a.incidents.filter((i) => i.victim === 'Quillfeather Logistics');
  assert.equal(breaches.length, 1, JSON.stringify(a.incidents.map((i) => i.id)));
  const [breach] = breaches;
  assert.ok(breach.mentions.length >= 2);
  assert.ok(breach.mentions[breach.mentions.length - 1].start > text.length / 2);
  for (const r of breach.records) assert.equal(a.figures[r.figure].value, r.value);
  assert.deepEqual(breach.records.map((r) => r.value).sort((x, y) => x - y), [4000, 120000]);
  assert.equal(new Set(a.incidents.map((i) => i.id)).size, a.incidents.length);
});
