// The incidents panel's model made in steps (src/extension/panelModel.ts), its later pages (panelPages.ts) and the
// slices that spread them over the extension host's tasks (slices.ts), and their packing as UTF-8 JSON (packed.ts):
// the steps make exactly the model made at once, each step does a bounded amount of work, the first page plus the
// later pages are the whole lists, in order, and a packed message is the message's JSON.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { setImmediate } = require('node:timers');
const { TextDecoder } = require('node:util');
const { loadTs, ROOT } = require('../support/load-ts');
const { analyze } = require('../../dist/core.js');

const { buildPanelModel, panelModelSteps, PanelPager, FIRST_PAGE, runInSlices, complete, packSteps, stringifySteps } = loadTs(
  ['panelModel', 'panelPages', 'slices', 'packed'].map((m) => `export * from './src/extension/${m}';`).join(' '),
);

const samples = path.join(ROOT, 'samples');
const joined = fs
  .readdirSync(samples)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => fs.readFileSync(path.join(samples, f), 'utf8'))
  .join('\n\n');
/** Long enough for every list to run past its first page and for incidents with many records. */
const text = Array.from({ length: 30 }, (_, i) => `Part ${i + 1}\n\n${joined}`).join('\n\n');
const analysis = analyze(text);
const doc = { uri: 'file:///long.txt', fileName: 'long.txt', version: 3 };

test('the model made in steps is the model made at once, and no step maps more than a few dozen items', () => {
  const steps = panelModelSteps(analysis, text, doc, FIRST_PAGE);
  let count = 0;
  let step;
  while (!(step = steps.next()).done) count++;
  assert.deepEqual(step.value, buildPanelModel(analysis, text, doc, FIRST_PAGE));
  const items =
    analysis.incidents.reduce((n, i) => n + i.records.length, 0) + analysis.quotes.length + 4 * FIRST_PAGE;
  assert.ok(items > 500, `only ${items} items: the test article is too short`);
  assert.ok(count >= items / 60, `${count} steps for ${items} items`);
});

test('the first page and the pages after it make the whole lists, then stop', () => {
  const model = buildPanelModel(analysis, text, doc, FIRST_PAGE);
  const whole = buildPanelModel(analysis, text, doc);
  assert.ok(whole.figures.length > FIRST_PAGE && whole.claims.named.length + whole.claims.unattributed.length > FIRST_PAGE);
  let texts = 0;
  const pager = new PanelPager(analysis, { isClosed: false, version: doc.version, getText: () => (texts++, text) }, doc.uri, doc.version);
  const lists = { figures: [...model.figures], claims: { named: [...model.claims.named], vague: [...model.claims.vague], unattributed: [...model.claims.unattributed] } };
  let pages = 0;
  for (let page; (page = pager.next()); pages++) {
    assert.deepEqual([page.type, page.uri, page.version], ['append', doc.uri, doc.version]);
    lists.figures.push(...page.figures);
    for (const g of ['named', 'vague', 'unattributed']) lists.claims[g].push(...page.claims[g]);
  }
  assert.ok(pages > 1);
  assert.deepEqual(lists, { figures: whole.figures, claims: whole.claims });
  assert.equal(texts, 1, 'the text is fetched once for all pages');
});

test('no page once the document has changed or closed', () => {
  const document = { isClosed: false, version: doc.version, getText: () => text };
  const pager = new PanelPager(analysis, document, doc.uri, doc.version);
  assert.ok(pager.next());
  document.version++;
  assert.equal(pager.next(), undefined);
  const closed = new PanelPager(analysis, { ...document, version: doc.version, isClosed: true }, doc.uri, doc.version);
  assert.equal(closed.next(), undefined);
});

test('runInSlices: the result comes in a later task; nothing comes once it is no longer wanted', async () => {
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  function* count(n) {
    let i = 0;
    for (; i < n; i++) yield;
    return i;
  }
  let got;
  runInSlices(count(10), () => true, (n) => (got = n));
  assert.equal(got, undefined, 'done ran in the caller’s task');
  for (let i = 0; i < 5 && got === undefined; i++) await turn();
  assert.equal(got, 10);

  // Work that outlasts several slices, so it continues in later tasks and sees `wanted` turn false.
  const end = Date.now() + 60;
  function* slow() {
    while (Date.now() < end) yield;
    return 'late';
  }
  let wanted = true;
  let asked = 0;
  let late;
  runInSlices(slow(), () => (asked++, wanted), (x) => (late = x));
  wanted = false;
  // Long enough for the work to have finished, had it gone on.
  while (Date.now() < end + 20) await turn();
  for (let i = 0; i < 5; i++) await turn();
  assert.ok(asked >= 2, 'no later slice asked whether the work was still wanted');
  assert.equal(late, undefined);
});

test('a packed message is the JSON of the message, written in steps', () => {
  const model = buildPanelModel(analysis, text, doc, FIRST_PAGE);
  const steps = packSteps({ type: 'update', model });
  let count = 0;
  let step;
  while (!(step = steps.next()).done) count++;
  assert.equal(step.value.type, 'packed');
  assert.equal(new TextDecoder().decode(step.value.json), JSON.stringify({ type: 'update', model }));
  // A step after each 50 items of every list longer than 50.
  const expected = (x) => (Array.isArray(x) ? (x.length > 50 ? Math.floor(x.length / 50) : x.reduce((n, y) => n + expected(y), 0)) : x && typeof x === 'object' ? Object.values(x).reduce((n, y) => n + expected(y), 0) : 0);
  assert.equal(count, expected(model));
  assert.ok(count > 0);
  const odd = { a: [1, undefined, () => 1, 'x'], b: undefined, c: { d: null, e: [[], {}], f: 'é “q” 😀' }, g: Array.from({ length: 130 }, (_, i) => (i % 2 ? { i } : [i, undefined])) };
  const out = [];
  complete(stringifySteps(odd, out));
  assert.equal(out.join(''), JSON.stringify(odd));
});
