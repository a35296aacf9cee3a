// Property: for generated articles (invented names and figures), the Markdown version analysed as Markdown equals its
// plain-text rendering analysed as text in quotes, speakers, figures (value, counts) and claims, once the plain
// rendering's offsets are mapped to the Markdown file. The generator writes both versions side by side and records,
// for every character the two share, where it stands in each.
const test = require('node:test');
const assert = require('node:assert/strict');
const fc = require('fast-check');
const { analyze } = require('../../dist/core.js');

/** The Markdown file and its plain rendering, written together; toMd[i] is the Markdown offset of plain character i. */
class Pair {
  md = '';
  plain = '';
  toMd = [];
  both(s) {
    for (let i = 0; i < s.length; i++) this.toMd.push(this.md.length + i);
    this.md += s;
    this.plain += s;
  }
  mdOnly(s) {
    this.md += s;
  }
  /** Plain-only text (separators, quotation marks) stands for the Markdown character before it. */
  plainOnly(s) {
    for (let i = 0; i < s.length; i++) this.toMd.push(Math.max(0, this.md.length - 1));
    this.plain += s;
  }
  /** A plain span's [start, end) in the Markdown file. */
  span(s) {
    return [this.toMd[s.start], this.toMd[s.end - 1] + 1];
  }
}

const PEOPLE = ['Dana Okafor', 'Lena Farrow', 'Tomas Reyner', 'Priya Vandal'];
const ORGS = ['The Kelby Water Board', 'The Marrow Hill council', 'The Eastvale trust'];
const OUTLETS = ['Reuters', 'The Associated Press', 'Bloomberg'];
const FIGURES = [['4.2 million', 'patients'], ['1,200', 'homes'], ['350', 'flights'], ['27', 'schools'], ['640', 'records']];
const TITLES = ['Harbour Board Approves New Ferry Route', 'Council Delays Bridge Repairs', 'Water Rates Under Review'];

/** An inline piece of a sentence and how the Markdown version dresses it. */
const figure = fc.record({ f: fc.constantFrom(...FIGURES), dress: fc.constantFrom('', '**', '*', '_') });
const outlet = fc.record({ name: fc.constantFrom(...OUTLETS), link: fc.boolean(), k: fc.nat(99) });

function putFigure(p, { f: [n, noun], dress }, nounDressed) {
  p.mdOnly(dress);
  p.both(n);
  if (!nounDressed) p.mdOnly(dress);
  p.both(` ${noun}`);
  if (nounDressed) p.mdOnly(dress);
}

const sentence = fc.oneof(
  fc.record({ org: fc.constantFrom(...ORGS), fig: figure, whole: fc.boolean() }).map(({ org, fig, whole }) => (p) => {
    p.both(`${org} said `);
    putFigure(p, fig, whole);
    p.both(' were affected last year.');
  }),
  fc.record({ out: outlet, fig: figure }).map(({ out, fig }) => (p) => {
    if (out.link) p.mdOnly('[');
    p.both(out.name);
    if (out.link) p.mdOnly(`](https://example.org/story/${out.k})`);
    p.both(' reported that ');
    putFigure(p, fig, false);
    p.both(' waited longer than planned.');
  }),
  fc.record({ who: fc.constantFrom(...PEOPLE), fig: figure }).map(({ who, fig }) => (p) => {
    p.both('“We will help ');
    putFigure(p, fig, false);
    p.both(` by spring,” said ${who}, the director.`);
  }),
);

const paragraph = fc.record({ s: fc.array(sentence, { minLength: 1, maxLength: 3 }) });

const writeParagraph = ({ s }) => (p) => s.forEach((w, i) => (i && p.both(' '), w(p)));

/** A block writes itself into both versions; a `hidden` one (code, a comment) into the Markdown only. */
const block = fc.oneof(
  paragraph.map(writeParagraph),
  fc.constantFrom(...TITLES).map((t) => (p) => (p.mdOnly('## '), p.both(t))),
  fc.record({ items: fc.array(sentence, { minLength: 1, maxLength: 3 }), ordered: fc.boolean() }).map(({ items, ordered }) => (p) => {
    items.forEach((w, i) => {
      if (i) {
        p.mdOnly('\n');
        p.plainOnly('\n\n');
      }
      p.mdOnly(ordered ? `${i + 1}. ` : '- ');
      w(p);
    });
  }),
  fc.record({ fig: figure, place: fc.constantFrom('North', 'Eastvale') }).map(({ fig, place }) => (p) => {
    p.mdOnly('| ');
    p.both('Region');
    p.mdOnly(' | ');
    p.plainOnly('\n\n');
    p.both('Households');
    p.mdOnly(' |\n|---|---:|\n| ');
    p.plainOnly('\n\n');
    p.both(place);
    p.mdOnly(' | ');
    p.plainOnly('\n\n');
    putFigure(p, fig, false);
    p.mdOnly(' |');
  }),
  fc.constantFrom('```\nconst total = 3000; // 3,000 records\n```', '<!-- 5,000 records: check -->', '~~~\nrows = 9100\n~~~').map((s) => Object.assign((p) => p.mdOnly(s), { hidden: true })),
  fc.record({ who: fc.constantFrom(...PEOPLE), s: sentence }).map(({ who, s }) => (p) => {
    p.both(`${who} wrote:`);
    p.mdOnly('\n\n> ');
    p.plainOnly(' “');
    s(p);
    p.plainOnly('”');
  }),
);

/** An article: a paragraph (with a footnote marker when there is a note), blocks, the footnote at the end. */
const article = fc.record({ lead: paragraph, blocks: fc.array(block, { maxLength: 6 }), note: fc.option(sentence, { nil: undefined }) }).map(({ lead, blocks, note }) => {
  const p = new Pair();
  writeParagraph(lead)(p);
  if (note) p.mdOnly('[^1]');
  for (const b of blocks) {
    p.mdOnly('\n\n');
    if (!b.hidden) p.plainOnly('\n\n');
    b(p);
  }
  if (note) {
    p.mdOnly('\n\n[^1]: ');
    p.plainOnly('\n\n');
    note(p);
  }
  p.mdOnly('\n');
  return p;
});

test('a Markdown article and its plain rendering give the same quotes, speakers, figures and claims', () => {
  fc.assert(
    fc.property(article, (p) => {
      const md = analyze(p.md, { format: 'markdown' });
      const plain = analyze(p.plain);
      const at = (s) => [s.start, s.end];
      assert.deepEqual(md.figures.map((f) => [...at(f), f.kind, f.value, f.counts]), plain.figures.map((f) => [...p.span(f), f.kind, f.value, f.counts]));
      assert.deepEqual(md.quotes.map((q) => [...at(q), q.speaker, q.speakerMention && at(q.speakerMention)]), plain.quotes.map((q) => [...p.span(q), q.speaker, q.speakerMention && p.span(q.speakerMention)]));
      // A claim covers the emphasis markers it starts or ends with: compared without them.
      const bare = (c) => [c.start + /^[*_]*/.exec(c.text)[0].length, c.end - /[*_]*$/.exec(c.text)[0].length];
      assert.deepEqual(md.claims.map((c) => [...bare(c), c.source, c.outlet]), plain.claims.map((c) => [...p.span(c), c.source, c.outlet]));
      assert.deepEqual(md.people.map((x) => x.name), plain.people.map((x) => x.name));
      for (const s of [...md.figures, ...md.quotes, ...md.claims]) assert.equal(p.md.slice(s.start, s.end), s.text);
    }),
    { numRuns: 80, seed: 17 },
  );
});
