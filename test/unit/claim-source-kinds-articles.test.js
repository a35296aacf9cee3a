// Source kinds on our labelled articles (test/fixtures/articles: the seed samples and the articles written for
// testing): the claim over each gold sentence must carry the gold source kind on at least 90% of the gold claims.
// The articles written for testing must also name outlets and organisations that no list in src/ holds, so that
// what is measured is recognition by form and citation, not a lookup.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { analyze } = require('../../dist/core.js');

const ROOT = path.join(__dirname, '..', '..');
const GOLD_DIR = path.join(ROOT, 'test', 'fixtures', 'articles');
const articles = fs
  .readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, f), 'utf8'));
    const textFile = path.resolve(GOLD_DIR, gold.text || f.replace('.gold.json', '.txt'));
    // Articles written for testing keep their text beside the gold; the seed samples live in samples/.
    return { name: f, gold, text: fs.readFileSync(textFile, 'utf8'), ownText: !gold.text };
  });

function kindsRight(list) {
  let right = 0;
  let all = 0;
  const wrong = [];
  for (const { name, gold, text } of list) {
    const { claims } = analyze(text);
    for (const g of gold.claims || []) {
      const at = text.indexOf(g.sentence);
      assert.ok(at >= 0, `${name}: gold sentence not in text: ${g.sentence}`);
      const c = claims.find((x) => x.start <= at && x.end > at);
      all++;
      if ((c ? c.sourceKind : 'none') === g.sourceKind) right++;
      else wrong.push(`${name}: ${g.sentence} → ${c ? c.sourceKind : 'no claim'}, gold ${g.sourceKind}`);
    }
  }
  return { right, all, wrong };
}

test('source kind right on at least 90% of the gold claims of all our labelled articles', () => {
  const { right, all, wrong } = kindsRight(articles);
  assert.ok(all >= 40, `only ${all} gold claims`);
  assert.ok(right >= 0.9 * all, `${right}/${all} right:\n${wrong.join('\n')}`);
});

test('source kind right on at least 90% of the gold claims of the articles written for testing', () => {
  const own = articles.filter((a) => a.ownText);
  const { right, all, wrong } = kindsRight(own);
  assert.ok(own.length >= 5 && all >= 25, `${own.length} articles, ${all} gold claims`);
  assert.ok(right >= 0.9 * all, `${right}/${all} right:\n${wrong.join('\n')}`);
});

/** The code of src/ with comments removed: a name in an example comment is no list. */
function sourceCode(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceCode(p);
    if (!/\.(ts|json)$/.test(e.name)) return [];
    return [fs.readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1')];
  });
}

test('outlets and organisations of the articles written for testing are in no list in src/', () => {
  const code = sourceCode(path.join(ROOT, 'src')).join('\n').toLowerCase();
  const names = new Set();
  for (const { gold } of articles.filter((a) => a.ownText)) {
    for (const c of gold.claims || []) {
      if (c.outlet) names.add(c.outlet);
      if ((c.sourceKind === 'outlet' || c.sourceKind === 'organization') && c.source) names.add(c.source);
    }
  }
  assert.ok(names.size >= 10, `only ${names.size} names`);
  for (const n of names) {
    // The distinctive part of the name: its first word ("Dunmore" of "Dunmore Ledger").
    assert.ok(!code.includes(n.toLowerCase().split(/\s+/)[0]), `${n} is in a list in src/`);
  }
});
