// End-to-end: the incidents webview and the hovers treat an article's text as text. The article
// (test/fixtures/hostile-markup.md, saved under a file name that is itself an <img onerror> payload) carries script
// tags, an <img onerror>, a javascript: Markdown link, a stray </div>, a <style> that would hide the page and a
// style="…" attribute, inside quotes and claims; the packaged extension annotates it and opens the panel, and the test
// proves in Chromium that the payloads are shown as characters, that nothing ran, that no element came from the
// article, and that the webview's Content-Security-Policy blocks an inline script. Screenshots in test-artifacts/e2e/.
/* global document, window, getComputedStyle */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, it, before, after, afterEach } = require('mocha');
const { ROOT, ARTIFACTS, VSIX } = require('../support/paths');
const { startServer } = require('../support/server');
const { launchChromium, newPage } = require('../support/browser');
const wb = require('../support/workbench');

const SHOTS = path.join(ARTIFACTS, 'e2e');
const FIXTURE = 'hostile-markup.md';
// the scratch copy's name is a payload too: the panel shows it as its title
const ARTICLE = 'hostile-<img src=x onerror=window.__plPwned=1>.md';
/** Strings of the article that must reach the panel as characters. */
const PAYLOADS = [
  '<script>window.__plPwned=1</script>',
  '</div><style>body{display:none}</style>',
  '[left a note](javascript:window.__plPwned=1)',
  '<b style="position:fixed;inset:0;background:red">Harbor Clinic</b>',
  '<img src=x onerror="window.__plPwned=1">',
];

/** `typeof window.__plPwned` in every frame of the page (workbench, webview host, webview content). */
async function pwnedInFrames(page) {
  const out = [];
  for (const frame of page.frames()) {
    const v = await frame.evaluate(() => typeof window.__plPwned).catch(() => 'unreachable');
    out.push({ url: frame.url().slice(0, 80), v });
  }
  return out;
}

/** The Playwright Frame that holds the panel's document (the one with main#content and the CSP meta). */
async function panelFrame(page) {
  const deadline = Date.now() + 30000;
  for (;;) {
    for (const frame of page.frames()) {
      const ok = await frame.evaluate(() => !!document.querySelector('main#content') && !!document.querySelector('meta[http-equiv="Content-Security-Policy"]')).catch(() => false);
      if (ok) return frame;
    }
    if (Date.now() > deadline) throw new Error('no frame holds the incidents panel');
    await page.waitForTimeout(200);
  }
}

