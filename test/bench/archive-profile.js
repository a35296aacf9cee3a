#!/usr/bin/env node
// node test/bench/archive-profile.js [--n 2000] [--jobs 1,2] [--cli dist/cli.js] [--node-flags "…"] [--env K=V,K=V]:
// what load does not distort, for the CLI at archive scale. Wall-clock scaling needs an idle machine
// (npm run bench:archive); CPU time per thread does not. Runs `policy-lens analyze DIR --format jsonl` on N articles
// built from the corpus (as bench:archive does) with each --jobs, under POLICY_LENS_CLI_STATS (src/cli/stats.ts), and
// prints CPU ms per article: the whole process tree (user + sys, /usr/bin/time), the main thread, each worker thread
// and the rest (V8's GC helper and compiler threads, libuv, the restart under --single-threaded-gc); the workers' GC
// pauses; the parallelism --jobs 1 already has (whole CPU / busiest thread); what each worker waited; the bytes of
// the lines; the peak resident memory of the tree after half and after all of the lines; and the memory timeline
// (the CLI process's RSS and each worker's V8 heap as the files go by: what grows, if anything does).
// The "bound" is the wall time per article on 2 idle cores if nothing waited: max(busiest thread, whole CPU / 2).
//  --heap (with node --expose-gc): the core alone in this thread, live heap after a full GC every N/8 files.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { sourceTexts, buildArchive } = require('./archive');
const { runCli, cpuLine, memoryLine } = require('./archive-run');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('n', 2000));
const JOBS = String(arg('jobs', '1,2')).split(',').map(Number);
const CLI = path.resolve(arg('cli', require('./archive').CLI));
const NODE_FLAGS = String(arg('node-flags', '')).split(' ').filter(Boolean);
const ENV = Object.fromEntries(String(arg('env', '')).split(',').filter(Boolean).map((kv) => kv.split(/=(.*)/s).slice(0, 2)));
const CORES = 2;

async function profile(dir, jobs) {
  const r = await runCli(dir, jobs, N, { cli: CLI, nodeFlags: NODE_FLAGS, env: ENV });
  const { stats: s, lines } = r;
  const workerMs = s.workers.map((w) => w.last?.cpuMs ?? NaN);
  const busiest = Math.max(s.main.cpuMs, ...workerMs) / lines;
  const bound = Math.max(busiest, r.cpu.whole / CORES);
  const per = (ms) => (ms / lines).toFixed(2);
  console.log(
    `jobs ${jobs}: ${lines} lines (${(r.bytes / lines / 1024).toFixed(1)} KB each); CPU ms/article: ${cpuLine(r)}; GC pauses in workers ${per(s.workers.reduce((a, w) => a + (w.last?.gcMs ?? 0), 0))} ` +
      `(${s.workers.reduce((a, w) => a + (w.last?.gcCount ?? 0), 0)} GCs); cores busy ${(r.cpu.whole / busiest).toFixed(2)}; bound ${bound.toFixed(2)} ms/article; ` +
      `workers started ${s.workers.length}, first reply ${s.workers.map((w) => w.firstReplyMs).join('/')} ms, starved ${s.workers.map((w) => w.starvedMs).join('/')} ms, ` +
      `window stalls ${s.windowStalls}; worker heaps up to ${s.workers.map((w) => w.peakHeapMb).join('/')} MB; peak after ${Math.ceil(N / 2)} / ${N}: ${memoryLine(r)}`,
  );
  const every = Math.max(1, Math.ceil(s.timeline.length / 8));
  const points = s.timeline.filter((p, i) => i % every === every - 1 || i === s.timeline.length - 1);
  console.log(`  memory after N files, RSS of the CLI's process (worker heaps): ${points.map((p) => `${p.files}: ${p.rssMb} MB (${p.workerHeapsMb.join('/')})`).join(', ')}`);
  return { jobs, bound };
}

function heap(texts) {
  if (typeof global.gc !== 'function') throw new Error('run with node --expose-gc for --heap');
  const { analyze } = require(path.join(path.dirname(CLI), 'core.js'));
  const every = Math.max(1, Math.round(N / 8));
  const mb = () => (global.gc(), process.memoryUsage().heapUsed / 1024 / 1024);
  const row = [`0: ${mb().toFixed(1)}`];
  for (let i = 1; i <= N; i++) {
    analyze(texts[(i - 1) % texts.length]);
    if (i % every === 0) row.push(`${i}: ${mb().toFixed(1)}`);
  }
  console.log(`live heap after a full GC (MB), articles analysed in one thread: ${row.join(', ')}`);
}

async function main() {
  const texts = sourceTexts();
  if (process.argv.includes('--heap')) return heap(texts);
  const archive = buildArchive(N, texts);
  console.log(`${N} articles, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; node flags: ${NODE_FLAGS.join(' ') || 'none'}; env: ${JSON.stringify(ENV)}`);
  try {
    const runs = [];
    for (const jobs of JOBS) runs.push(await profile(archive.dir, jobs));
    if (runs.length > 1) console.log(`speed-up the CPU times allow on ${CORES} idle cores, jobs ${runs.at(-1).jobs} over ${runs[0].jobs}: ${(runs[0].bound / runs.at(-1).bound).toFixed(2)}×`);
  } finally {
    fs.rmSync(archive.dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
