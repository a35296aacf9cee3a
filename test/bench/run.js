#!/usr/bin/env node
// npm run bench: speed and memory of the core against compromise's own full parse of the same text.
// Inputs are built at bench time from the corpus articles and our samples (nothing is committed into the product).
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { markdownOf } = require('./markdown-input');

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
  const mb1 = ofSize(1_000_000);
  return { article, kb3, kb100: ofSize(100_000), mb1, mdMb1: markdownOf(mb1, 1_000_000) };
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

/**
 * A fresh process opens the file as the extension's worker does (an incremental analyser, the first screenful asked
 * for first): its peak RSS (MB), the time until that screenful's partial analysis (ms) and until the whole one (ms).
 */
function coldOpen(file, core = path.join(root, 'dist', 'core.js')) {
  const script = `const core=require(${JSON.stringify(core)});const t=require('fs').readFileSync(${JSON.stringify(file)},'utf8');let partial=NaN;const t0=performance.now();core.createAnalyzer().update(t,{first:{start:0,end:4000},onPartial:()=>{partial=performance.now()-t0}});console.log(process.resourceUsage().maxRSS/1024, partial, performance.now()-t0)`;
  const [mb, partial, ms] = execFileSync(process.execPath, ['-e', script]).toString().trim().split(' ').map(Number);
  return { mb, partial, ms };
}

/**
 * Median time of core.createAnalyzer().update() after one-character edits spread over the middle of `text`, measured
 * in a worker thread with the resource limits the extension gives its analysis worker (workerEngine.ts). Each edited
 * text is handed over by postMessage, so it arrives as a flat string, as the extension's worker receives it.
 */
function editTimes(text, edits) {
  const { Worker } = require('node:worker_threads');
  const script = `
    const { parentPort, workerData } = require('node:worker_threads');
    const analyzer = require(workerData.core).createAnalyzer();
    parentPort.on('message', (t) => {
      const t0 = performance.now();
      analyzer.update(t);
      parentPort.postMessage(performance.now() - t0);
    });`;
  const worker = new Worker(script, { eval: true, workerData: { core: path.join(root, 'dist', 'core.js') }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  const texts = [text];
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(text.length / 2) + (i % 50) * 997;
    texts.push(text.slice(0, at) + 'x' + text.slice(at));
  }
  const ms = [];
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (elapsed) => {
      ms.push(elapsed);
      if (ms.length < texts.length) worker.postMessage(texts[ms.length]);
      else void worker.terminate().then(() => resolve(median(ms.slice(1)))); // the first is the full analysis
    });
    worker.postMessage(texts[0]);
  });
}

async function main() {
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
  row(`analyze ${(inputs.mdMb1.length / 1e6).toFixed(2)} MB Markdown (.md: parse, prose view, spans mapped back)`, time(() => core.analyze(inputs.mdMb1, { format: 'markdown' }), Math.min(runs, 3)), compromiseTime.mb1, '');
  row('re-analyse after a 1-character edit, 1 MB (in a worker configured as the extension\'s)', await editTimes(inputs.mb1, runs * 4), null, '≤ 30 ms');

  const tmp = path.join(require('node:os').tmpdir(), `policy-lens-bench-${process.pid}.txt`);
  fs.writeFileSync(tmp, inputs.mb1);
  const mem = coldOpen(tmp);
  fs.unlinkSync(tmp);

  console.log(`\ncompromise full parse (nlp(text).json({offset:true})): article ${compromiseTime.article.toFixed(1)} ms, 3 KB ${compromiseTime.kb3.toFixed(1)} ms, 100 KB ${compromiseTime.kb100.toFixed(0)} ms, 1 MB ${compromiseTime.mb1.toFixed(0)} ms`);
  console.log('\nmeasure | median | vs compromise | target');
  console.log('---|---|---|---');
  for (const r of rows) console.log(`${r.measure} | ${r.value == null ? 'n/a' : `${r.value.toFixed(1)} ms`} | ${r.ratio == null ? '—' : `${(r.ratio * 100).toFixed(1)}%`} | ${r.target}`);
  console.log(`open 1 MB in a fresh process: first screenful analysed (cold) | ${mem.partial.toFixed(1)} ms | ${((mem.partial / compromiseTime.mb1) * 100).toFixed(1)}% | `);
  console.log(`open 1 MB in a fresh process: whole document analysed (cold: no memoised compromise windows) | ${mem.ms.toFixed(1)} ms | ${((mem.ms / compromiseTime.mb1) * 100).toFixed(1)}% | `);
  console.log(`peak memory analysing 1 MB (RSS of a fresh process) | ${mem.mb.toFixed(0)} MB | — | ≤ 400 MB`);
  for (const f of ['dist/extension.js', 'dist/web/extension.js', 'dist/worker.js', 'dist/webview.js', 'dist/core.js', 'dist/cli.js']) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) console.log(`${f} (minified) | ${(fs.statSync(p).size / 1024).toFixed(0)} KB | — | ${f === 'dist/extension.js' ? '≤ 600 KB' : ''}`);
  }
  // The extension host (test/bench/host.js): a real VS Code, with the production build just made.
  require('./host').printHostRows({ root, quick });
  execFileSync(process.execPath, [path.join(root, 'esbuild.js')], { cwd: root, stdio: 'inherit' });
}

module.exports = { buildInputs, coldOpen, median };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
