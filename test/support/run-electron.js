#!/usr/bin/env node
// Optional: the integration suite in desktop VS Code through @vscode/test-electron, for machines that have it.
//   VSCODE_EXECUTABLE=/path/to/code npm run test:electron
// These machines cannot download VS Code (update.code.visualstudio.com is unreachable), so without
// VSCODE_EXECUTABLE this explains itself and exits 0. Not a CI step: CI runs the same suite in code-server.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, ARTIFACTS } = require('./paths');

async function main() {
  const exe = process.env.VSCODE_EXECUTABLE;
  if (!exe) {
    console.log('test:electron: skipped. Set VSCODE_EXECUTABLE to a desktop VS Code binary (>= the engines.vscode in package.json),');
    console.log('  e.g. VSCODE_EXECUTABLE=/usr/share/code/code npm run test:electron. @vscode/test-electron cannot download one here;');
    console.log('  `npm run test:integration` runs the same suite in code-server (VS Code 1.139.1) instead.');
    return 0;
  }
  if (!fs.existsSync(exe)) {
    console.error(`test:electron: VSCODE_EXECUTABLE=${exe} does not exist`);
    return 1;
  }
  const { runTests } = require('@vscode/test-electron');
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-electron-ws-'));
  fs.cpSync(path.join(ROOT, 'test/fixtures'), ws, { recursive: true });
  const results = path.join(ARTIFACTS, 'electron-results.json');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.rmSync(results, { force: true });
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-electron-data-'));
  try {
    await runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out/test/integration/index.js'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`],
      extensionTestsEnv: { POLICY_LENS_TEST_RESULTS: results, ...(process.env.GREP ? { POLICY_LENS_TEST_GREP: process.env.GREP } : {}) },
    });
  } catch (err) {
    console.error(`test:electron: ${err.message || err}`);
    return 1;
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
  const r = JSON.parse(fs.readFileSync(results, 'utf8'));
  console.log(`electron: ${r.passes} passing, ${r.failures} failing, ${r.pending} pending (VS Code ${r.vscodeVersion})`);
  return r.failures === 0 && r.tests.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
