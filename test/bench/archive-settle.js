#!/usr/bin/env node
// node test/bench/archive-settle.js [--n 2000] [--every 250] [--node-flags "…"]: does V8's optimising compiler settle
// as a CLI worker goes through an archive, and what is left on the other threads when it has? The core alone in one
// thread (dist/core.js, the articles bench:archive builds, in order) in a child node under --trace-opt --trace-deopt;
// every E articles: this thread's CPU ms per article (/proc/thread-self/stat), the other threads' (process CPU minus
// it: V8's compiler and collector threads), and the TurboFan compilations and deoptimisations traced in between; then
// the functions that took the most compile time and the commonest deoptimisation reasons. Linux only.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { sourceTexts, CLI } = require('./archive');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('n', 2000));
const EVERY = Number(arg('every', 250));
const NODE_FLAGS = String(arg('node-flags', '')).split(' ').filter(Boolean);

function threadCpuMs() {
  const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}
const processCpuMs = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;

/** In the child: analyse, printing a MARK line (thread and process CPU so far) every EVERY articles. */
function child() {
  const mark = (label) => console.log(`MARK ${label} ${threadCpuMs()} ${processCpuMs().toFixed(0)}`);
  mark(0);
  const { analyze } = require(path.join(path.dirname(CLI), 'core.js'));
  const texts = sourceTexts();
  mark('loaded');
  for (let n = 1; n <= N; n++) {
    analyze(texts[(n - 1) % texts.length]);
    if (n % EVERY === 0) mark(n);
  }
}

const top = (counts, k = 12) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, v]) => `${name} ${Math.round(v)}`).join(', ');
const add = (map, key, v) => map.set(key, (map.get(key) ?? 0) + v);
/** A traced function's name; V8 writes "<JSFunction (sfi = …)>" for an anonymous one. */
const named = (s) => (!s || s.startsWith('(') ? '(anonymous)' : s);

function parent() {
  const node = spawn(process.execPath, ['--trace-opt', '--trace-deopt', ...NODE_FLAGS, path.join(__dirname, 'archive-settle.js'), '--child', '--n', String(N), '--every', String(EVERY)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let rest = '';
  let [compiles, deopts, last] = [0, 0, null];
  const [compileMs, compileCount, reasons] = [new Map(), new Map(), new Map()];
  console.log(`core alone in one thread, ${N} articles; node flags: --trace-opt --trace-deopt ${NODE_FLAGS.join(' ')}`);
  console.log('| articles | thread CPU ms/article | other threads | TurboFan compilations | deoptimisations |\n|---|---|---|---|---|');
  const line = (l) => {
    const mark = /^MARK (\S+) (\d+) (\d+)/.exec(l);
    const compiled = /completed compiling .*<JSFunction (\S*?)[ >].*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(l);
    const deopt = /bailout \(kind: deopt[^,]*, reason: ([^)]*)\).*?<JSFunction (\S*?)[ >]/.exec(l);
    if (compiled) {
      compiles++;
      add(compileMs, named(compiled[1]), Number(compiled[2]) + Number(compiled[3]) + Number(compiled[4]));
      add(compileCount, named(compiled[1]), 1);
    } else if (deopt) {
      deopts++;
      add(reasons, `${deopt[1]} in ${named(deopt[2])}`, 1);
    } else if (mark) {
      const [label, thread, proc] = [mark[1], Number(mark[2]), Number(mark[3])];
      if (label === 'loaded') console.log(`| loading the core | ${thread - last.thread} ms | ${proc - thread - (last.proc - last.thread)} ms | ${compiles} | ${deopts} |`);
      else if (last && label !== '0') console.log(`| ${label} | ${((thread - last.thread) / EVERY).toFixed(2)} | ${((proc - last.proc - (thread - last.thread)) / EVERY).toFixed(2)} | ${compiles} | ${deopts} |`);
      [last, compiles, deopts] = [{ thread, proc }, 0, 0];
    }
  };
  node.stdout.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    lines.forEach(line);
  });
  node.on('close', (code) => {
    if (code) process.exit(code);
    console.log(`compile time by function (ms, wall time of the compile jobs): ${top(compileMs)}`);
    console.log(`compilations by function: ${top(compileCount)}`);
    console.log(`deoptimisations: ${top(reasons)}`);
  });
}

if (process.argv.includes('--child')) child();
else parent();
