#!/usr/bin/env node
// The Markdown row of the bench alone (node test/bench/markdown.js, after a build): a 1 MB .md analysed as Markdown,
// beside the same plain pool analysed as text, and the share spent parsing and building the prose view.
const fs = require('node:fs');
const path = require('node:path');
const { markdownOf } = require('./markdown-input');

const root = path.resolve(__dirname, '..', '..');
const corpus = path.resolve(process.env.POLICY_LENS_CORPUS || path.join(root, '..', 'shared', 'corpus'));
const core = require(path.join(root, 'dist', 'core.js'));

const texts = fs.readdirSync(path.join(root, 'samples')).filter((f) => /\.(txt|md)$/.test(f)).map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));
const polnear = path.join(corpus, 'polnear', 'dev', 'text');
if (fs.existsSync(polnear)) for (const f of fs.readdirSync(polnear).sort()) texts.push(fs.readFileSync(path.join(polnear, f), 'utf8'));
let pool = '';
while (pool.length < 1_000_000) pool += texts.join('\n\n') + '\n\n';
const text = pool.slice(0, pool.lastIndexOf('\n\n', 1_000_000));
const md = markdownOf(text, 1_000_000);

const runs = Number(process.argv[2] ?? 3);
const time = (fn) => {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)];
};
core.analyze(texts[0]);
const plainMs = time(() => core.analyze(text));
const mdMs = time(() => core.analyze(md, { format: 'markdown' }));
console.log(`analyze ${(text.length / 1e6).toFixed(2)} MB text | ${plainMs.toFixed(0)} ms (median of ${runs})`);
console.log(`analyze ${(md.length / 1e6).toFixed(2)} MB Markdown | ${mdMs.toFixed(0)} ms (median of ${runs})`);
