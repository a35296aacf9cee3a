#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js, mocha, the @vscode/test-electron `run()` contract)
// inside the real extension host of code-server, driven by Chromium through the smoke-test driver hooks.
//   node test/support/run-integration.js        (npm run test:integration builds first)
// Env: INTEGRATION_TIMEOUT (ms, default 2700000: the 1,000-cycle test alone takes up to 15 minutes on a loaded machine), KEEP_SCRATCH=1, GREP=<mocha grep> (passed to the suite).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, ARTIFACTS } = require('./paths');
const { startServer } = require('./server');
const { launchChromium, newPage } = require('./browser');

const TESTS = path.join(ROOT, 'out/test/integration/index.js');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const RESULTS = path.join(ARTIFACTS, 'integration-results.json');

/** A fresh workspace folder: a copy of test/fixtures (every suite's files), so tests never touch the repository. */
function makeWorkspace() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-ws-'));
  fs.cpSync(FIXTURES, ws, { recursive: true });
  return ws;
}

async function main() {
  const t0 = Date.now();
  for (const f of [TESTS, path.join(ROOT, 'dist/extension.js')]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(ROOT, f)} is missing: run \`npm run build && npm run build:tests\` (npm run test:integration does both).`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.rmSync(RESULTS, { force: true });
  const workspace = makeWorkspace();
  const server = await startServer({
    workspace,
    smokeTestDriver: true,
    env: { POLICY_LENS_TEST_RESULTS: RESULTS, ...(process.env.GREP ? { POLICY_LENS_TEST_GREP: process.env.GREP } : {}) },
  });
  let browser;
  let exitCode = 1;
  try {
    browser = await launchChromium();
    const page = await newPage(browser);
    let resolveDone;
    const done = new Promise((resolve) => (resolveDone = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => resolveDone(Number(code)));
    // Workbench log lines (warnings and errors only; the rest is noise) and the extension host's console.
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      if ((level === 'error' || level === 'warn') && !/open-vsx|vsda|github|Creation of workbench contribution/i.test(String(message))) console.log(`[workbench ${level}] ${message}`);
    });
    page.on('console', (msg) => {
      const text = msg.text();
      if (/\[Extension Host\]/.test(text)) console.log(text.replace(/%c|color: [^ ]+|\[Extension Host\]\s*/g, '').trim());
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(TESTS)],
      ['skipWelcome', 'true'],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT || 2_700_000);
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const code = await Promise.race([done, timeout]);
    clearTimeout(timer);
    if (code === 'timeout') {
      await page.screenshot({ path: path.join(ARTIFACTS, 'integration-timeout.png') }).catch(() => {});
      console.error(`integration: no exit from the extension host within ${timeoutMs} ms (server log tail below)\n${server.log().slice(-3000)}`);
    } else {
      exitCode = code;
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }

  // The suite writes its own counts; trust them over the exit code alone (a suite that ran nothing is a failure).
  let results;
  try {
    results = JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
  } catch {
    console.error('integration: the suite wrote no results file (it did not load, or crashed before running)');
    return 1;
  }
  for (const t of results.tests.filter((x) => x.state === 'failed')) console.error(`  FAILED ${t.fullTitle}\n    ${t.error}`);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`integration: ${results.passes} passing, ${results.failures} failing, ${results.pending} pending (${results.tests.length} tests, ${secs}s, VS Code ${results.vscodeVersion})`);
  if (results.tests.length === 0) return 1;
  return exitCode === 0 && results.failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
