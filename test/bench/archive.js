#!/usr/bin/env node
// npm run bench:archive [-- --files 10000 --jobs 1,2 --node-flags "..."]: the CLI at archive scale (--n is --files). Builds N article files at bench time
// from the corpus (PolNeAR and CASIE texts, cycled; nothing is committed), runs
// `policy-lens analyze DIR --format jsonl --jobs J` for each J, and prints articles per second and the process's peak
// memory (resident memory of the process tree: main thread and workers, sampled every 100 ms). A second, smaller run
// shows whether memory grows with the number of files. Not part of `npm run bench`: 10,000 articles take minutes.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { setInterval, clearInterval } = require('node:timers');

const root = path.resolve(__dirname, '..', '..');
const corpus = path.resolve(process.env.POLICY_LENS_CORPUS || path.join(root, '..', 'shared', 'corpus'));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('files', arg('n', 10000)));
const JOBS = String(arg('jobs', '1,2')).split(',').map(Number);
const CLI = path.join(root, 'dist', 'cli.js');
/** Extra node flags for the CLI's process, to try V8 settings: --node-flags "--single-threaded-gc". */
const NODE_FLAGS = String(arg('node-flags', '')).split(' ').filter(Boolean);

function sourceTexts() {
  const texts = [];
  for (const split of ['train', 'dev']) {
    const dir = path.join(corpus, 'polnear', split, 'text');
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).sort()) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    const casie = path.join(corpus, 'casie', split, 'annotation');
    if (fs.existsSync(casie)) for (const f of fs.readdirSync(casie).sort()) texts.push(JSON.parse(fs.readFileSync(path.join(casie, f), 'utf8')).content);
  }
  if (!texts.length) throw new Error(`no corpus texts under ${corpus}`);
  return texts;
}

/** N files in folders of 1,000, as archives are laid out. */
function buildArchive(n, texts) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-archive-'));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub);
    const text = texts[i % texts.length];
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(sub, `article-${String(i).padStart(6, '0')}.txt`), text);
  }
  return { dir, bytes };
}

/** Resident memory of a process and its descendants (the CLI restarts itself under a GC flag for several jobs), in kB. */
function treeKb(pid) {
  try {
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    const children = fs.readdirSync(`/proc/${pid}/task`).flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean));
    return rss + children.reduce((sum, c) => sum + treeKb(Number(c)), 0);
  } catch {
    return 0; // gone
  }
}

/** Runs the CLI; counts jsonl lines as they arrive; polls the peak resident memory of its process tree every 100 ms. */
function run(dir, jobs, expected) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...NODE_FLAGS, CLI, 'analyze', dir, '--format', 'jsonl', '--jobs', String(jobs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let peakKb = 0;
    let halfPeakKb = 0; // the peak when half the lines were out: memory that keeps growing shows as a later, higher peak
    let stderr = '';
    const poll = setInterval(() => (peakKb = Math.max(peakKb, treeKb(child.pid))), 100);
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) if (++lines === Math.ceil(expected / 2)) halfPeakKb = peakKb;
    });
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`cli exited ${code}: ${stderr.slice(0, 500)}`));
      resolve({ jobs, lines, seconds, rate: lines / seconds, peakMb: peakKb / 1024, halfPeakMb: halfPeakKb / 1024 });
    });
  });
}

async function main() {
  const texts = sourceTexts();
  const small = Math.max(100, Math.round(N / 10));
  console.log(`archive bench: ${N} articles (and ${small} for the memory check) from ${texts.length} corpus texts; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const big = buildArchive(N, texts);
  const little = buildArchive(small, texts);
  try {
    console.log(`| articles | jobs | seconds | articles/s | peak memory |`);
    console.log(`|---|---|---|---|---|`);
    const results = [];
    for (const jobs of JOBS) {
      const r = await run(big.dir, jobs, N);
      if (r.lines !== N) throw new Error(`expected ${N} lines, got ${r.lines}`);
      results.push(r);
      console.log(`| ${N} | ${jobs} | ${r.seconds.toFixed(1)} | ${r.rate.toFixed(1)} | ${r.peakMb.toFixed(0)} MB |`);
    }
    const last = JOBS[JOBS.length - 1];
    const s = await run(little.dir, last, small);
    console.log(`| ${small} | ${last} | ${s.seconds.toFixed(1)} | ${s.rate.toFixed(1)} | ${s.peakMb.toFixed(0)} MB |`);
    if (results.length > 1) console.log(`speed-up, ${results.at(-1).jobs} jobs over ${results[0].jobs}: ${(results.at(-1).rate / results[0].rate).toFixed(2)}×`);
    console.log(`peak memory, ${N} vs ${small} articles at ${last} jobs: ${(results.at(-1).peakMb / s.peakMb).toFixed(2)}× (bounded when close to 1)`);
    const r = results.at(-1);
    console.log(`peak memory at ${last} jobs, after the first ${Math.ceil(N / 2)} articles vs after all ${N}: ${r.halfPeakMb.toFixed(0)} MB vs ${r.peakMb.toFixed(0)} MB, ${(r.peakMb / r.halfPeakMb).toFixed(2)}× (flat when close to 1)`);
    console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    fs.rmSync(big.dir, { recursive: true, force: true });
    fs.rmSync(little.dir, { recursive: true, force: true });
  }
}

module.exports = { sourceTexts, buildArchive, treeKb, CLI };

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
