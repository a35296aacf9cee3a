// End-to-end: the analysis Web Worker of VS Code for the Web (dist/web/worker.js, built by `npm run build`) loaded as
// a real Web Worker in Chromium, from pages a tiny local HTTP server serves. It speaks the protocol of
// src/extension/workerProtocol.ts: the reply must rebuild into the Analysis dist/core.js finds in the same text; a
// 'release' drops a document's incremental state; a 'cancel' message skips a queued request; in a cross-origin
// isolated page the shared flag stops a running analysis mid-way. Then WebWorkerEngine (bundled here with a small
// `vscode` stand-in) drives the same worker: results, cancellation, a crashing worker, a worker that cannot start.
/* global window, Worker, crossOriginIsolated */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const util = require('node:util');
const Module = require('node:module');
const esbuild = require('esbuild');
const { describe, it, before, after } = require('mocha');
const { ROOT } = require('../support/paths');
const { launchChromium } = require('../support/browser');

const WORKER = path.join(ROOT, 'dist/web/worker.js');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples/harbor-health-breach.txt'), 'utf8');
/** A long article: copies of the sample that differ in their first line, so no two sections are the same text. */
const longArticle = (copies) => Array.from({ length: copies }, (_, i) => `Report number ${i + 1}.\n\n${SAMPLE}`).join('\n\n');

/** Bundles a TypeScript entry in memory (esbuild.js builds no standalone bundle of it). */
function bundle(contents, options) {
  const out = esbuild.buildSync({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, logLevel: 'silent', ...options });
  return out.outputFiles[0].text;
}

function requireBundle(contents) {
  const m = new Module(path.join(ROOT, 'bundle.js'));
  m.paths = Module._nodeModulePaths(ROOT);
  m._compile(bundle(contents, { format: 'cjs', platform: 'node' }), m.id);
  return m.exports;
}

/** What the extension host does with a reply: src/extension/analysisParts.ts's fromParts. */
const { fromParts } = requireBundle(`export { fromParts } from './src/extension/analysisParts';`);
const rebuild = (reply) =>
  fromParts({ ...reply.parts, bytes: new util.TextEncoder().encode(reply.parts.bytes) }, { isCancellationRequested: false }, () => new Promise((r) => setTimeout(r, 0)));
/** The Analysis travels as JSON, so the reference is compared as JSON would carry it. */
const core = require(path.join(ROOT, 'dist/core.js'));
const expected = (text) => JSON.parse(JSON.stringify(core.analyze(text)));

/** The part of `vscode` WebWorkerEngine uses, for a page with no extension host. */
const VSCODE_STANDIN = `
export class CancellationError extends Error { constructor() { super('Canceled'); this.name = 'Canceled'; } }
export class CancellationTokenSource {
  constructor() {
    const listeners = new Set();
    this.token = { isCancellationRequested: false, onCancellationRequested: (l) => (listeners.add(l), { dispose: () => listeners.delete(l) }) };
    this.cancel = () => { if (this.token.isCancellationRequested) return; this.token.isCancellationRequested = true; for (const l of [...listeners]) l(); };
  }
}`;
/** WebWorkerEngine for a page, with the stand-in as `vscode`; exposed as window.PolicyLensTest. */
async function engineBundle() {
  const out = await esbuild.build({
    stdin: { contents: `export { WebWorkerEngine } from './src/extension/webWorkerEngine'; export * as vscode from 'vscode';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    logLevel: 'silent',
    format: 'iife',
    globalName: 'PolicyLensTest',
    platform: 'browser',
    plugins: [{ name: 'vscode-standin', setup: (b) => { b.onResolve({ filter: /^vscode$/ }, () => ({ path: 'vscode', namespace: 'standin' })); b.onLoad({ filter: /.*/, namespace: 'standin' }, () => ({ contents: VSCODE_STANDIN, loader: 'js' })); } }],
  });
  return out.outputFiles[0].text;
}

/** A worker that starts like the real one, then throws (uncaught) on a request whose text is CRASH. */
const CRASHING_WORKER = `importScripts('worker.js');
self.addEventListener('message', (e) => { if (e.data.text === 'CRASH') throw new Error('deliberate crash for the test'); });`;

/**
 * Serves /plain/* and /isolated/* (the latter cross-origin isolated: COOP + COEP, so SharedArrayBuffer exists):
 * an empty page, dist/web/worker.js, the crashing worker and the engine bundle.
 */
function startStatic(engine) {
  const files = {
    '': ['text/html', '<!doctype html><meta charset="utf-8"><title>Policy Lens web worker test</title>'],
    'worker.js': ['text/javascript', () => fs.readFileSync(WORKER)],
    'crashing-worker.js': ['text/javascript', CRASHING_WORKER],
    'engine.js': ['text/javascript', engine],
  };
  const server = http.createServer((req, res) => {
    const m = /^\/(plain|isolated)\/([\w.-]*)$/.exec(req.url.split('?')[0]);
    const file = m && files[m[2]];
    if (!file) return void res.writeHead(404).end('not found');
    const headers = { 'content-type': file[0], 'cache-control': 'no-store' };
    if (m[1] === 'isolated') Object.assign(headers, { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
    res.writeHead(200, headers).end(typeof file[1] === 'function' ? file[1]() : file[1]);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}` })));
}

