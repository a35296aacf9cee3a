#!/usr/bin/env node
// Writes the Analysis JSON of every sample, PolNeAR dev and CASIE dev article (and a 300 KB pool of them, analysed
// in sections, and the Markdown sample) to one file, a line per input, so that two builds of the core can be
// compared byte for byte: `node scripts/same-output.js dist/core.js /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl`.
// A speed-up must leave this file unchanged (the same features, the same model scores, the same results).
const fs = require('node:fs');
const path = require('node:path');

const [corePath, outPath] = process.argv.slice(2);
if (!corePath || !outPath) {
  console.error('usage: node scripts/same-output.js path/to/core.js out.jsonl');
  process.exit(2);
}
const core = require(path.resolve(corePath));
const root = path.resolve(__dirname, '..');
const corpus = path.resolve(process.env.POLICY_LENS_CORPUS || path.join(root, '..', 'shared', 'corpus'));

const inputs = [];
const samples = path.join(root, 'samples');
for (const f of fs.readdirSync(samples).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
  inputs.push({ name: `samples/${f}`, text: fs.readFileSync(path.join(samples, f), 'utf8'), format: f.endsWith('.md') ? 'markdown' : undefined });
}
const polnear = path.join(corpus, 'polnear', 'dev', 'text');
for (const f of fs.readdirSync(polnear).sort()) inputs.push({ name: `polnear/${f}`, text: fs.readFileSync(path.join(polnear, f), 'utf8') });
const casie = path.join(corpus, 'casie', 'dev', 'annotation');
for (const f of fs.readdirSync(casie).sort()) inputs.push({ name: `casie/${f}`, text: JSON.parse(fs.readFileSync(path.join(casie, f), 'utf8')).content });
const pool = inputs.filter((i) => !i.format).map((i) => i.text).join('\n\n');
inputs.push({ name: 'samples joined', text: inputs.map((i) => i.text).slice(0, 5).join('\n\n') });
inputs.push({ name: 'pool 300 KB (sections)', text: pool.slice(0, 300_000) });

const out = fs.openSync(outPath, 'w');
for (const { name, text, format } of inputs) fs.writeSync(out, `${name}\t${JSON.stringify(core.analyze(text, format ? { format } : {}))}\n`);
// The incremental analyser (the editor's path, with its per-paragraph memos) over one-character edits of the pool.
const analyzer = core.createAnalyzer();
const big = pool.slice(0, 300_000);
for (const at of [0, 150_000, 151_003, 299_000]) {
  const text = at ? big.slice(0, at) + 'x' + big.slice(at) : big;
  fs.writeSync(out, `edit at ${at}\t${JSON.stringify(analyzer.update(text))}\n`);
}
fs.closeSync(out);
console.log(`${inputs.length} inputs and 4 edits written to ${outPath}`);
