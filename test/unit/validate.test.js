// The extension's pure input checks (src/extension/validate.ts) and its Markdown escaping (src/extension/format.ts),
// on hand-made hostile values and on fast-check's generated ones. Neither file imports vscode; esbuild bundles them
// here in memory (esbuild.js builds no standalone bundle of them).
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const Module = require('node:module');
const esbuild = require('esbuild');
const fc = require('fast-check');

/** A TypeScript module of src/, bundled to CommonJS in memory and loaded. */
function load(rel) {
  const file = path.join(__dirname, '..', '..', rel);
  const out = esbuild.buildSync({ entryPoints: [file], bundle: true, write: false, format: 'cjs', platform: 'neutral', external: ['vscode'], logLevel: 'silent' });
  const m = new Module(file);
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(out.outputFiles[0].text, file);
  return m.exports;
}

const V = load('src/extension/validate.ts');
const { escapeMarkdown } = load('src/extension/format.ts');
const RUNS = 3000;

test('parseFromWebview: the three known messages pass in exactly their shape', () => {
  assert.deepEqual(V.parseFromWebview({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(V.parseFromWebview({ type: 'annotate', extra: '<script>' }), { type: 'annotate' });
  assert.deepEqual(V.parseFromWebview({ type: 'reveal', uri: 'file:///a.md', start: 3, end: 9, command: 'x' }), { type: 'reveal', uri: 'file:///a.md', start: 3, end: 9 });
});

test('parseFromWebview: hand-made bad messages are refused', () => {
  const uri = 'file:///w/a.md';
  const bad = [
    null, undefined, 0, 1, -1, NaN, '', 'ready', true, [], [{ type: 'ready' }], {}, { type: 'Ready' }, { type: 'update' }, { type: 'empty' },
    { type: 'command', command: 'workbench.action.closeAllEditors' }, { type: ['reveal'] }, { type: { toString: () => 'reveal' } },
    { type: 'reveal' }, { type: 'reveal', uri }, { type: 'reveal', uri, start: 0 }, { type: 'reveal', uri: '', start: 0, end: 1 },
    { type: 'reveal', uri, start: -1, end: 2 }, { type: 'reveal', uri, start: 4, end: 2 }, { type: 'reveal', uri, start: 1.5, end: 2 },
    { type: 'reveal', uri, start: NaN, end: 2 }, { type: 'reveal', uri, start: 0, end: Infinity }, { type: 'reveal', uri, start: '0', end: '2' },
    { type: 'reveal', uri, start: 0n, end: 2n }, { type: 'reveal', uri, start: 2 ** 31, end: 2 ** 31 }, { type: 'reveal', uri, start: 0, end: Number.MAX_SAFE_INTEGER },
    { type: 'reveal', uri: 42, start: 0, end: 1 }, { type: 'reveal', uri: [uri], start: 0, end: 1 }, { type: 'reveal', uri: { toString: () => uri }, start: 0, end: 1 },
    { type: 'reveal', uri: 'x'.repeat(V.MAX_MESSAGE_URI + 1), start: 0, end: 1 }, { type: 'reveal', uri: 'u'.repeat(20_000_000), start: 0, end: 1 },
    { type: 'x'.repeat(10_000_000) }, Object.create({ type: 'ready' }),
    JSON.parse('{"__proto__":{"type":"reveal","uri":"file:///w/a.md","start":0,"end":1}}'),
  ];
  for (const raw of bad) assert.equal(V.parseFromWebview(raw), undefined, `accepted ${V.describeValue(raw)}`);
});

test(`parseFromWebview: ${RUNS} generated values — what passes is always a well-formed message`, () => {
  const msg = fc.oneof(
    fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
    fc.record({ type: fc.constantFrom('reveal', 'ready', 'annotate', 'update', ''), uri: fc.anything(), start: fc.oneof(fc.integer(), fc.double(), fc.anything()), end: fc.oneof(fc.integer(), fc.double(), fc.anything()) }, { requiredKeys: [] }),
  );
  fc.assert(
    fc.property(msg, (raw) => {
      const m = V.parseFromWebview(raw);
      if (m === undefined) return;
      assert.ok(['ready', 'annotate', 'reveal'].includes(m.type));
      if (m.type !== 'reveal') return assert.deepEqual(Object.keys(m), ['type']);
      assert.equal(typeof m.uri, 'string');
      assert.ok(m.uri.length > 0 && m.uri.length <= V.MAX_MESSAGE_URI);
      assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start <= m.end && m.end <= V.MAX_MESSAGE_OFFSET);
    }),
    { numRuns: RUNS, seed: 7 },
  );
});

test('checkNumberSetting: bad values fall back to the default with a warning; good ones pass', () => {
  for (const [key, raw] of [['debounceMs', 'soon'], ['debounceMs', -1], ['debounceMs', NaN], ['debounceMs', Infinity], ['debounceMs', 1e9], ['debounceMs', {}], ['debounceMs', [400]], ['debounceMs', true], ['maxDocumentSize', -5], ['maxDocumentSize', 0], ['maxDocumentSize', '300000'], ['claimMinScore', 7], ['claimMinScore', -0.1]]) {
    const r = V.checkNumberSetting(key, raw);
    assert.equal(r.value, V.NUMBER_SETTINGS[key].default, `${key} = ${String(raw)}`);
    assert.match(r.warning ?? '', new RegExp(`policyLens\\.${key}.*default`), `${key} = ${String(raw)}: ${r.warning}`);
  }
  assert.deepEqual(V.checkNumberSetting('debounceMs', 0), { value: 0 });
  assert.deepEqual(V.checkNumberSetting('maxDocumentSize', 2000), { value: 2000 });
  assert.deepEqual(V.checkNumberSetting('claimMinScore', 0.5), { value: 0.5 });
  assert.deepEqual(V.checkNumberSetting('debounceMs', undefined), { value: 400 });
});

test(`checkNumberSetting / checkBooleanSetting: ${RUNS} generated values — always a usable value`, () => {
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(V.NUMBER_SETTINGS)), fc.anything({ withBigInt: true }), (key, raw) => {
      const spec = V.NUMBER_SETTINGS[key];
      const r = V.checkNumberSetting(key, raw);
      assert.ok(typeof r.value === 'number' && Number.isFinite(r.value) && r.value >= spec.min && r.value <= spec.max);
      assert.equal(r.warning === undefined, r.value === raw || raw === undefined || raw === null);
      assert.equal(typeof V.describeValue(raw), 'string');
      const b = V.checkBooleanSetting('decorations.claims', raw, true);
      assert.equal(typeof b.value, 'boolean');
    }),
    { numRuns: RUNS, seed: 11 },
  );
});