/** A page with dist/web/worker.js started as a Web Worker; replies collect in window.replies with their arrival time. */
async function workerPage(browser, url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(Number(process.env.E2E_STEP_TIMEOUT) || 60000);
  await page.goto(url);
  await page.evaluate(() => {
    window.replies = [];
    window.sent = {};
    window.flags = {};
    window.worker = new Worker('worker.js');
    // An Analysis arrives as UTF-8 bytes (a transferred buffer), which page.evaluate cannot hand to Node: keep them
    // as the text they encode, and rebuild() encodes it again.
    const readable = (d) => (d.parts ? { ...d, parts: { ...d.parts, bytes: new window.TextDecoder().decode(d.parts.bytes) } } : d);
    window.worker.onmessage = (e) => window.replies.push({ ...readable(e.data), at: performance.now() });
    window.worker.onerror = (e) => window.replies.push({ error: e.message });
  });
  await page.waitForFunction(() => window.replies.some((r) => r.type === 'ready' || r.error));
  const ready = await page.evaluate(() => window.replies[0]);
  assert.deepEqual(ready.type, 'ready', `the worker did not start: ${JSON.stringify(ready)}`);
  return page;
}

const post = (page, message) => page.evaluate((m) => ((window.sent[m.id] = performance.now()), window.worker.postMessage(m)), message);
const reply = async (page, id) => (await page.waitForFunction((i) => window.replies.find((r) => r.id === i), id)).jsonValue();

