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

module.exports = { typeFoldSetup };
