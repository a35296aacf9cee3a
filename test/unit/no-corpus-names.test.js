// Rules must generalise: src/ may hold general vocabularies (news outlets, software products), never the people,
// victims, quotes or numbers of the evaluation corpus. Skipped where ../shared/corpus is not present.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const corpus = process.env.POLICY_LENS_CORPUS || path.join(root, '..', 'shared', 'corpus');

function sources() {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js|json)$/.test(e.name)) out.push([path.relative(root, p), fs.readFileSync(p, 'utf8')]);
    }
  };
  walk(path.join(root, 'src'));
  return out;
}

function corpusPhrases() {
  const names = new Set();
  const add = (s) => {
    s = String(s || '').replace(/\s+/g, ' ').trim();
    if (/^[A-Z][\w.'’-]+(?: (?:of |the |and |for )?[A-Z][\w.'’-]+)+$/.test(s) && s.length > 6) names.add(s);
  };
  const casie = path.join(corpus, 'casie', 'dev', 'annotation');
  for (const f of fs.readdirSync(casie)) {
    const j = JSON.parse(fs.readFileSync(path.join(casie, f), 'utf8'));
    for (const h of j.cyberevent?.hopper || []) for (const e of h.events || []) for (const a of e.argument || []) add(a.text);
  }
  const ann = path.join(corpus, 'polnear', 'dev', 'attributions');
  for (const f of fs.readdirSync(ann)) {
    for (const line of fs.readFileSync(path.join(ann, f), 'utf8').split('\n')) {
      const m = /^T\d+\tSource [\d; ]+\t(.*)$/.exec(line);
      if (m) add(m[1]);
    }
  }
  const phrases = new Set();
  const articles = path.join(corpus, 'articles');
  for (const f of fs.readdirSync(articles).filter((x) => x.endsWith('.gold.json'))) {
    const g = JSON.parse(fs.readFileSync(path.join(articles, f), 'utf8'));
    for (const p of g.people || []) add(p.name);
    for (const i of g.incidents || []) add(i.victim);
    for (const q of g.quotes || []) phrases.add(q.quote.slice(0, 30));
    for (const c of g.claims || []) phrases.add(c.sentence.slice(0, 40));
    for (const fig of g.figures || []) if (/\d\.\d/.test(fig.text)) phrases.add(fig.text);
  }
  return { names, phrases };
}

test('src/ names none of the corpus people, victims, quotes or figures', { skip: !fs.existsSync(corpus) && 'no corpus here' }, () => {
  const files = sources();
  const outlets = fs.readFileSync(path.join(root, 'src', 'core', 'outlets.ts'), 'utf8');
  const { names, phrases } = corpusPhrases();
  const hits = [];
  for (const n of names) {
    if (outlets.includes(n)) continue; // a general list of news outlets is allowed
    for (const [file, text] of files) if (text.includes(n) && !/NOT_VICTIM|software/i.test(text.slice(Math.max(0, text.indexOf(n) - 400), text.indexOf(n)))) hits.push(`${n} in ${file}`);
  }
  for (const p of phrases) for (const [file, text] of files) if (text.includes(p)) hits.push(`"${p}" in ${file}`);
  assert.deepEqual(hits, []);
  assert.ok(names.size > 100, `checked ${names.size} names`);
});
