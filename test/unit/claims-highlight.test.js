// The default highlight on our own articles (samples/, test/fixtures and test/fixtures/articles): it marks what is
// worth checking, not every sentence. Every sentence labelled as stating a figure about an incident or making an
// accusation (gold claims marked "highlight", and test/fixtures/highlight-sentences.json) must be tinted, and the
// tint may fall on at most half of the sentences of these articles taken together (one dense incident report may
// state a figure in most of its sentences).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { analyze } = require('../../dist/core.js');

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const GOLD_DIR = path.join(FIXTURES, 'articles');
const golds = fs.readdirSync(GOLD_DIR).filter((f) => f.endsWith('.gold.json')).sort();
const textOf = (f, gold) => fs.readFileSync(path.resolve(GOLD_DIR, gold.text || f.replace('.gold.json', '.txt')), 'utf8');

/** [label, text, sentences that must be tinted] for every labelled article. */
function labelled() {
  const out = golds.map((f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, f), 'utf8'));
    return [f, textOf(f, gold), (gold.claims || []).filter((c) => c.highlight).map((c) => c.sentence)];
  });
  const { files } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'highlight-sentences.json'), 'utf8'));
  for (const [f, sentences] of Object.entries(files)) out.push([f, fs.readFileSync(path.join(FIXTURES, f), 'utf8'), sentences]);
  return out;
}

test('every sentence stating a figure about an incident or making an accusation is tinted by default', () => {
  let checked = 0;
  for (const [f, text, sentences] of labelled()) {
    const { claims } = analyze(text);
    for (const s of sentences) {
      const at = text.indexOf(s);
      assert.ok(at >= 0, `${f}: labelled sentence not in text: ${s}`);
      const c = claims.find((x) => x.start <= at && x.end > at);
      assert.ok(c?.checkWorthy, `${f}: not highlighted: ${s} (${c ? c.score : 'no claim'})`);
      checked++;
    }
  }
  assert.ok(checked >= 25, `only ${checked} labelled sentences`);
});

/** Sentences of an article: its non-empty lines split after a full stop, question or exclamation mark. */
const sentencesOf = (text) => text.split(/\n+/).flatMap((l) => l.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u)).filter((s) => /\p{L}/u.test(s));

test('the default highlight falls on at most half of the sentences of our articles', () => {
  // hostile-markup.md is markup aimed at the webview, four claims in six lines, not an article.
  const articles = (dir) => fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md' && f !== 'hostile-markup.md').map((f) => path.join(dir, f));
  const files = [...articles(path.join(ROOT, 'samples')), ...articles(FIXTURES), ...articles(GOLD_DIR)];
  let tinted = 0;
  let sentences = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    tinted += analyze(text).claims.filter((c) => c.checkWorthy).length;
    sentences += sentencesOf(text).length;
  }
  assert.ok(files.length >= 9 && sentences > 80, `${files.length} files, ${sentences} sentences`);
  assert.ok(tinted > 0 && tinted <= sentences / 2, `${tinted} of ${sentences} sentences highlighted`);
});
