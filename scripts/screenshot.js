#!/usr/bin/env node
// Takes a screenshot of Policy Lens in a real VS Code (code-server + Chromium), for docs, reviews and debugging.
//
//   node scripts/screenshot.js [options]
//     --file <path>        article to open (default samples/harbor-health-breach.txt, else the first sample)
//     --command <id>       run a command by id through the command palette (repeatable), e.g. policyLens.annotate
//     --hover <text>       hover this text in the editor before the shot
//     --panel              open the incidents panel (policyLens.showPanel) and wait for its content
//     --theme <light|dark|hc>  colour theme (default dark)
//     --setting k=v        extra user setting (JSON value), repeatable: --setting policyLens.decorations.claims=false
//     --vsix               install the packaged .vsix (npm run package) instead of linking the working tree
//     --out <png>          where to write (default test-artifacts/screenshot.png)
//     --width/--height     viewport (default 1400x900)
//     --wait <s>           how long to wait for decorations (default 15; more on a loaded machine)
//     --notifications      keep VS Code's notifications in the shot (by default they are cleared: the workspace-index
//                          offer would cover the bottom of the panel)
// Builds first (node esbuild.js). The server and browser are always stopped.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, ARTIFACTS, VSIX } = require('../test/support/paths');
const { startServer } = require('../test/support/server');
const { launchChromium, newPage } = require('../test/support/browser');
const wb = require('../test/support/workbench');

const THEMES = { dark: 'Default Dark Modern', light: 'Default Light Modern', hc: 'Default High Contrast' };

function parseArgs(argv) {
  const o = { commands: [], settings: {}, wait: 15, theme: 'dark', width: 1400, height: 900, out: path.join(ARTIFACTS, 'screenshot.png') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--file') o.file = path.resolve(next());
    else if (a === '--command') o.commands.push(next());
    else if (a === '--hover') o.hover = next();
    else if (a === '--panel') o.panel = true;
    else if (a === '--notifications') o.notifications = true;
    else if (a === '--theme') o.theme = next();
    else if (a === '--vsix') o.vsix = true;
    else if (a === '--out') o.out = path.resolve(next());
    else if (a === '--width') o.width = Number(next());
    else if (a === '--wait') o.wait = Number(next());
    else if (a === '--height') o.height = Number(next());
    else if (a === '--setting') {
      const [k, ...v] = next().split('=');
      const raw = v.join('=');
      try {
        o.settings[k] = JSON.parse(raw);
      } catch {
        o.settings[k] = raw;
      }
    } else throw new Error(`unknown option ${a} (see the comment at the top of scripts/screenshot.js)`);
  }
  if (!o.file) {
    const dir = path.join(ROOT, 'samples');
    const preferred = path.join(dir, 'harbor-health-breach.txt');
    const any = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(md|txt)$/i.test(f) && !/^readme/i.test(f)).sort() : [];
    o.file = fs.existsSync(preferred) ? preferred : any[0] ? path.join(dir, any[0]) : path.join(ROOT, 'test/fixtures/lakeside-ransomware.md');
  }
  return o;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.vsix && !fs.existsSync(VSIX)) throw new Error(`${VSIX} missing: run npm run package`);
  if (!o.vsix) {
    const b = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('build failed');
  }
  // a scratch copy of the article, so nothing edits the original
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-shot-'));
  fs.copyFileSync(o.file, path.join(ws, path.basename(o.file)));
  const server = await startServer({
    workspace: ws,
    vsix: o.vsix ? VSIX : undefined,
    devExtension: !o.vsix,
    settings: { 'workbench.colorTheme': THEMES[o.theme] ?? o.theme, ...o.settings },
  });
  let browser;
  try {
    browser = await launchChromium();
    const page = await newPage(browser, { width: o.width, height: o.height });
    await wb.openWorkbench(page, server, ws);
    await wb.openFromExplorer(page, path.basename(o.file));
    for (const id of o.commands) await wb.runCommand(page, wb.commandTitle(id));
    if (o.commands.includes('policyLens.annotate') || o.settings['policyLens.annotateOnOpen'] !== false) {
      // the same reading of the editor's decorations as the end-to-end tests
      const t0 = Date.now();
      while (!(await wb.decorationsInDom(page)).length && Date.now() - t0 < o.wait * 1000) await page.waitForTimeout(250);
      if (Date.now() - t0 >= o.wait * 1000) console.warn(`no decorations appeared within ${o.wait} s`);
    }
    if (o.panel) {
      await wb.runCommand(page, wb.commandTitle('policyLens.showPanel'));
      await wb.webview(page).locator('body *').first().waitFor({ timeout: 20000 }).catch(() => console.warn('the panel showed nothing within 20 s'));
    }
    if (!o.notifications) await wb.runCommand(page, 'Notifications: Clear All Notifications').catch(() => console.warn('could not clear the notifications'));
    if (o.hover) console.log(`hover: ${(await wb.hover(page, o.hover)).replace(/\n+/g, ' | ')}`);
    fs.mkdirSync(path.dirname(o.out), { recursive: true });
    await page.screenshot({ path: o.out });
    console.log(`screenshot: ${path.relative(process.cwd(), o.out)}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e.stack || e);
  process.exit(1);
});