describe('Policy Lens end to end: the analysis Web Worker (dist/web/worker.js) in Chromium', function () {
  this.timeout(180000);
  let browser;
  let web;

  before(async function () {
    assert.ok(fs.existsSync(WORKER), `${WORKER} missing: run npm run build`);
    web = await startStatic(await engineBundle());
    browser = await launchChromium();
  });

  after(async () => {
    if (browser) await browser.close().catch(() => {});
    if (web) await new Promise((r) => web.server.close(r));
  });

  describe('the protocol, as a page speaks it', () => {
    let page;
    before(async () => (page = await workerPage(browser, `${web.base}/plain/`)));
    after(() => page?.close());

    it('analyses the sample article into the Analysis the core finds', async () => {
      await post(page, { type: 'analyze', id: 1, text: SAMPLE });
      const r = await reply(page, 1);
      assert.equal(r.ok, true, r.message);
      const analysis = await rebuild(r);
      assert.deepEqual(analysis, expected(SAMPLE));
      assert.ok(analysis.figures.length > 0 && analysis.quotes.length > 0 && analysis.incidents.length > 0, 'the sample has figures, quotes and an incident');
    });

    it('keeps a document incremental under its key, and forgets it on release', async () => {
      const text = longArticle(60);
      const edited = text.replace('Report number 30.', 'Report number thirty, amended.');
      const key = 'file:///articles/long.txt';
      await post(page, { type: 'analyze', id: 10, text, key });
      await post(page, { type: 'analyze', id: 11, text: edited, key });
      await post(page, { type: 'analyze', id: 12, text: edited, key });
      await post(page, { type: 'release', key });
      await post(page, { type: 'analyze', id: 13, text: edited, key });
      const [first, editedReply, again, afterRelease] = await Promise.all([10, 11, 12, 13].map((id) => reply(page, id)));
      for (const r of [first, editedReply, again, afterRelease]) assert.equal(r.ok, true, r.message);
      assert.deepEqual(await rebuild(first), expected(text));
      const want = expected(edited);
      for (const r of [editedReply, again, afterRelease]) assert.deepEqual(await rebuild(r), want);
      // Unchanged text under a kept key reuses every section; after release the worker has to analyse it all again.
      console.log(`      first ${first.ms} ms, after an edit ${editedReply.ms} ms, unchanged ${again.ms} ms, after release ${afterRelease.ms} ms`);
      assert.ok(again.ms * 4 < afterRelease.ms, `release did not drop the analyser: unchanged ${again.ms} ms vs after release ${afterRelease.ms} ms`);
      assert.ok(editedReply.ms * 2 < first.ms, `an edit re-analysed everything: ${editedReply.ms} ms vs ${first.ms} ms`);
    });

    it('skips a queued request that a cancel message reached, without shared memory', async () => {
      assert.equal(await page.evaluate(() => crossOriginIsolated || typeof SharedArrayBuffer !== 'undefined'), false, 'this page must not be cross-origin isolated');
      const long = longArticle(80);
      await post(page, { type: 'analyze', id: 20, text: long });
      await post(page, { type: 'analyze', id: 21, text: long });
      await post(page, { type: 'cancel', id: 21 });
      await post(page, { type: 'analyze', id: 22, text: SAMPLE });
      // a cancel for a request that has already finished, or never existed, changes nothing
      await post(page, { type: 'cancel', id: 1 });
      await post(page, { type: 'cancel', id: 999 });
      const [running, skipped, next] = await Promise.all([20, 21, 22].map((id) => reply(page, id)));
      assert.equal(running.ok, true, 'a running request cannot be stopped without shared memory: it completes');
      assert.deepEqual({ ok: skipped.ok, cancelled: skipped.cancelled }, { ok: false, cancelled: true });
      assert.equal(next.ok, true, next.message);
      assert.deepEqual(await rebuild(next), expected(SAMPLE));
      // the skipped request took no time: the next one came right after the running one, not after two long ones
      assert.ok(running.at <= skipped.at && skipped.at <= next.at, 'replies in order');
      assert.ok(next.at - running.at < running.ms / 2, `the cancelled request was analysed: ${Math.round(next.at - running.at)} ms between replies, a long analysis takes ${running.ms} ms`);
    });
  });

  describe('the shared cancellation flag, in a cross-origin isolated page', () => {
    let page;
    before(async () => (page = await workerPage(browser, `${web.base}/isolated/`)));
    after(() => page?.close());

    it('stops a running analysis mid-way when the flag is set', async () => {
      assert.equal(await page.evaluate(() => crossOriginIsolated), true, 'the page should be cross-origin isolated');
      const sendWithFlag = (id, text, cancelAfterMs) =>
        page.evaluate(
          ({ id, text, cancelAfterMs }) => {
            const flag = new SharedArrayBuffer(4);
            window.sent[id] = performance.now();
            window.worker.postMessage({ type: 'analyze', id, text, flag });
            if (cancelAfterMs !== undefined) setTimeout(() => Atomics.store(new Int32Array(flag), 0, 1), cancelAfterMs);
          },
          { id, text, cancelAfterMs },
        );
      // The article is sized from a measured run, so the stop is visible on a fast machine and a slow one alike:
      // grow it until a whole analysis takes at least WHOLE_MS, then set the flag a fifth of the way in. The first run
      // only warms up: a cold engine can take WHOLE_MS on a small article that a warm one finishes before the flag.
      const WHOLE_MS = 1500;
      let copies = 40;
      let long;
      let full;
      for (let id = 30; ; id++) {
        long = longArticle(copies);
        await sendWithFlag(id, long);
        full = await reply(page, id);
        assert.equal(full.ok, true, full.message);
        if ((full.ms >= WHOLE_MS && id > 30) || id >= 35) break;
        copies = Math.ceil((copies * (WHOLE_MS * 1.3)) / Math.max(full.ms, 20));
      }
      assert.ok(full.ms >= WHOLE_MS, `could not size an article that takes ${WHOLE_MS} ms (${copies} copies: ${full.ms} ms)`);
      const cancelAfterMs = Math.round(full.ms / 5);
      await sendWithFlag(40, long, cancelAfterMs);
      const stopped = await reply(page, 40);
      const took = stopped.at - (await page.evaluate(() => window.sent[40]));
      console.log(`      ${copies} copies: whole analysis ${full.ms} ms; flag set after ${cancelAfterMs} ms, replied after ${Math.round(took)} ms`);
      assert.deepEqual({ ok: stopped.ok, cancelled: stopped.cancelled }, { ok: false, cancelled: true });
      assert.ok(took < full.ms * 0.6, `the flag did not stop the analysis mid-way: ${Math.round(took)} ms of ${full.ms} ms`);
      // a flag set before the request starts: nothing is analysed
      await page.evaluate((text) => {
        const flag = new SharedArrayBuffer(4);
        Atomics.store(new Int32Array(flag), 0, 1);
        window.worker.postMessage({ type: 'analyze', id: 41, text, flag });
      }, long);
      const early = await reply(page, 41);
      assert.equal(early.cancelled, true);
    });
  });

  describe('WebWorkerEngine (src/extension/webWorkerEngine.ts) on the real worker', () => {
    let page;
    before(async () => {
      page = await browser.newPage();
      await page.goto(`${web.base}/plain/`);
      await page.addScriptTag({ url: 'engine.js' });
      await page.evaluate(() => {
        const { WebWorkerEngine, vscode } = window.PolicyLensTest;
        window.logged = [];
        const log = Object.fromEntries(['trace', 'debug', 'info', 'warn', 'error'].map((level) => [level, (m) => window.logged.push(`${level}: ${m}`)]));
        window.started = 0;
        const factory = (url) => (window.started++, new Worker(url));
        const fallback = () => ({ name: 'stand-in', analyze: async () => ({ fallback: true }), release() {}, dispose() {} });
        window.makeEngine = (url) => new WebWorkerEngine(url, log, factory, fallback);
        window.token = () => new vscode.CancellationTokenSource();
        /** Settles a promise into a plain value Playwright can carry. */
        window.settle = (p) => p.then((value) => ({ value }), (e) => ({ error: e.message, name: e.name }));
      });
    });
    after(() => page?.close());

    it('returns the Analysis the core finds, per document, and cancels a request the moment its token is cancelled', async () => {
      const result = await page.evaluate(async ({ sample, long }) => {
        const engine = window.makeEngine('worker.js');
        const one = await window.settle(engine.analyze(sample, window.token().token, 'file:///a.txt'));
        // Settling order, not a time limit, shows the cancel is immediate: the cancelled request settles while the
        // long one queued before it is still running in the worker.
        const order = [];
        const slow = window.settle(engine.analyze(long, window.token().token)).then((r) => (order.push('slow'), r));
        const cts = window.token();
        const t0 = performance.now();
        const cancelled = window.settle(engine.analyze(long, cts.token)).then((r) => (order.push('cancelled'), r));
        cts.cancel();
        const cancelledResult = await cancelled;
        const cancelMs = performance.now() - t0;
        const after = await window.settle(engine.analyze(sample, window.token().token, 'file:///a.txt'));
        engine.release('file:///a.txt');
        await slow;
        engine.dispose();
        return { one, cancelledResult, cancelMs, order, after, started: window.started };
      }, { sample: SAMPLE, long: longArticle(40) });
      assert.deepEqual(result.one.value, expected(SAMPLE));
      assert.equal(result.cancelledResult.name, 'Canceled', JSON.stringify(result.cancelledResult));
      assert.deepEqual(result.order, ['cancelled', 'slow'], `the cancelled request waited for the one before it (${Math.round(result.cancelMs)} ms)`);
      assert.deepEqual(result.after.value, expected(SAMPLE));
      assert.equal(result.started, 1, 'one worker for all requests');
    });

    it('rejects pending requests with a clear message when the worker crashes, and starts a fresh worker next time', async () => {
      const result = await page.evaluate(async (sample) => {
        window.started = 0;
        const engine = window.makeEngine('crashing-worker.js');
        engine.start();
        const crash = window.settle(engine.analyze('CRASH', window.token().token));
        const alongside = window.settle(engine.analyze(sample, window.token().token));
        const results = [await crash, await alongside];
        const next = await window.settle(engine.analyze(sample, window.token().token));
        engine.dispose();
        return { results, next, started: window.started, logged: window.logged.filter((l) => l.startsWith('error')) };
      }, SAMPLE);
      for (const r of result.results) assert.match(r.error ?? '', /analysis worker failed: .*deliberate crash for the test.*fresh worker/, JSON.stringify(r));
      assert.deepEqual(result.next.value, expected(SAMPLE));
      assert.equal(result.started, 2, 'the request after the crash started a fresh worker');
      assert.ok(result.logged.some((l) => l.includes('deliberate crash')), JSON.stringify(result.logged));
    });

    it('analyses in-process (the fallback) when no worker can start', async () => {
      const result = await page.evaluate(async (sample) => {
        window.logged = [];
        const engine = window.makeEngine('no-such-worker.js');
        engine.start();
        const first = await window.settle(engine.analyze(sample, window.token().token));
        const second = await window.settle(engine.analyze(sample, window.token().token));
        engine.dispose();
        return { first, second, logged: window.logged };
      }, SAMPLE);
      assert.deepEqual(result.first.value, { fallback: true });
      assert.deepEqual(result.second.value, { fallback: true });
      assert.ok(result.logged.some((l) => l.startsWith('warn') && l.includes('in-process')), JSON.stringify(result.logged));
    });
  });
});
