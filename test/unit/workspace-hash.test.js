// The workspace index's content hash (src/extension/workspace/hash.ts, pure, no vscode): 64-bit FNV-1a over the
// text's UTF-16LE bytes, checked against a BigInt reference. Bundled on the fly: dist/ has no separate build of it.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const esbuild = require('esbuild');

const out = esbuild.buildSync({ entryPoints: [path.join(__dirname, '../../src/extension/workspace/hash.ts')], bundle: true, write: false, format: 'cjs', platform: 'neutral', logLevel: 'silent' });
const mod = { exports: {} };
new Function('module', 'exports', out.outputFiles[0].text)(mod, mod.exports);
const { contentHash } = mod.exports;

function reference(s) {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    for (const b of [u & 0xff, u >> 8]) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `${h.toString(16).padStart(16, '0')}-${s.length.toString(36)}`;
}

test('contentHash is 64-bit FNV-1a over UTF-16LE (plus the length)', () => {
  for (const s of ['', 'a', 'Northwind Mutual', 'Ünïcödé — “quotes” 😀\r\n'.repeat(40), 'x'.repeat(100_000)]) assert.equal(contentHash(s), reference(s));
});

test('contentHash tells apart texts that differ by one character or by order', () => {
  const base = 'Hackers stole the data of 12.4 million policyholders.';
  const seen = new Set([contentHash(base)]);
  for (let i = 0; i < base.length; i++) {
    const changed = base.slice(0, i) + String.fromCharCode(base.charCodeAt(i) ^ 1) + base.slice(i + 1);
    seen.add(contentHash(changed));
  }
  seen.add(contentHash(base.split('').reverse().join('')));
  assert.equal(seen.size, base.length + 2);
});
