// End-to-end: a web page, a PDF and a Word file (made at test time) opened from the Explorer's context menu with
// "Open as Article…" in the packaged extension; each opens as a read-only article whose quotes and figures are
// decorated in the editor.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, it, before, after, afterEach } = require('mocha');
const { ARTIFACTS, VSIX } = require('../support/paths');
const { startServer } = require('../support/server');
const { launchChromium, newPage } = require('../support/browser');
const wb = require('../support/workbench');
const fx = require('../support/article-fixtures');

const SHOTS = path.join(ARTIFACTS, 'e2e');

describe('Open as Article end to end', function () {
  this.timeout(180000);
  let server;
  let browser;
  let page;
  let ws;

  before(async function () {
    this.timeout(240000);
    assert.ok(fs.existsSync(VSIX), `${VSIX} missing: run npm run package (npm run test:e2e does)`);
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-e2e-import-'));
    fs.writeFileSync(path.join(ws, 'page.html'), fx.articleHtml());
    fs.writeFileSync(path.join(ws, 'report.pdf'), await fx.articlePdf());
    fs.writeFileSync(path.join(ws, 'draft.docx'), await fx.articleDocx());
    server = await startServer({ workspace: ws, vsix: VSIX, settings: {} });
    browser = await launchChromium();
    page = await newPage(browser);
    await wb.openWorkbench(page, server, ws);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (ws && !process.env.KEEP_SCRATCH) fs.rmSync(ws, { recursive: true, force: true });
  });

  /**
   * Right-click → Open as Article…. The menu lacks the item until the extension's contributions arrive: close and
   * retry. A click that lands while the menu is still settling can be dropped (the menu stays open and nothing runs,
   * as on a loaded machine): click again until the menu closes.
   */
  async function openFromContextMenu(name) {
    const item = page.getByRole('menuitem', { name: /Open as Article/ }).first();
    for (const deadline = Date.now() + 60000; ; ) {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click({ button: 'right' });
      try {
        await item.waitFor({ timeout: 3000 });
        break;
      } catch (e) {
        await page.keyboard.press('Escape');
        if (Date.now() > deadline) throw new Error(`no Open as Article… in the context menu of ${name}`, { cause: e });
      }
    }
    const menu = page.locator('.context-view.monaco-menu-container');
    for (let tries = 1; ; tries++) {
      await item.click();
      try {
        await menu.waitFor({ state: 'hidden', timeout: 5000 });
        return;
      } catch (e) {
        if (tries === 5) throw new Error(`the context menu of ${name} stays open after ${tries} clicks on Open as Article…`, { cause: e });
      }
    }
  }

  // A failed test leaves a screenshot of what was on screen, and no menu open to block the next test.
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !page) return;
    await wb.screenshot(page, `open-as-article-failed-${this.currentTest.title.split(':')[0].replace('.', '-')}`, SHOTS).catch(() => {});
    await page.keyboard.press('Escape').catch(() => {});
  });

  for (const name of ['page.html', 'report.pdf', 'draft.docx']) {
    it(`${name}: Explorer → Open as Article… shows the article with its quotes and figures decorated`, async () => {
      await openFromContextMenu(name);
      await page.locator('.tabs-container .tab.active', { hasText: `${name}.txt` }).waitFor({ timeout: 60000 });
      await page.locator('.editor-instance .view-lines', { hasText: 'Odile Farrant' }).first().waitFor({ timeout: 60000 });
      let decorations = [];
      for (const deadline = Date.now() + 60000; Date.now() < deadline; await page.waitForTimeout(250)) {
        decorations = await wb.decorationsInDom(page);
        if (['312', 'Farrant', 'families'].every((t) => decorations.some((d) => d.text.includes(t)))) break;
      }
      await wb.screenshot(page, `open-as-article-${name.replace('.', '-')}`, SHOTS);
      // Visible without scrolling (long lines are cut at the window's edge): a figure, a speaker, a quote.
      assert.ok(decorations.some((d) => d.text.includes('312')), `the figure is not decorated in ${name}`);
      assert.ok(decorations.some((d) => d.text.includes('Farrant')), `the speaker is not decorated in ${name}`);
      assert.ok(decorations.some((d) => d.text.includes('families')), `the quote is not decorated in ${name}`);
      const text = await page.locator('.editor-instance .view-lines').first().innerText();
      for (const furniture of [...fx.FURNITURE, 'Special report'].filter((f) => f !== 'Coastal Ledger')) assert.ok(!text.includes(furniture), `${name}: furniture shown: ${furniture}`);
    });
  }
});
