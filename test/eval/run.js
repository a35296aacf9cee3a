#!/usr/bin/env node
// npm run eval [-- --part NAME] [--misses N] [--json FILE] [--embedded]
// --embedded: each text is analysed inside a long document (sample articles before and after it, well over the size
// analysed whole), and its results cut back out: what splitting long documents into sections costs in accuracy.
// Scores dist/core.js against ../shared/corpus. Each part lives in parts/NAME.js and exports
// { name, source, matching (one line: how emitted items are matched to the gold), run(ctx) → { metrics: [{ metric, value, unit?, peer?, anchor?, target? }], misses: { cause: [example] } } }.
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const only = opt('part', null);
const missLimit = Number(opt('misses', 5));
const jsonOut = opt('json', null);

const root = path.resolve(__dirname, '..', '..');
const corpus = path.resolve(process.env.POLICY_LENS_CORPUS || path.join(root, '..', 'shared', 'corpus'));
if (!fs.existsSync(corpus)) {
  console.error(`No corpus at ${corpus} (set POLICY_LENS_CORPUS).`);
  process.exit(2);
}
const core = require(path.join(root, 'dist', 'core.js'));
const analyze = args.includes('--embedded') ? require('./embedded').embedded(core, root) : core.analyze;

const partsDir = path.join(__dirname, 'parts');
const parts = fs
  .readdirSync(partsDir)
  .filter((f) => f.endsWith('.js'))
  .sort()
  .map((f) => require(path.join(partsDir, f)))
  .filter((p) => !only || p.name === only || (p.aliases || []).includes(only));

const fmt = (v, unit) => (v == null ? '—' : unit === '%' ? v.toFixed(1) : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v));
const rows = [];
const report = {};
for (const part of parts) {
  const t0 = performance.now();
  const result = part.run({ analyze, corpus });
  const ms = performance.now() - t0;
  report[part.name] = { ...result, matching: part.matching, ms };
  for (const m of result.metrics) rows.push([part.name, part.source, m.metric, fmt(m.value, m.unit), fmt(m.peer, m.unit), m.anchor ?? '', m.target ?? '', `${(ms / 1000).toFixed(1)}s`]);
}

const header = ['part', 'source', 'metric', 'ours', 'peer (same code) / CV', 'published anchor', 'target', 'time'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
for (const part of parts) if (part.matching) console.log(`\nhow ${part.name} matches: ${part.matching}`);
for (const part of parts) if (part.note && report[part.name]) console.log(`\n${part.note}`);

for (const [name, result] of Object.entries(report)) {
  const causes = Object.entries(result.misses || {}).filter(([, list]) => list.length);
  if (!causes.length) continue;
  console.log(`\nmisses: ${name}`);
  for (const [cause, list] of causes.sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${cause} (${list.length})`);
    for (const ex of list.slice(0, missLimit)) console.log(`    - ${String(ex).replace(/\s+/g, ' ').slice(0, 220)}`);
  }
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(report, null, 2));
