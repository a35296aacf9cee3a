// One run of `policy-lens analyze DIR --format jsonl --jobs J`, measured three ways at once, for bench:archive and
// archive-profile.js: wall time (articles/s), CPU time per thread (the CLI's own account under POLICY_LENS_CLI_STATS,
// src/cli/stats.ts, and user + system of the whole process tree from /usr/bin/time: what load does not distort), and
// the peak resident memory of the process tree after the first half of the lines and after all of them.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { setInterval, clearInterval } = require('node:timers');

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

/**
 * Runs the CLI on DIR (expected: the number of articles in it); resolves to what it measured. CPU figures are ms per
 * article: whole (the process tree), main (the main thread), workers (each worker thread), rest (whole minus those:
 * V8's GC helper and compiler threads, libuv, the restart under --single-threaded-gc).
 */
function runCli(dir, jobs, expected, { cli, nodeFlags = [], env = {} }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-run-'));
  const [statsFile, timeFile] = [path.join(tmp, 'stats.json'), path.join(tmp, 'time.txt')];
  const argv = [...nodeFlags, cli, 'analyze', dir, '--format', 'jsonl', '--jobs', String(jobs)];
  const timed = fs.existsSync('/usr/bin/time');
  const [cmd, args] = timed ? ['/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, ...argv]] : [process.execPath, argv];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, POLICY_LENS_CLI_STATS: statsFile } });
    let [lines, bytes, peakKb, halfPeakKb] = [0, 0, 0, 0];
    const poll = setInterval(() => (peakKb = Math.max(peakKb, treeKb(child.pid))), 100);
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) if (++lines === Math.ceil(expected / 2)) halfPeakKb = peakKb;
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`cli exited ${code}: ${stderr.slice(0, 500)}`));
      if (lines !== expected) return reject(new Error(`expected ${expected} lines, got ${lines}`));
      const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
      const [user, sys] = timed ? fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN];
      fs.rmSync(tmp, { recursive: true, force: true });
      const per = (ms) => ms / lines;
      const workers = stats.workers.map((w) => w.last?.cpuMs ?? NaN);
      const whole = (user + sys) * 1000;
      const cpu = { whole: per(whole), main: per(stats.main.cpuMs), workers: workers.map(per), rest: per(whole - stats.main.cpuMs - workers.reduce((a, b) => a + b, 0)) };
      resolve({ jobs, lines, bytes, seconds, rate: lines / seconds, peakMb: peakKb / 1024, halfPeakMb: halfPeakKb / 1024, cpu, stats });
    });
  });
}

/** The run's CPU ms per article, as one phrase: "whole 18.82 = main 0.74 + workers 11.68 + rest 6.41". */
const cpuLine = ({ cpu }) => `whole ${cpu.whole.toFixed(2)} = main ${cpu.main.toFixed(2)} + workers ${cpu.workers.map((w) => w.toFixed(2)).join(' + ')} + rest ${cpu.rest.toFixed(2)}`;

/** Peak memory after the first half of the lines and after all of them: "510 / 534 MB (1.05×)". */
const memoryLine = (r) => `${r.halfPeakMb.toFixed(0)} / ${r.peakMb.toFixed(0)} MB (${(r.peakMb / r.halfPeakMb).toFixed(2)}×)`;

module.exports = { runCli, treeKb, cpuLine, memoryLine };
