// Loads TypeScript sources of src/ into a unit test: bundled in memory with esbuild (no vscode, no DOM: pure modules),
// evaluated as CommonJS. `contents` is the entry, e.g. "export * from './src/extension/slices';".
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..', '..');

function loadTs(contents) {
  const out = esbuild.buildSync({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'cjs', platform: 'neutral' });
  const mod = { exports: {} };
  new Function('module', 'exports', out.outputFiles[0].text)(mod, mod.exports);
  return mod.exports;
}

module.exports = { loadTs, ROOT };
