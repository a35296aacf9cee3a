// `node scripts/train/role-sweep.js`: the whole engine's 5-fold CV on CASIE train (the folds, type models and role models
// of the diagnostics, lib/report-folds.js) at the shipped role thresholds, then with each set of SETS='[{"more":0.6}]'
// over them: what a frame or threshold change does to named victims and attackers in a few minutes, without the
// threshold search of `npm run train -- incidents` or writing a model file. A diagnostic, not a trainer.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { reportFolds } = require('./lib/report-folds');
const { roleCrossValidation } = require('./incidents');
const { ROOT } = require('./lib/require-ts');

function sweep() {
  const { engine, folds, weight, types, roleFolds, roleThresholds } = reportFolds();
  const typeJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'core', 'incidents', 'type-model.json'), 'utf8'));
  const cv = roleCrossValidation(engine, folds, types, roleFolds, typeJson.thresholds, weight);
  const line = (m) => ['named victims', 'named attackers'].map((k) => `${k} P ${m[k].p} R ${m[k].r} F1 ${m[k].f1}`).join('; ');
  for (const over of [{}, ...JSON.parse(process.env.SETS || '[]')]) console.log(`${JSON.stringify(over)}: CV ${line(cv({ ...roleThresholds, ...over }))}`);
}

if (require.main === module) sweep();
