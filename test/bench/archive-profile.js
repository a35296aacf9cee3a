#!/usr/bin/env node
// node test/bench/archive-profile.js [--n 2000] [--jobs 1,2] [--cli dist/cli.js]: what load does not distort, for the CLI at archive
// scale. Wall-clock scaling needs an idle machine (npm run bench:archive); CPU time per thread and memory do not.
//  1. The CLI on N articles (built from the corpus as bench:archive does) with each --jobs: CPU milliseconds per
//     article of the main thread, of each worker and of the rest (V8's GC and compiler threads, libuv), polled from
//     /proc/PID/task/*/stat; resident memory when 1/4, 1/2 and all of the lines are out, and the peak (VmHWM).
//  2. --heap: the core alone in this thread, articles one after another, live heap after a full GC every N/8 files:
//     a cache that grows with every document shows as a slope.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { setInterval, clearInterval } = require('node:timers');
const { sourceTexts, buildArchive } = require('./archive');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('n', 2000));
const JOBS = String(arg('jobs', '1,2')).split(',').map(Number);
const CLI = path.resolve(arg('cli', require('./archive').CLI));
const TICK = (() => {
  try {
    return Number(require('node:child_process').execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of one thread, in ms (fields 14 and 15 of its stat, after the parenthesised name). */
function threadCpuMs(pid, tid) {
  const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / TICK;
}

const statusKb = (pid, key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

function profile(dir, jobs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'analyze', dir, '--format', 'jsonl', '--jobs', String(jobs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const cpu = new Map(); // tid → last CPU ms seen
    const rssAt = {};
    let lines = 0;
    let peakKb = 0;
    const poll = () => {
      try {
        for (const tid of fs.readdirSync(`/proc/${child.pid}/task`)) cpu.set(Number(tid), threadCpuMs(child.pid, tid));
        peakKb = Math.max(peakKb, statusKb(child.pid, 'VmHWM'));
      } catch {
        // a thread or the process ended between the listing and the read
      }
    };
    const timer = setInterval(poll, 50);
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
        lines++;
        if (lines === N / 4 || lines === N / 2 || lines === N) {
          try {
            rssAt[lines] = statusKb(child.pid, 'VmRSS') / 1024;
          } catch {
            // gone
          }
        }
      }
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`cli exited ${code}: ${stderr.slice(0, 500)}`));
      const main = cpu.get(child.pid) ?? 0;
      const others = [...cpu].filter(([tid]) => tid !== child.pid).map(([, ms]) => ms).sort((a, b) => b - a);
      const workers = others.slice(0, jobs);
      const rest = others.slice(jobs).reduce((s, x) => s + x, 0);
      const per = (ms) => (ms / lines).toFixed(2);
      console.log(`jobs ${jobs}: ${lines} lines; CPU ms/article: main ${per(main)}, workers ${workers.map(per).join(' + ')}, other threads ${per(rest)}; ` +
        `RSS ${Object.entries(rssAt).map(([k, v]) => `${k}: ${v.toFixed(0)} MB`).join(', ')}; peak ${(peakKb / 1024).toFixed(0)} MB`);
      resolve();
    });
  });
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
  try {
    for (const jobs of JOBS) await profile(archive.dir, jobs);
  } finally {
    fs.rmSync(archive.dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
