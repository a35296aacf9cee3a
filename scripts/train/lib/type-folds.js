// The shared start of the type diagnostics (incident-type-errors.js, type-variants.js): the engine, CASIE train with
// its generic labels, the political negatives, the dev-strata weights and the trainer's 5 folds.
'use strict';
const { requireTs } = require('./require-ts');
const lin = require('./linear');
const { loadArticles, loadNegatives, devWeights } = require('./incidents-data');

function typeFoldSetup() {
  const inc = require('../incidents');
  const engine = requireTs('scripts/train/incidents-engine.ts');
  const types = [...engine.MODEL_TYPES];
  const classes = ['none', ...types, ...types.map(inc.genericClass)];
  const articles = loadArticles(engine);
  for (const a of articles) a.generic = inc.genericLabels(a, types);
  const negatives = loadNegatives(engine);
  const folds = lin.folds(articles, 5, (a) => a.id, 1);
  return { inc, engine, types, classes, articles, negatives, weight: devWeights(articles), folds };
}

/** The 5 folds' type models as the trainer serialises them; CACHE=file keeps them between runs (delete it when the
 * features change). */
function foldTypeModels({ inc, classes, negatives, folds }) {
  const fs = require('node:fs');
  const cache = process.env.CACHE;
  if (cache && fs.existsSync(cache)) return JSON.parse(fs.readFileSync(cache, 'utf8'));
  const serial = folds.map((f) => lin.serialise(lin.train(inc.examples(f.train, negatives), { classes, ...inc.TYPE_OPTIONS }), { name: 'incident-type', ...inc.TYPE_SERIAL }));
  if (cache) fs.writeFileSync(cache, JSON.stringify(serial));
  return serial;
}

module.exports = { typeFoldSetup, foldTypeModels };
