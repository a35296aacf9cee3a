// esbuild.js writes the bundles in ASCII (its ascii-output plugin escapes the characters esbuild leaves in regular
// expressions): one other character makes V8 hold a bundle's whole source at two bytes a character while it runs.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const dist = path.join(__dirname, '..', '..', 'dist');

test('the built bundles are ASCII', () => {
  const bundles = ['core.js', 'worker.js', 'extension.js', 'cli.js', 'web/extension.js', 'web/worker.js'].map((f) => path.join(dist, f)).filter((f) => fs.existsSync(f));
  assert.ok(bundles.length, 'nothing built: run npm run build');
  for (const f of bundles) {
    const text = fs.readFileSync(f, 'latin1');
    const at = text.search(/[\u0080-\uffff]/);
    assert.equal(at, -1, `${path.relative(dist, f)} has a non-ASCII character at ${at}: …${text.slice(Math.max(0, at - 40), at + 10)}…`);
  }
});
