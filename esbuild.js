// One script, several bundles. `--production` minifies; `--watch` rebuilds on change.
const esbuild = require('esbuild');
const fs = require('node:fs');
const { packModel } = require('./scripts/build/model-text');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the form VS Code's $esbuild-watch problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    if (!watch) return;
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * The learned models (the model.json files under src/core) go into the bundles as text that the engine reads on first
 * use (learn/linear.ts modelJson): as an object literal, 1.4 MB of JSON costs V8 about 40 MB to compile when the bundle
 * loads. The text is packed (scripts/build/model-text.js: a third of the JSON, read back to the same numbers), since a
 * bundle's text is held twice while it runs (its source and the literal). Bundles made in memory (tests, the trainer:
 * buildSync, which takes no plugins) keep the JSON loader.
 */
const modelsAsText = {
  name: 'models-as-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/].*model\.json$/ }, async (args) => {
      const json = await fs.promises.readFile(args.path, 'utf8');
      return { contents: packModel(JSON.parse(json)) ?? json, loader: 'text' };
    });
  },
};

/**
 * esbuild escapes non-ASCII characters everywhere but in regular-expression literals (and template literals' raw
 * text), and one such character makes V8 hold the whole bundle's source as two bytes a character: 4.3 MB instead of
 * 2.1 MB for the core, for as long as it runs. Written as \uXXXX escapes they match the same characters (in both
 * regex modes; a `\’` identity escape becomes the escape itself).
 */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      const file = build.initialOptions.outfile;
      const text = await fs.promises.readFile(file, 'utf8');
      if (!/[\u0080-\uffff]/.test(text)) return;
      // Each UTF-16 unit on its own: a surrogate pair written as two escapes is one character in a `u` regex too.
      const escape = (chars) => chars.split('').map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
      // A backslash before the character is dropped when it escapes the character, kept when it is itself escaped.
      const ascii = text.replace(/(\\*)([\u0080-\uffff]+)/g, (_, slashes, chars) => slashes.slice(0, slashes.length - (slashes.length % 2)) + escape(chars));
      await fs.promises.writeFile(file, ascii);
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [problemMatcher, modelsAsText, asciiOutput],
};

/** Only entries whose source exists are built, so the tree builds while parts are being written. */
const targets = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], define: { 'process.env.POLICY_LENS_WEB': '"0"' } },
  // Both web bundles run in Web Workers (the web extension host, the analysis worker): packages' "worker" builds, not
  // their "browser" ones, which may reach for `document` (the Markdown parser's character-reference decoder does).
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', conditions: ['worker'], format: 'cjs', external: ['vscode'], define: { 'process.env.POLICY_LENS_WEB': '"1"' } },
  { entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs' },
  // A classic script, not a module: VS Code for the Web starts an extension's Web Worker with importScripts().
  { entryPoints: ['src/extension/webWorker.ts'], outfile: 'dist/web/worker.js', platform: 'browser', conditions: ['worker'], format: 'iife' },
  { entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife' },
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'neutral', format: 'cjs', mainFields: ['module', 'main'] },
  // Web pages, PDFs and Word files: a bundle of its own, required on first use (the extension and the CLI).
  // pdfjs is ESM that asks for import.meta.url (only to find an optional canvas package): give it this file's URL.
  { entryPoints: ['src/importers/index.ts'], outfile: 'dist/importers.js', platform: 'node', format: 'cjs', define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } },
  { entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
].filter((t) => fs.existsSync(t.entryPoints[0]));

async function main() {
  const contexts = await Promise.all(targets.map((t) => esbuild.context({ ...common, ...t })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
