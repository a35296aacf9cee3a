// The default highlight on our own articles (samples/ and test/fixtures): it marks what is worth checking, not
// every sentence. Gold claims marked "highlight" (a figure about an incident, an accusation) must be tinted.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { analyze } = require('../../dist/core.js');

const ROOT = path.join(__dirname, '..', '..');
const GOLD_DIR = path.join(ROOT, 'test', 'fixtures', 'articles');
const golds = fs.readdirSync(GOLD_DIR).filter((f) => f.endsWith('.gold.json')).sort();
const textOf = (f, gold) => fs.readFileSync(path.resolve(GOLD_DIR, gold.text || f.replace('.gold.json', '.txt')), 'utf8');

test('gold claims marked highlight are check-worthy by default', () => {
  let checked = 0;
  for (const f of golds) {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, f), 'utf8'));
    const text = textOf(f, gold);
    const { claims } = analyze(text);
    for (const g of (gold.claims || []).filter((c) => c.highlight)) {
      const at = text.indexOf(g.sentence);
      assert.ok(at >= 0, `${f}: gold sentence not in text: ${g.sentence}`);
      const c = claims.find((x) => x.start <= at && x.end > at);
      assert.ok(c?.checkWorthy, `${f}: not highlighted: ${g.sentence} (${c ? c.score : 'no claim'})`);
      checked++;
    }
  }
  assert.ok(checked >= 10, `only ${checked} highlight labels`);
});

/** Sentences of an article: its non-empty lines split after a full stop, question or exclamation mark. */
const sentencesOf = (text) => text.split(/\n+/).flatMap((l) => l.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u)).filter((s) => /\p{L}/u.test(s));

test('the default highlight falls on at most half of the sentences of our articles', () => {
  const files = [
    ...fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => path.join(ROOT, 'samples', f)),
    ...fs.readdirSync(GOLD_DIR).filter((f) => f.endsWith('.txt')).map((f) => path.join(GOLD_DIR, f)),
  ];
  let tinted = 0;
  let sentences = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    tinted += analyze(text).claims.filter((c) => c.checkWorthy).length;
    sentences += sentencesOf(text).length;
  }
  assert.ok(files.length >= 5 && sentences > 50, `${files.length} files, ${sentences} sentences`);
  assert.ok(tinted > 0 && tinted <= sentences / 2, `${tinted} of ${sentences} sentences highlighted`);
});
