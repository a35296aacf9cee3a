#!/usr/bin/env node
// Compiles test/integration/*.ts to out/test/integration/*.js (CommonJS, one file each, `vscode` and `mocha` left as
// requires for the extension host to resolve). Type-checking is `npm run typecheck`'s job (tsconfig includes them).
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const { ROOT } = require('./paths');

const src = path.join(ROOT, 'test/integration');
const outdir = path.join(ROOT, 'out/test/integration');
const entryPoints = fs.readdirSync(src).filter((f) => f.endsWith('.ts')).map((f) => path.join(src, f));

fs.rmSync(outdir, { recursive: true, force: true });
esbuild
  .build({ entryPoints, outdir, bundle: false, format: 'cjs', platform: 'node', target: 'node20', sourcemap: 'inline', logLevel: 'warning' })
  .then(() => console.log(`build-tests: ${entryPoints.length} files -> ${path.relative(ROOT, outdir)}`))
  .catch(() => process.exit(1));
