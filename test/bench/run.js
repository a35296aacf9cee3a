#!/usr/bin/env node
// npm run bench: speed and memory of the core against compromise's own full parse of the same text.
// Inputs are built at bench time from the corpus articles and our samples (nothing is committed into the product).
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..', '..');
const corpus = path.resolve(process.env.POLICY_LENS_CORPUS || path.join(root, '..', 'shared', 'corpus'));
const quick = process.argv.includes('--quick');

function buildInputs() {
  const texts = [];
  const add = (file) => texts.push(fs.readFileSync(file, 'utf8'));
  for (const f of fs.readdirSync(path.join(root, 'samples')).filter((f) => /\.(txt|md)$/.test(f))) add(path.join(root, 'samples', f));
  const polnear = path.join(corpus, 'polnear', 'dev', 'text');
  if (fs.existsSync(polnear)) for (const f of fs.readdirSync(polnear).sort()) add(path.join(polnear, f));
  const casie = path.join(corpus, 'casie', 'dev', 'annotation');
  if (fs.existsSync(casie)) for (const f of fs.readdirSync(casie).sort()) texts.push(JSON.parse(fs.readFileSync(path.join(casie, f), 'utf8')).content);
  const pool = texts.join('\n\n');
  const ofSize = (bytes) => {
    let s = '';
    while (s.length < bytes) s += pool + '\n\n';
    return s.slice(0, s.lastIndexOf('\n\n', bytes) > 0 ? s.lastIndexOf('\n\n', bytes) : bytes);
  };
  const article = fs.readFileSync(path.join(root, 'samples', 'harbor-health-breach.txt'), 'utf8');
  // A 3 KB article: the samples one after another.
  const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const kb3 = samples.map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8')).join('\n\n');
  return { article, kb3, kb100: ofSize(100_000), mb1: ofSize(1_000_000) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn, runs) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Peak RSS (MB) of a fresh process that analyses the file once, and how long that cold analysis took (ms). */
function peakMemory(file) {
  const script = `const {analyze}=require(${JSON.stringify(path.join(root, 'dist', 'core.js'))});const t=require('fs').readFileSync(${JSON.stringify(file)},'utf8');const t0=performance.now();analyze(t);console.log(process.resourceUsage().maxRSS/1024, performance.now()-t0)`;
  const [mb, ms] = execFileSync(process.execPath, ['-e', script]).toString().trim().split(' ').map(Number);
  return { mb, ms };
}

function main() {
  execFileSync(process.execPath, [path.join(root, 'esbuild.js'), '--production'], { cwd: root, stdio: 'inherit' });
  const core = require(path.join(root, 'dist', 'core.js'));
  const nlp = require('compromise');
  const inputs = buildInputs();
  const runs = quick ? 1 : 5;
  const rows = [];
  const compromiseTime = {};
  const row = (measure, ms, ref, target) => rows.push({ measure, value: ms, ratio: ref ? ms / ref : null, target });

  core.analyze(inputs.article); // warm up
  for (const [name, text] of [['article', inputs.article], ['kb3', inputs.kb3], ['kb100', inputs.kb100], ['mb1', inputs.mb1]]) {
    compromiseTime[name] = time(() => nlp(text).json({ offset: true }), name === 'mb1' ? 1 : name === 'kb100' ? Math.min(runs, 3) : runs * 4);
  }
  row(`analyze sample article (${(inputs.article.length / 1000).toFixed(1)} KB, warm)`, time(() => core.analyze(inputs.article), runs * 4), compromiseTime.article, '');
  core.analyze(inputs.kb3); // warm up
  row(`analyze ${(inputs.kb3.length / 1000).toFixed(1)} KB article (samples joined, warm)`, time(() => core.analyze(inputs.kb3), runs * 4), compromiseTime.kb3, '≤ 10 ms');
  row(`analyze ${(inputs.kb100.length / 1000).toFixed(0)} KB`, time(() => core.analyze(inputs.kb100), Math.min(runs, 3)), compromiseTime.kb100, '');
  row(`analyze ${(inputs.mb1.length / 1e6).toFixed(2)} MB`, time(() => core.analyze(inputs.mb1), Math.min(runs, 3)), compromiseTime.mb1, '≤ 1/4 of compromise, ≤ 3 s');
  if (core.createAnalyzer) {
    const analyzer = core.createAnalyzer();
    analyzer.update(inputs.mb1);
    let i = 0;
    const edit = () => {
      const at = Math.floor(inputs.mb1.length / 2) + (i++ % 50) * 997;
      analyzer.update(inputs.mb1.slice(0, at) + 'x' + inputs.mb1.slice(at));
    };
    row('re-analyse after a 1-character edit, 1 MB', time(edit, runs * 2), null, '≤ 30 ms');
  } else rows.push({ measure: 're-analyse after a 1-character edit, 1 MB', value: null, ratio: null, target: '≤ 30 ms (no createAnalyzer yet)' });

  const tmp = path.join(require('node:os').tmpdir(), `policy-lens-bench-${process.pid}.txt`);
  fs.writeFileSync(tmp, inputs.mb1);
  const mem = peakMemory(tmp);
  fs.unlinkSync(tmp);

  console.log(`\ncompromise full parse (nlp(text).json({offset:true})): article ${compromiseTime.article.toFixed(1)} ms, 3 KB ${compromiseTime.kb3.toFixed(1)} ms, 100 KB ${compromiseTime.kb100.toFixed(0)} ms, 1 MB ${compromiseTime.mb1.toFixed(0)} ms`);
  console.log('\nmeasure | median | vs compromise | target');
  console.log('---|---|---|---');
  for (const r of rows) console.log(`${r.measure} | ${r.value == null ? 'n/a' : `${r.value.toFixed(1)} ms`} | ${r.ratio == null ? '—' : `${(r.ratio * 100).toFixed(1)}%`} | ${r.target}`);
  console.log(`analyze 1 MB once in a fresh process (cold: no memoised compromise windows) | ${mem.ms.toFixed(1)} ms | ${((mem.ms / compromiseTime.mb1) * 100).toFixed(1)}% | `);
  console.log(`peak memory analysing 1 MB (RSS of a fresh process) | ${mem.mb.toFixed(0)} MB | — | ≤ 400 MB`);
  for (const f of ['dist/extension.js', 'dist/web/extension.js', 'dist/worker.js', 'dist/webview.js', 'dist/core.js', 'dist/cli.js']) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) console.log(`${f} (minified) | ${(fs.statSync(p).size / 1024).toFixed(0)} KB | — | ${f === 'dist/extension.js' ? '≤ 600 KB' : ''}`);
  }
  execFileSync(process.execPath, [path.join(root, 'esbuild.js')], { cwd: root, stdio: 'inherit' });
}

main();
