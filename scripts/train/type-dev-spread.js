// `node scripts/train/type-dev-spread.js`: how far a dev-sized sample may stray from the cross-validated type figures
// by chance alone. The 5 folds of `npm run train -- incidents` (each with its own type model, the shipped thresholds
// and role model) give every train article its out-of-fold result; 2000 samples drawn with replacement, each with
// dev's strata sizes (casie/SOURCE.txt: 60 articles), give the spread of the type F1s a dev split of that design would
// show. A dev figure below the 5th percentile is a hard draw or a difference between the splits, not noise alone.
// CACHE=file keeps the fold models between runs (as incident-type-errors.js does). Train folds only; never dev.
'use strict';
if (require.main !== module) return;
const lin = require('./lib/linear');
const { typeFoldSetup, foldTypeModels } = require('./lib/type-folds');
const { DEV_STRATA } = require('./lib/incidents-data');
const score = require('../../test/eval/incidents-score');
const shipped = require('../../src/core/incidents/type-model.json');
const roleJson = require('../../src/core/incidents/role-model.json');

const SAMPLES = 2000;
const setup = typeFoldSetup();
const { engine, types, folds } = setup;
const serial = foldTypeModels(setup);

// Each article's own tally, out of fold, by stratum.
const byStratum = {};
folds.forEach((f, k) => {
  const models = engine.load({ ...serial[k], thresholds: shipped.thresholds }, roleJson);
  for (const a of f.test) {
    const one = score.emptyTally();
    score.scoreArticle(one, a.ann, engine.incidents(a.prep, models));
    (byStratum[a.stratum] ??= []).push(one);
  }
});

const measures = ['type micro', ...types.map((t) => `type ${t}`)];
const drawn = Object.fromEntries(measures.map((m) => [m, []]));
const random = lin.rng(1);
for (let i = 0; i < SAMPLES; i++) {
  const tally = score.emptyTally();
  for (const [stratum, n] of Object.entries(DEV_STRATA)) {
    const pool = byStratum[stratum] ?? [];
    for (let j = 0; j < n && pool.length; j++) score.addTally(tally, pool[Math.floor(random() * pool.length)]);
  }
  const s = score.summarise(tally);
  for (const m of measures) drawn[m].push(s[m].f1);
}
const at = (list, q) => list[Math.min(list.length - 1, Math.floor(q * list.length))];
console.log(`F1 of ${SAMPLES} dev-sized samples of the out-of-fold results (percentiles 5 / 25 / 50 / 75 / 95):`);
for (const m of measures) {
  const list = drawn[m].sort((a, b) => a - b);
  console.log(`  ${m.padEnd(20)} ${[0.05, 0.25, 0.5, 0.75, 0.95].map((q) => at(list, q).toFixed(1)).join(' / ')}`);
}
