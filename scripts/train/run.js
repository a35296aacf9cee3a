// `npm run train`: rebuilds every model file from ../shared/corpus. Each scripts/train/<name>.js exports
// `main(args)` (a file without one is a part another trainer calls); they run one after another in name order (deterministic: seeded, sorted inputs).
// `npm run train -- incidents` runs only the named ones.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { CORPUS } = require('./lib/require-ts');

async function run() {
  if (!fs.existsSync(CORPUS)) {
    console.error(`train: the corpus is not at ${CORPUS}`);
    process.exit(1);
  }
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const trainers = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.js') && f !== 'run.js')
    .map((f) => f.slice(0, -3))
    // A part of another trainer (incident-roles.js, called by incidents.js) exports no main of its own.
    .filter((name) => typeof require(path.join(__dirname, `${name}.js`)).main === 'function')
    .filter((name) => !only.length || only.includes(name))
    .sort();
  if (!trainers.length) console.log('train: no trainer matched');
  for (const name of trainers) {
    const started = Date.now();
    console.log(`train: ${name}`);
    await require(path.join(__dirname, `${name}.js`)).main(process.argv.slice(2));
    console.log(`train: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