test('colours: only #RGB(A) / #RRGGBB(AA) are colours; bad policyLens colour customisations are named', () => {
  for (const ok of ['#fff', '#FFFA', '#4FC1FF', '#4FC1FF24']) assert.ok(V.isHexColor(ok), ok);
  for (const bad of ['', 'red', '#12345', '#GGGGGG', 'rgb(1,2,3)', '#4FC1FF24 ', 'url(javascript:x)', 42, null]) assert.ok(!V.isHexColor(bad), String(bad));
  const ids = ['policyLens.figureForeground', 'policyLens.quoteForeground'];
  assert.deepEqual(V.invalidColorCustomizations({ 'policyLens.figureForeground': 'blue-ish', 'editor.background': 'nope', '[Dark]': { 'policyLens.quoteForeground': '#12345' } }, ids), ['policyLens.figureForeground', '[Dark] policyLens.quoteForeground']);
  assert.deepEqual(V.invalidColorCustomizations({ 'policyLens.figureForeground': '#fff' }, ids), []);
  for (const raw of [undefined, null, 'x', [], 3]) assert.deepEqual(V.invalidColorCustomizations(raw, ids), []);
});

test('looksBinary: NUL or mostly control characters; text (tabs, form feeds, any script) is not', () => {
  assert.ok(V.looksBinary('PK\u0003\u0004\u0000rest'));
  assert.ok(V.looksBinary('abc\u0000'));
  assert.ok(V.looksBinary('\u0001\u0002\u0003abcdefg'));
  assert.ok(V.looksBinary('\ufffd\ufffdab'));
  assert.ok(!V.looksBinary(''));
  assert.ok(!V.looksBinary('Title\f\n\tThe agency said 2,000 records.\r\n'));
  assert.ok(!V.looksBinary('Zürich · 東京 · القاهرة · 🙂'.repeat(100)));
  // a NUL after the sample is not looked at (the check is bounded)
  assert.ok(!V.looksBinary('a'.repeat(V.BINARY_SAMPLE) + '\u0000'));
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (s) => {
      const odd = [...s].some((ch) => {
        const c = ch.charCodeAt(0);
        return (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd;
      });
      if (!odd) assert.ok(!V.looksBinary(s), JSON.stringify(s));
    }),
    { numRuns: RUNS, seed: 3 },
  );
});

test(`escapeMarkdown: ${RUNS} hostile strings — no raw HTML, link or line break reaches a hover`, () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('<script>window.__plPwned=1</script>', '<img src=x onerror="window.__plPwned=1">', '[left a note](javascript:window.__plPwned=1)', '</div><style>body{display:none}</style>', '&lt;b&gt;', '![x](https://example.invalid/x.png)', '<https://example.invalid>', '`code`', '\\[x\\](y)'),
    fc.array(fc.constantFrom('<', '>', '[', ']', '(', ')', '!', '\\', '&', '#', ';', 'a', 'javascript:', '\n', '`', '*', '_', '|'), { maxLength: 40 }).map((a) => a.join('')),
  );
  fc.assert(
    fc.property(hostile, (s) => {
      const out = escapeMarkdown(s);
      assert.ok(!/\n/.test(out), 'a line break survived');
      // every <, >, [, ], ` is preceded by an odd number of backslashes (escaped), so no tag, autolink, link or code
      for (let i = 0; i < out.length; i++) {
        if (!'<>[]`'.includes(out[i])) continue;
        let k = 0;
        while (i - 1 - k >= 0 && out[i - 1 - k] === '\\') k++;
        assert.equal(k % 2, 1, `unescaped ${out[i]} at ${i} in ${JSON.stringify(out)}`);
      }
      assert.ok(!/&#?\w+;/.test(out.replace(/&amp;/g, '')), 'an HTML entity survived');
    }),
    { numRuns: RUNS, seed: 5 },
  );
});
