/** The annotate command on the fixture articles: the Analysis it returns says who said what, and what was counted. */
import * as assert from 'assert';
import type { Analysis, Figure, Quote } from '../../src/core/types';
import { annotate, api, closeAllEditors, showFixture } from './helpers';

function quoteWith(a: Analysis, words: string): Quote {
  const q = a.quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote containing “${words}”; quotes: ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return q;
}

function figureWith(a: Analysis, written: string): Figure {
  const f = a.figures.find((x) => x.text.includes(written));
  assert.ok(f, `no figure written “${written}”; figures: ${JSON.stringify(a.figures.map((x) => x.text))}`);
  return f;
}

function assertSpansSlice(a: Analysis, text: string) {
  const spans = [...a.figures, ...a.quotes, ...a.claims, ...a.incidents.flatMap((i) => i.mentions), ...a.people.flatMap((p) => p.mentions)];
  for (const s of spans) assert.strictEqual(text.slice(s.start, s.end), s.text, `span ${s.start}-${s.end}`);
}

describe('policyLens.annotate', () => {
  after(closeAllEditors);

  describe('on a Markdown article (lakeside-ransomware.md)', () => {
    let a: Analysis;
    let text: string;
    before(async () => {
      const editor = await showFixture('lakeside-ransomware.md');
      text = editor.document.getText();
      a = await annotate(editor);
    });

    it('returns the same Analysis the API holds for the document, with spans that slice the text', async () => {
      const lens = await api();
      const held = lens.getAnalysis((await showFixture('lakeside-ransomware.md')).document.uri.toString());
      assert.deepStrictEqual(held, a);
      assertSpansSlice(a, text);
    });

    it('attributes each quote to its speaker', () => {
      assert.match(quoteWith(a, 'We will not pay the ransom').speaker ?? '', /Elena Park/);
      assert.match(quoteWith(a, 'Our priority is restoring services safely').speaker ?? '', /Elena Park/);
      const reyes = quoteWith(a, 'The damage is serious but contained');
      assert.match(reyes.speaker ?? '', /Tom Reyes/);
      assert.strictEqual(reyes.outlet, 'Reuters');
      assert.ok(reyes.speakerMention && /Reyes/.test(reyes.speakerMention.text), `speakerMention: ${JSON.stringify(reyes.speakerMention)}`);
    });

    it('lists the speakers as people and Reuters as an outlet', () => {
      const names = a.people.map((p) => p.name);
      assert.ok(names.some((n) => /Elena Park/.test(n)), `people: ${names}`);
      assert.ok(names.some((n) => /Tom Reyes/.test(n)), `people: ${names}`);
      assert.ok(a.outlets.includes('Reuters'), `outlets: ${a.outlets}`);
    });

    it('reads the figures with their values, what they count and their qualifiers', () => {
      const computers = figureWith(a, '1,200');
      assert.strictEqual(computers.value, 1200);
      assert.strictEqual(computers.qualifier, 'approx');
      assert.match(computers.counts ?? '', /computers/);
      const residents = figureWith(a, '45,000');
      assert.strictEqual(residents.value, 45000);
      assert.strictEqual(residents.qualifier, 'at-least');
      assert.match(residents.counts ?? '', /residents/);
      const cost = figureWith(a, '2.3 million');
      assert.strictEqual(cost.kind, 'money');
      assert.strictEqual(cost.value, 2_300_000);
      assert.strictEqual(cost.unit, 'dollar');
    });

    it('finds the ransomware incident, its records and where it is mentioned', () => {
      const incident = a.incidents.find((i) => i.mentions.some((m) => /ransomware/i.test(m.text)));
      assert.ok(incident, `incidents: ${JSON.stringify(a.incidents.map((i) => [i.label, i.type, i.mentions.map((m) => m.text)]))}`);
      assert.strictEqual(incident.type, 'ransomware');
      const computers = a.figures.findIndex((f) => f.text.includes('1,200'));
      assert.ok(incident.records.some((r) => r.figure === computers && r.value === 1200), `records: ${JSON.stringify(incident.records)}`);
    });
  });

  describe('on a plain-text article (northfield-breach.txt)', () => {
    let a: Analysis;
    before(async () => {
      a = await annotate(await showFixture('northfield-breach.txt'));
    });

    it('attributes the quote and its pronoun follow-up to Priya Shah', () => {
      assert.match(quoteWith(a, 'We are contacting every affected customer directly').speaker ?? '', /Priya Shah/);
    });

    it('reads the customer count and the percentage', () => {
      const customers = figureWith(a, '80,000');
      assert.strictEqual(customers.value, 80000);
      assert.match(customers.counts ?? '', /customers/);
      const share = figureWith(a, '12%');
      assert.strictEqual(share.kind, 'percent');
      assert.strictEqual(share.value, 12);
    });

    it('finds the breach, the customers affected and the data taken', () => {
      const incident = a.incidents.find((i) => i.type === 'breach');
      assert.ok(incident, `incidents: ${JSON.stringify(a.incidents.map((i) => [i.label, i.type]))}`);
      assert.ok(incident.records.some((r) => r.value === 80000), `records: ${JSON.stringify(incident.records)}`);
      assert.ok(incident.dataTypes.some((d) => /account numbers/.test(d)), `dataTypes: ${incident.dataTypes}`);
    });
  });
});
