// Loads a TypeScript module of src/ in the trainer by bundling it in memory with esbuild, so the trainer computes
// features with the very code the engine runs.
'use strict';
const path = require('node:path');
const Module = require('node:module');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '../../..');

function requireTs(relative) {
  const file = path.join(ROOT, relative);
  const out = esbuild.buildSync({ entryPoints: [file], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent' });
  const m = new Module(file);
  m.paths = Module._nodeModulePaths(ROOT);
  m._compile(out.outputFiles[0].text, file);
  return m.exports;
}

module.exports = { requireTs, ROOT, CORPUS: path.join(ROOT, '..', 'shared', 'corpus') };
