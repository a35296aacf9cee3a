#!/usr/bin/env node
// Runs the end-to-end suites (test/e2e/*.test.js) with mocha and prints the counts. Needs out/policy-lens.vsix
// (npm run test:e2e packages it first). Env: GREP=<regex>, KEEP_SCRATCH=1, HEADFUL=1.
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, VSIX } = require('./paths');
const { ensureTools } = require('./tools');

const mochaModule = require('mocha');
const Mocha = mochaModule.default ?? mochaModule;

async function main() {
  ensureTools();
  if (!fs.existsSync(VSIX)) throw new Error(`${path.relative(ROOT, VSIX)} is missing: run npm run package`);
  const t0 = Date.now();
  const mocha = new Mocha({ ui: 'bdd', timeout: 120000, slow: 20000, reporter: 'spec', color: !process.env.CI });
  if (process.env.GREP) mocha.grep(process.env.GREP);
  const dir = path.join(ROOT, 'test/e2e');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  const counts = { passes: 0, failures: 0, pending: 0 };
  const failures = await new Promise((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', () => counts.passes++);
    runner.on('fail', () => counts.failures++);
    runner.on('pending', () => counts.pending++);
  });
  const total = counts.passes + counts.failures + counts.pending;
  console.log(`e2e: ${counts.passes} passing, ${failures} failing, ${counts.pending} pending (${((Date.now() - t0) / 1000).toFixed(1)}s; screenshots in test-artifacts/e2e/)`);
  return failures === 0 && total > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err.stack || err);
    process.exit(1);
  },
);
