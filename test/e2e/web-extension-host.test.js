// End-to-end: the packaged extension (out/policy-lens.vsix) in code-server's web worker extension host, the way VS Code
// for the Web runs it. The user setting "remote.extensionKind": ["web"] makes the workbench run the `browser` entry
// (dist/web/extension.js) in the browser instead of the Node extension host; the test proves that analysis then runs
// in a nested Web Worker (dist/web/worker.js, named "policy-lens-analysis") and that the article is annotated with
// what dist/core.js finds in it. Screenshots in test-artifacts/e2e/.
/* global self */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, it, before, after, afterEach } = require('mocha');
const { ROOT, ARTIFACTS, VSIX } = require('../support/paths');
const { startServer } = require('../support/server');
const { launchChromium, newPage } = require('../support/browser');
const wb = require('../support/workbench');
const { analyze } = require('../../dist/core.js');

const SHOTS = path.join(ARTIFACTS, 'e2e');
const ARTICLE = 'harbor-health-breach.txt';
const EXTENSION_ID = 'policy-lens.policy-lens';
/** About 100 KB (several sections): its decorations take more than one slice of the extension host's time to apply. */
const LONG_ARTICLE = 'long-report.txt';

describe('Policy Lens end to end: VS Code for the Web (web worker extension host)', function () {
  this.timeout(120000);
  let server;
  let browser;
  let page;
  let ws;
  /** Every Web Worker the page started, nested ones included, by the name VS Code gives it. */
  const workers = [];
  const text = fs.readFileSync(path.join(ROOT, 'samples', ARTICLE), 'utf8');

  before(async function () {
    this.timeout(180000);
    assert.ok(fs.existsSync(VSIX), `${VSIX} missing: run npm run package (npm run test:e2e does)`);
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-e2e-web-'));
    fs.copyFileSync(path.join(ROOT, 'samples', ARTICLE), path.join(ws, ARTICLE));
    fs.writeFileSync(path.join(ws, LONG_ARTICLE), Array.from({ length: 60 }, (_, i) => `Report number ${i + 1}.\n\n${text}`).join('\n\n'));
    server = await startServer({ workspace: ws, vsix: VSIX, settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } });
    browser = await launchChromium();
    page = await newPage(browser);
    page.on('worker', (worker) => {
      const entry = { worker, name: undefined };
      workers.push(entry);
      worker.evaluate(() => self.name).then((name) => (entry.name = name), () => {});
    });
    await wb.openWorkbench(page, server, ws, ARTICLE);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await wb.screenshot(page, `FAILED-web-host-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`, SHOTS).catch(() => {});
  });

  after(async () => {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  /** Waits until the figure "130 million" (of the sample, on screen) is decorated and the status bar counts `article`. */
  async function expectAnnotated(article, name) {
    const expected = analyze(article);
    const figure = expected.figures.find((f) => f.text.includes('130 million'));
    assert.ok(figure, 'the core finds the figure "130 million"');
    // decorations land a kind at a time: wait for the figure's, not just the first
    let decorated = '';
    for (const deadline = Date.now() + 90000; !decorated.includes(figure.text) && Date.now() < deadline; await page.waitForTimeout(500)) {
      decorated = (await wb.decorationsInDom(page)).map((d) => d.text.replace(/\u00a0/g, ' ')).join(' | ');
    }
    await wb.screenshot(page, `web-host-${name}`, SHOTS);
    assert.ok(decorated.includes(figure.text), `the figure ${figure.text} is not decorated: ${decorated.slice(0, 1500)}`);
    // The status bar's wording: "1 incident", "2 incidents".
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const status = `${plural(expected.quotes.length, 'quote')} · ${plural(expected.figures.length, 'figure')} · ${plural(expected.incidents.length, 'incident')}`;
    await page.locator('.statusbar-item', { hasText: status }).first().waitFor({ timeout: 30000 });
  }

  it('annotates the article on open, with the counts the core finds', async () => {
    await expectAnnotated(text, 'annotated');
  });

  it('annotates a long article too (decorations applied over several slices of time)', async () => {
    await wb.openFromExplorer(page, LONG_ARTICLE);
    await expectAnnotated(fs.readFileSync(path.join(ws, LONG_ARTICLE), 'utf8'), 'long-annotated');
  });

  it('runs the extension in the web worker extension host and the analysis in a nested Web Worker', async () => {
    const deadline = Date.now() + 30000;
    const names = () => workers.map((w) => w.name).filter(Boolean);
    while (!names().some((n) => n.endsWith('policy-lens-analysis')) && Date.now() < deadline) await page.waitForTimeout(250);
    assert.ok(names().includes('ExtensionHostWorker'), `no web worker extension host: ${names().join(', ')}`);
    assert.ok(names().includes('ExtensionHostWorker -> policy-lens-analysis'), `no analysis Web Worker started by the extension host: ${names().join(', ')}`);
  });
});
