#!/usr/bin/env node
// `node test/bench/memory.js [--runs N] [--core dist/core.js]`: the bench's peak-memory row alone (no build, no other
// measure, so it can run beside other work: memory is little disturbed by load), as the median of N fresh processes,
// with where the memory goes: a bare node, after loading the core, after one small analysis, after the 1 MB text
// opened as the extension's worker opens it (run.js coldOpen). RSS in MB; maxRSS is the process's peak.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { buildInputs, coldOpen, median } = require('./run');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const root = path.resolve(__dirname, '..', '..');
const runs = Number(arg('--runs', 3));
const core = path.resolve(arg('--core', path.join(root, 'dist', 'core.js')));

/** maxRSS (MB) of a fresh node that runs `body` after loading the core as `core`. */
function stage(body) {
  const script = `const core=require(${JSON.stringify(core)});${body};console.log(process.resourceUsage().maxRSS/1024)`;
  return Number(execFileSync(process.execPath, ['-e', script]).toString().trim());
}

const tmp = path.join(os.tmpdir(), `policy-lens-memory-${process.pid}.txt`);
fs.writeFileSync(tmp, buildInputs().mb1);
try {
  const rows = {
    'node alone': () => Number(execFileSync(process.execPath, ['-e', 'console.log(process.resourceUsage().maxRSS/1024)']).toString().trim()),
    'core loaded': () => stage(''),
    'one 1.7 KB sample analysed': () => stage(`core.analyze(require('fs').readFileSync(${JSON.stringify(path.join(root, 'samples', 'harbor-health-breach.txt'))},'utf8'))`),
    'peak memory analysing 1 MB (RSS of a fresh process)': () => coldOpen(tmp, core).mb,
  };
  for (const [name, measure] of Object.entries(rows)) {
    const mb = Array.from({ length: runs }, measure);
    console.log(`${name} | ${median(mb).toFixed(0)} MB | runs: ${mb.map((x) => x.toFixed(1)).join(', ')}`);
  }
} finally {
  fs.unlinkSync(tmp);
}
