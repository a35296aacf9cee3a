// Launches Debian's Chromium through playwright-core with the flags this machine needs (never `playwright install`).
const { CHROMIUM } = require('./paths');

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** HEADFUL=1 shows the window (needs a display). Playwright makes a fresh profile itself. */
async function launchChromium(opts = {}) {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: !process.env.HEADFUL, args: ARGS, ...opts });
}

/** A page at a fixed size (screenshots comparable run to run) with console errors collected. */
async function newPage(browser, { width = 1400, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(Number(process.env.E2E_STEP_TIMEOUT) || 60000);
  return page;
}

module.exports = { launchChromium, newPage, CHROMIUM_ARGS: ARGS };
