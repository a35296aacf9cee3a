#!/usr/bin/env node
// npm run bench:archive [-- --files 10000 --pairs 3 --jobs 1,2 --node-flags "..."]: the CLI at archive scale (--n is
// --files). Builds N article files at bench time from the corpus (PolNeAR and CASIE texts, cycled; nothing is
// committed) and runs `policy-lens analyze DIR --format jsonl --jobs J` in alternating pairs of the two --jobs (one
// pair of runs does not decide: the machine's speed drifts more than the difference). For each run: articles per
// second, CPU ms per article (the process tree; its main thread, worker threads and the rest: V8's GC and compiler
// threads, from POLICY_LENS_CLI_STATS), and the peak resident memory of the process tree after the first half of the
// lines and after all of them (flat when close); then each pair's speed-up and the median. 3 pairs of 10,000 articles
// take 5 to 10 minutes on 2 idle cores. Not part of `npm run bench`.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runCli, cpuLine, memoryLine } = require('./archive-run');

const root = path.resolve(__dirname, '..', '..');
const corpus = path.resolve(process.env.POLICY_LENS_CORPUS || path.join(root, '..', 'shared', 'corpus'));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('files', arg('n', 10000)));
const JOBS = String(arg('jobs', '1,2')).split(',').map(Number);
const PAIRS = Number(arg('pairs', 3));
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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2;
};
const fixed = (xs, d = 2) => xs.map((x) => x.toFixed(d)).join(', ');

async function main() {
  if (JOBS.length !== 2 || !(PAIRS >= 1)) throw new Error('--jobs takes two numbers (1,2) and --pairs at least 1');
  const texts = sourceTexts();
  const [one, two] = JOBS;
  console.log(`archive bench: ${N} articles from ${texts.length} corpus texts, ${PAIRS} pairs of --jobs ${one} and --jobs ${two} (alternating); ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; node flags: ${NODE_FLAGS.join(' ') || 'none'}`);
  const big = buildArchive(N, texts);
  const runs = { [one]: [], [two]: [] };
  const ratios = [];
  try {
    console.log(`| pair | jobs | seconds | articles/s | CPU ms/article: whole = main + workers + rest | peak after ${Math.ceil(N / 2)} / ${N} |`);
    console.log(`|---|---|---|---|---|---|`);
    for (let pair = 1; pair <= PAIRS; pair++) {
      // One, two, two, one, one, two, ...: a drift of the machine's speed during the bench favours neither.
      const order = pair % 2 ? [one, two] : [two, one];
      const got = {};
      for (const jobs of order) {
        const r = await runCli(big.dir, jobs, N, { cli: CLI, nodeFlags: NODE_FLAGS });
        got[jobs] = r;
        runs[jobs].push(r);
        console.log(`| ${pair} | ${jobs} | ${r.seconds.toFixed(1)} | ${r.rate.toFixed(1)} | ${cpuLine(r)} | ${memoryLine(r)} |`);
      }
      ratios.push(got[two].rate / got[one].rate);
    }
    console.log(`speed-up, --jobs ${two} over --jobs ${one}, pair by pair: ${fixed(ratios)}×; median ${median(ratios).toFixed(2)}×`);
    for (const jobs of JOBS) {
      const rs = runs[jobs];
      const workers = rs.map((r) => r.cpu.workers.reduce((a, b) => a + b, 0));
      console.log(
        `--jobs ${jobs}, median of ${rs.length}: ${median(rs.map((r) => r.rate)).toFixed(1)} articles/s; CPU ms/article whole ${median(rs.map((r) => r.cpu.whole)).toFixed(2)}, ` +
          `worker threads ${median(workers).toFixed(2)}, rest ${median(rs.map((r) => r.cpu.rest)).toFixed(2)} (whole / worker threads ${median(rs.map((r, i) => r.cpu.whole / workers[i])).toFixed(2)}); ` +
          `peak memory after all / after the first half ${fixed(rs.map((r) => r.peakMb / r.halfPeakMb))}× (flat when close to 1)`,
      );
    }
    console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    fs.rmSync(big.dir, { recursive: true, force: true });
  }
}

module.exports = { sourceTexts, buildArchive, CLI };

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
