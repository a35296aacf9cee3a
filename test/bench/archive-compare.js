#!/usr/bin/env node
// node test/bench/archive-compare.js --base OTHER/dist/cli.js [--n 300]: the CLI's output for every --format, byte for
// byte, against another build's (main's, say) on N corpus articles plus the samples (Markdown among them). jsonl is
// compared with --jobs 1 and 2 against the other build's --jobs 1 (input order), and sorted against its --jobs 2 (an
// older build wrote lines in the order files finished).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { sourceTexts, buildArchive, CLI } = require('./archive');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('n', 300));
const BASE = path.resolve(arg('base', ''));
const samples = path.resolve(__dirname, '..', '..', 'samples');

const run = (cli, args, cwd) => execFileSync(process.execPath, [cli, 'analyze', ...args], { cwd, maxBuffer: 1 << 30 });
const sorted = (buf) => buf.toString('utf8').split('\n').sort().join('\n');

function main() {
  if (!fs.existsSync(BASE)) throw new Error('name the other build: --base OTHER/dist/cli.js');
  const { dir } = buildArchive(N, sourceTexts());
  for (const f of fs.readdirSync(samples).filter((f) => /\.(txt|md)$/.test(f))) fs.copyFileSync(path.join(samples, f), path.join(dir, f));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-compare-'));
  let failed = 0;
  const check = (label, same) => {
    console.log(`${same ? 'same' : 'DIFFERENT'}: ${label}`);
    if (!same) failed++;
  };
  try {
    const base1 = run(BASE, ['.', '--format', 'jsonl', '--jobs', '1'], dir);
    const base2 = run(BASE, ['.', '--format', 'jsonl', '--jobs', '2'], dir);
    for (const jobs of ['1', '2']) {
      const mine = run(CLI, ['.', '--format', 'jsonl', '--jobs', jobs], dir);
      check(`jsonl --jobs ${jobs} (${mine.length} bytes) = base --jobs 1`, mine.equals(base1));
      check(`jsonl --jobs ${jobs} sorted = base --jobs 2 sorted`, sorted(mine) === sorted(base2));
    }
    for (const format of ['json', 'markdown', 'text']) {
      const [a, b] = [run(BASE, ['.', '--format', format, '--jobs', '2'], dir), run(CLI, ['.', '--format', format, '--jobs', '2'], dir)];
      check(`${format} (${b.length} bytes)`, a.equals(b));
    }
    const one = fs.readdirSync(samples).find((f) => f.endsWith('.md'));
    for (const format of ['json', 'markdown', 'text']) check(`${format}, one file (${one})`, run(BASE, [one, '--format', format], dir).equals(run(CLI, [one, '--format', format], dir)));
    run(BASE, ['.', '--format', 'csv', '--out', path.join(out, 'base'), '--jobs', '2'], dir);
    run(CLI, ['.', '--format', 'csv', '--out', path.join(out, 'mine'), '--jobs', '2'], dir);
    for (const f of fs.readdirSync(path.join(out, 'base'))) check(`csv ${f}`, fs.readFileSync(path.join(out, 'base', f)).equals(fs.readFileSync(path.join(out, 'mine', f))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

main();
