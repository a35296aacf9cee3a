// The analysis worker's replies (src/extension/analysisParts.ts, workerHandler.ts, dist/worker.js): an Analysis
// travels as UTF-8 JSON parts in one buffer that is transferred, not copied, so receiving a long article's Analysis
// costs the extension host's thread almost nothing; the host rebuilds it a few parts at a time, and stops when the
// request is cancelled.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { setImmediate } = require('node:timers');
const { MessageChannel, Worker } = require('node:worker_threads');
const { loadTs, ROOT } = require('../support/load-ts');
const { analyze } = require('../../dist/core.js');

const { toParts, fromParts, transferables } = loadTs("export * from './src/extension/analysisParts';");

const samples = path.join(ROOT, 'samples');
const sample = fs.readFileSync(path.join(samples, 'harbor-health-breach.txt'), 'utf8');
/** About 70 KB: several sections, thousands of items, so the Analysis is many parts. */
const long = Array.from({ length: 40 }, (_, i) => `Report number ${i + 1}.\n\n${sample}`).join('\n\n');
let longAnalysis;
const analyzeLong = () => (longAnalysis ??= analyze(long));

const never = { isCancellationRequested: false };
const pause = () => new Promise((resolve) => setImmediate(resolve));
/** The Analysis as JSON carries it (undefined fields dropped), the form a reply rebuilds into. */
const asJson = (x) => JSON.parse(JSON.stringify(x));

test('an Analysis rebuilds from its parts exactly, across many parts', async () => {
  const analysis = analyzeLong();
  const parts = toParts(analysis);
  assert.ok(parts.fields.length > 10, `only ${parts.fields.length} parts`);
  assert.equal(parts.fields[0], null);
  assert.equal(parts.ends.length, parts.fields.length);
  assert.equal(parts.ends.at(-1), parts.bytes.length);
  assert.equal(parts.bytes.byteOffset, 0);
  assert.equal(parts.bytes.buffer.byteLength, parts.bytes.length, 'the buffer holds the parts and nothing else');
  assert.deepEqual(await fromParts(parts, never, pause), asJson(analysis));
});

test('text outside ASCII survives the UTF-8 parts (a part never splits a character)', async () => {
  const odd = ['“quoted”', 'Zürich — 5 €', '😀 emoji', 'naïve', '\u2028 line separator', 'ascii'];
  const figures = Array.from({ length: 6000 }, (_, i) => ({ text: odd[i % odd.length].repeat(1 + (i % 7)), start: i, end: i + 1 }));
  const analysis = { figures, quotes: [], people: [{ name: 'Łukasz Ørsted' }], note: 'head “with” text' };
  const parts = toParts(analysis);
  assert.ok(parts.fields.filter((f) => f === 'figures').length > 3, 'the figures span several parts');
  assert.deepEqual(await fromParts(parts, never, pause), analysis);
});

test('posting a reply moves its buffer (transferred, not copied) and the receiver rebuilds it', async () => {
  const analysis = analyze(sample);
  const reply = { id: 7, ok: true, parts: toParts(analysis), ms: 1 };
  const partial = { type: 'partial', id: 7, parts: toParts(analysis) };
  assert.deepEqual(transferables({ id: 7, ok: false, cancelled: true, message: 'x' }), []);
  const { port1, port2 } = new MessageChannel();
  const received = new Promise((resolve) => port2.once('message', resolve));
  port1.postMessage(reply, transferables(reply));
  assert.equal(reply.parts.bytes.byteLength, 0, 'the sender still holds the bytes: they were copied');
  const got = await received;
  assert.deepEqual(await fromParts(got.parts, never, pause), asJson(analysis));
  assert.deepEqual(transferables(partial), [partial.parts.bytes.buffer]);
  port1.close();
});

test('rebuilding lets other work run, and stops with CancelledError once the request is cancelled', async () => {
  // Some 4 MB of JSON: more than one slice of parsing on any machine.
  const figures = Array.from({ length: 40000 }, (_, i) => ({ text: `figure ${i}`, value: i, start: i * 10, end: i * 10 + 5, counts: 'people' }));
  const parts = toParts({ figures, quotes: [] });
  let pauses = 0;
  await fromParts(parts, never, () => (pauses++, pause()));
  assert.ok(pauses >= 1, 'a long Analysis was rebuilt in one go');
  const token = { isCancellationRequested: false };
  await assert.rejects(
    fromParts(parts, token, () => ((token.isCancellationRequested = true), pause())),
    (e) => e.name === 'CancelledError',
  );
});

test('dist/worker.js: a partial for what the editor shows, then the whole Analysis; cancelled and failed requests', async (t) => {
  const worker = new Worker(path.join(ROOT, 'dist/worker.js'));
  t.after(() => worker.terminate());
  const messages = [];
  let wake;
  worker.on('message', (m) => (messages.push(m), wake?.()));
  const until = async (done) => {
    while (!done()) await new Promise((resolve) => (wake = resolve));
  };
  worker.postMessage({ type: 'analyze', id: 1, text: long, key: 'file:///long.txt', first: { start: 0, end: 2000 } });
  await until(() => messages.some((m) => m.id === 1 && !m.type));
  const [partial, reply] = messages;
  assert.equal(partial.type, 'partial');
  assert.equal(reply.ok, true, reply.message);
  assert.ok(reply.parts.bytes instanceof Uint8Array);
  const whole = await fromParts(reply.parts, never, pause);
  assert.deepEqual(whole, asJson(analyzeLong()));
  const early = await fromParts(partial.parts, never, pause);
  assert.ok(early.figures.length > 0 && early.figures.length < whole.figures.length, 'the partial holds the first sections only');

  const flag = new SharedArrayBuffer(4);
  Atomics.store(new Int32Array(flag), 0, 1);
  worker.postMessage({ type: 'analyze', id: 2, text: sample, flag });
  worker.postMessage({ type: 'analyze', id: 3, text: null });
  await until(() => messages.some((m) => m.id === 3));
  const cancelled = messages.find((m) => m.id === 2);
  assert.deepEqual({ ok: cancelled.ok, cancelled: cancelled.cancelled }, { ok: false, cancelled: true });
  const failed = messages.find((m) => m.id === 3);
  assert.deepEqual({ ok: failed.ok, cancelled: failed.cancelled }, { ok: false, cancelled: false });
  assert.ok(failed.message && failed.stack, 'the error reply carries the message and stack');
});