describe('Policy Lens end to end: hostile markup in an article stays text', function () {
  this.timeout(120000);
  let server;
  let browser;
  let page;
  let ws;
  const shot = (name) => wb.screenshot(page, `security-${name}`, SHOTS);

  before(async function () {
    this.timeout(180000);
    assert.ok(fs.existsSync(VSIX), `${VSIX} missing: run npm run package (npm run test:e2e does)`);
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-e2e-sec-'));
    fs.copyFileSync(path.join(ROOT, 'test/fixtures', FIXTURE), path.join(ws, ARTICLE));
    server = await startServer({ workspace: ws, vsix: VSIX, settings: { 'workbench.colorTheme': 'Default Dark Modern', 'policyLens.annotateOnOpen': false } });
    browser = await launchChromium();
    page = await newPage(browser);
    await wb.openWorkbench(page, server, ws);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await wb.screenshot(page, `FAILED-security-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`, SHOTS).catch(() => {});
  });

  after(async () => {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    if (ws) fs.rmSync(ws, { recursive: true, force: true });
  });

  it('annotates the hostile article', async () => {
    await wb.openFromExplorer(page, 'hostile-');
    await wb.runCommand(page, wb.commandTitle('policyLens.annotate'));
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance .view-lines span[class*="ced-"], .editor-instance .view-overlays .cdr[class*="ced-"]').length > 0, null, { timeout: 90000 });
    await shot('1-annotated');
  });

  it('hovers show the analysis without rendering the article’s markup or links', async () => {
    for (const needle of ['3,400', 'left a note']) {
      const text = await wb.hover(page, needle);
      assert.ok(text.trim().length > 0, `empty hover over ${needle}`);
      const box = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
      const injected = await box.evaluate((el) => [...el.querySelectorAll('img, script, style, iframe, a[href^="javascript"], [onerror], b[style]')].map((x) => x.outerHTML.slice(0, 80)));
      assert.deepEqual(injected, [], `the hover over ${needle} holds elements from the article`);
      const links = await box.evaluate((el) => [...el.querySelectorAll('a')].map((a) => a.getAttribute('href') || a.getAttribute('data-href') || ''));
      assert.ok(links.every((h) => !/javascript:/i.test(h)), `hover links: ${JSON.stringify(links)}`);
      await shot(`2-hover-${needle.replace(/\W+/g, '-')}`);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
    }
    const pwned = await pwnedInFrames(page);
    assert.ok(pwned.every((f) => f.v === 'undefined' || f.v === 'unreachable'), `__plPwned set: ${JSON.stringify(pwned)}`);
  });

  it('the panel shows every payload as text, nothing from the article ran or became an element', async () => {
    await wb.focusEditor(page);
    await wb.runCommand(page, wb.commandTitle('policyLens.showPanel'));
    const view = wb.webview(page);
    await view.locator('main#content').filter({ hasText: 'Dana Voss' }).waitFor({ timeout: 60000 });
    const frame = await panelFrame(page);
    const seen = await frame.evaluate(() => ({
      text: document.body.textContent,
      title: document.getElementById('title')?.textContent ?? '',
      bodyDisplay: getComputedStyle(document.body).display,
      // VS Code's webview host adds <style id="_defaultStyles"> and a style attribute on <html>; nothing else may exist
      elements: [
        ...document.body.querySelectorAll('img, style, iframe, object, embed, svg, link, a[href^="javascript"], [onerror], b, [style]'),
        ...document.head.querySelectorAll('style:not(#_defaultStyles), img, [onerror]'),
      ].map((x) => x.outerHTML.slice(0, 100)),
      scripts: [...document.querySelectorAll('script')].map((s) => ({ src: s.getAttribute('src') || '', nonce: s.nonce || s.getAttribute('nonce') || '', text: s.textContent })),
      pwned: typeof window.__plPwned,
    }));
    await shot('3-panel');
    // (a) the payloads are characters on the page
    for (const p of PAYLOADS) assert.ok(seen.text.includes(p), `the panel does not show ${p} as text`);
    assert.equal(seen.title, ARTICLE, 'the panel title (the file name, itself a payload) is not shown as text');
    // (b) nothing ran, in any frame
    assert.equal(seen.pwned, 'undefined');
    const pwned = await pwnedInFrames(page);
    assert.ok(pwned.every((f) => f.v === 'undefined' || f.v === 'unreachable'), `__plPwned set: ${JSON.stringify(pwned)}`);
    // (c) no element from the article: only the panel's own script (with its nonce), the </div> closed nothing
    assert.deepEqual(seen.elements, [], 'elements from the article in the webview');
    // VS Code's webview host injects one inline script of its own (acquireVsCodeApi); the panel has one, with its nonce
    const show = JSON.stringify(seen.scripts.map((x) => ({ ...x, text: x.text.slice(0, 60) })));
    assert.ok(seen.scripts.every((x) => !x.text.includes('__plPwned') && !x.src.includes('__plPwned')), `a script from the article: ${show}`);
    const ours = seen.scripts.filter((x) => x.src);
    assert.equal(ours.length, 1, `external scripts in the webview: ${show}`);
    assert.match(ours[0].src, /\/dist\/webview\.js$/);
    assert.match(ours[0].nonce, /^[0-9a-f]{32}$/);
    assert.ok(seen.scripts.length <= 2, `scripts in the webview: ${show}`);
    assert.notEqual(seen.bodyDisplay, 'none', 'the article’s <style> hid the panel');
    const cards = await view.locator('main#content details, main#content article').count();
    assert.ok(cards > 0, 'the panel lost its sections (a </div> from the article closed them?)');
  });

  it('the webview’s Content-Security-Policy is default-src none with a script nonce, and blocks an inline script', async () => {
    const frame = await panelFrame(page);
    const result = await frame.evaluate(async () => {
      const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective || e.effectiveDirective));
      // an inline script without the nonce, and an inline event handler, as an injection would add them
      const s = document.createElement('script');
      s.textContent = 'window.__plInjected = 1;';
      document.body.appendChild(s);
      const img = document.createElement('img');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', 'window.__plInjected = 2;');
      document.body.appendChild(img);
      const style = document.createElement('style');
      style.textContent = 'body { display: none !important; }';
      document.head.appendChild(style);
      // Wait for the events that say each injection was tried (no fixed sleep): the image's error (its inline
      // handler is attempted then) and the policy's reports for the script and the style; at most 10 s.
      const imgFailed = new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
      const reported = new Promise((resolve) => {
        const deadline = Date.now() + 10_000;
        const check = () =>
          (violations.some((d) => /^script-src/.test(d)) && violations.some((d) => /^style-src/.test(d))) || Date.now() > deadline ? resolve() : setTimeout(check, 20);
        check();
      });
      await Promise.race([Promise.all([imgFailed, reported]), new Promise((r) => setTimeout(r, 10_000))]);
      await new Promise((r) => setTimeout(r, 0)); // the inline handler, had it been allowed, runs in the error event's task
      const out = { csp, injected: typeof window.__plInjected, violations, bodyDisplay: getComputedStyle(document.body).display };
      s.remove();
      img.remove();
      style.remove();
      return out;
    });
    assert.match(result.csp, /default-src 'none'/, `CSP: ${result.csp}`);
    assert.match(result.csp, /script-src 'nonce-[0-9a-f]{32}'/, `CSP: ${result.csp}`);
    assert.doesNotMatch(result.csp, /unsafe-inline|unsafe-eval/, `CSP: ${result.csp}`);
    assert.equal(result.injected, 'undefined', 'an inline script without the nonce ran');
    assert.ok(result.violations.some((d) => /^script-src/.test(d)), `no script-src violation reported: ${JSON.stringify(result.violations)}`);
    assert.notEqual(result.bodyDisplay, 'none', 'an inline <style> applied (style-src allows only the extension’s stylesheet)');
    assert.ok(result.violations.some((d) => /^style-src/.test(d)), `no style-src violation reported: ${JSON.stringify(result.violations)}`);
  });
});
