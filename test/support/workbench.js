// Playwright helpers for the VS Code 1.139 web workbench served by code-server (selectors from
// /work/shared/docs/real-vscode-testing.md). Used by test/e2e and scripts/screenshot.js.
/* global document, getComputedStyle */
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./paths');

const pkg = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** "Policy Lens: Annotate Article" for "policyLens.annotate", from package.json (so a renamed title is followed). */
function commandTitle(id) {
  const c = (pkg().contributes?.commands ?? []).find((x) => x.command === id);
  if (!c) throw new Error(`package.json contributes no command ${id}`);
  return c.category ? `${c.category}: ${c.title}` : c.title;
}

/** The workbench URL for a folder, optionally opening one file in it. */
function workbenchUrl(server, folder, file) {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (file) url += `&payload=${encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${server.port}${path.join(folder, file)}`]]))}`;
  return url;
}

async function openWorkbench(page, server, folder, file) {
  await page.goto(workbenchUrl(server, folder, file));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  // the explorer has listed the folder: the workbench is usable
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
}

/** Opens a file by double-clicking it in the explorer; waits for its tab and text. */
async function openFromExplorer(page, name) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().dblclick();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .view-lines').first().waitFor();
  await focusEditor(page);
}

/** Puts the keyboard focus in the active editor (commands with an `editorLangId` when-clause need it). */
async function focusEditor(page) {
  const focused = page.locator('.editor-instance .monaco-editor.focused');
  if (await focused.count()) return;
  const box = await page.locator('.editor-instance .overflow-guard').first().boundingBox();
  if (!box) throw new Error('no editor is visible');
  const view = page.viewportSize();
  // a click low in the visible part of the editor (the text area can be taller than the window)
  const x = Math.min(box.x + box.width / 2, view.width - 20);
  const y = Math.min(box.y + box.height - 10, view.height - 40);
  await page.mouse.click(x, y);
  await focused.first().waitFor();
}

/** Runs a command from the command palette by its title ("Policy Lens: Annotate Article"). */
async function runCommand(page, title, { timeout = 60000 } = {}) {
  // Right after start-up the palette may not list an extension's commands yet (its contributions and when-clause
  // context arrive with the extension host): reopen and retry until the title shows.
  const deadline = Date.now() + timeout;
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor();
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 3000 });
      break;
    } catch (e) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error(`command “${title}” not in the command palette after ${timeout} ms`, { cause: e });
      await page.waitForTimeout(500);
    }
  }
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  // On a busy machine the extension host can still be starting: VS Code then answers "command '…' not found" in a
  // dialog. Dismiss it and try again until the deadline.
  const notFound = page.locator('.monaco-dialog-box', { hasText: 'not found' });
  try {
    await notFound.waitFor({ timeout: 1000 });
  } catch {
    return;
  }
  await notFound.locator('.monaco-button', { hasText: 'OK' }).first().click();
  if (Date.now() > deadline) throw new Error(`command “${title}”: not found (is the extension active?)`);
  await page.waitForTimeout(2000);
  await focusEditor(page).catch(() => {});
  return runCommand(page, title, { timeout: deadline - Date.now() });
}

/**
 * The decorations in the visible editor whose class is one of VS Code's generated ced-* classes, with their text and
 * computed colours: [{ text, inline, backgroundColor, color, borderColor, textDecorationColor, outlineColor }].
 */
async function decorationsInDom(page) {
  return page.evaluate(() => {
    // the active group's editor: with the panel open beside it there can be several
    const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor') ?? document.querySelector('.editor-instance .monaco-editor');
    if (!editor) return [];
    const items = [];
    for (const el of editor.querySelectorAll('.view-overlays .cdr[class*="ced-"], .view-lines span[class*="ced-"], .view-lines span[class*="ced-"] *')) {
      const s = getComputedStyle(el);
      items.push({
        text: el.textContent || '',
        className: typeof el.className === 'string' ? el.className : '',
        inline: !el.classList.contains('cdr'),
        backgroundColor: s.backgroundColor,
        color: s.color,
        borderColor: s.borderTopColor,
        borderStyle: s.borderTopStyle + ' ' + s.borderBottomStyle,
        textDecorationColor: s.textDecorationColor,
        outlineColor: s.outlineColor,
      });
    }
    return items;
  });
}

/** The centre of the first occurrence of `text` in the visible editor's lines (a DOM Range over the text nodes). */
async function textCenter(page, text) {
  return page.evaluate((needle) => {
    const lines = [...document.querySelectorAll('.editor-instance .view-lines .view-line')];
    lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    for (const line of lines) {
      const full = line.textContent.replace(/\u00a0/g, ' ');
      const at = full.indexOf(needle);
      if (at < 0) continue;
      // map the character offset to a text node
      const walker = document.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
      let seen = 0;
      let node;
      while ((node = walker.nextNode())) {
        const len = node.textContent.length;
        if (at < seen + len) {
          const range = document.createRange();
          const start = at - seen;
          range.setStart(node, start);
          range.setEnd(node, Math.min(len, start + Math.max(1, Math.min(needle.length, len - start))));
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        seen += len;
      }
    }
    return null;
  }, text);
}

/** Moves the mouse onto `text` in the editor and returns the hover's text. */
async function hover(page, text) {
  const at = await textCenter(page, text);
  if (!at) throw new Error(`“${text}” is not visible in the editor`);
  await page.mouse.move(at.x - 40, at.y + 80);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  const box = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
  await box.waitFor({ state: 'visible', timeout: 30000 });
  // the hover first says "Loading..." while the provider works (it may wait for the analysis)
  const deadline = Date.now() + 30000;
  let shown = await box.innerText();
  while (/^\s*Loading/.test(shown) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    shown = await box.innerText();
  }
  return shown;
}

/** The status-bar selection ("Ln 7, Col 12 (11 selected)") parsed: { line, col, selected }. */
async function editorSelection(page) {
  const text = await page.locator('[id="status.editor.selection"]').first().innerText();
  const m = text.match(/Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/);
  if (!m) throw new Error(`unexpected selection status: ${text}`);
  return { line: Number(m[1]), col: Number(m[2]), selected: m[3] ? Number(m[3]) : 0, text };
}

/** The incidents panel's document (inside two iframes). */
function webview(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Notification messages, from the toasts and the notification centre. */
async function notifications(page) {
  return page.locator('.notifications-toasts .notification-list-item-message, .notifications-center .notification-list-item-message').allInnerTexts();
}

/** The colour defaults of package.json's contributes.colors for a theme kind ('dark' | 'light'), as CSS rgb()/rgba(). */
function themeColors(kind) {
  const out = {};
  for (const c of pkg().contributes?.colors ?? []) {
    const v = c.defaults?.[kind];
    if (typeof v === 'string' && v.startsWith('#')) out[c.id] = hexToCss(v);
  }
  return out;
}

function hexToCss(hex) {
  let h = hex.slice(1);
  if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  if (h.length === 8) {
    const a = parseInt(h.slice(6, 8), 16) / 255;
    return `rgba(${r}, ${g}, ${b}, ${Number(a.toFixed(3))})`;
  }
  return `rgb(${r}, ${g}, ${b})`;
}

/** Loose colour equality: Chromium rounds alpha to ~3 digits. */
function sameColor(a, b) {
  const nums = (s) => (s.match(/[\d.]+/g) || []).map(Number);
  const [x, y] = [nums(a), nums(b)];
  if (x.length === 3) x.push(1);
  if (y.length === 3) y.push(1);
  return x.length === 4 && y.length === 4 && x.every((v, i) => Math.abs(v - y[i]) <= (i === 3 ? 0.01 : 1));
}

async function screenshot(page, name, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

module.exports = {
  commandTitle, workbenchUrl, openWorkbench, openFromExplorer, focusEditor, runCommand, decorationsInDom, textCenter, hover,
  editorSelection, webview, notifications, themeColors, hexToCss, sameColor, screenshot,
};
