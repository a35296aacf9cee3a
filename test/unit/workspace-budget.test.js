// The workspace index's file budget (src/extension/workspace/budget.ts, pure): shared across the folders of a
// multi-root workspace, so a later folder is not left out because an earlier one is large.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const esbuild = require('esbuild');

const out = esbuild.buildSync({ entryPoints: [path.join(__dirname, '..', '..', 'src', 'extension', 'workspace', 'budget.ts')], bundle: true, write: false, format: 'cjs', platform: 'neutral' });
const mod = { exports: {} };
new Function('module', 'exports', out.outputFiles[0].text)(mod, mod.exports);
const { shareBudget } = mod.exports;

test('every folder gets an equal share; what a small folder leaves goes to the others', () => {
  assert.deepEqual(shareBudget([5000, 5000], 1000), [500, 500]);
  assert.deepEqual(shareBudget([5000, 10, 5000], 1000), [495, 10, 495]);
  assert.deepEqual(shareBudget([3, 4], 1000), [3, 4]);
  assert.deepEqual(shareBudget([0, 2000], 1000), [0, 1000]);
});

test('never more than the budget, never more than a folder has, and all of it when there is enough', () => {
  for (let seed = 1; seed < 200; seed++) {
    const found = Array.from({ length: 1 + (seed % 5) }, (_, i) => (seed * 37 * (i + 3)) % 700);
    const budget = (seed * 13) % 1200;
    const given = shareBudget(found, budget);
    const total = found.reduce((a, b) => a + b, 0);
    assert.equal(given.reduce((a, b) => a + b, 0), Math.min(total, budget), `${found} / ${budget} → ${given}`);
    given.forEach((g, i) => assert.ok(g >= 0 && g <= found[i], `${found} / ${budget} → ${given}`));
    // Fair: a folder cut short has at least as many as any other folder, less one for rounding.
    given.forEach((g, i) => g < found[i] && given.forEach((h) => assert.ok(g + 1 >= h, `${found} / ${budget} → ${given}`)));
  }
});
