// The out-of-fold setting the incident diagnostics (attacker-report.js, victim-report.js, role-sweep.js) share: the
// train articles prepared, the 5 folds of `npm run train -- incidents`, their type models (cached between runs) and
// role models, the shipped thresholds, a sweep scoring other role thresholds over them, and the errors grouped by cause
// and printed. ROLE_SEED=n trains the fold role models on another shuffle: how much of a difference is the shuffle's
// (role-sweep.js at the shipped thresholds, seeds 1-5: named victims F1 55.7 / 54.2 / 54.7 / 54.4 / 55.8, named
// attackers 57.9 / 50.8 / 53.7 / 53.9 / 54.0).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const os = require('node:os');
const { requireTs, ROOT } = require('./require-ts');
const lin = require('./linear');
const { loadArticles, loadNegatives, devWeights } = require('./incidents-data');
const score = require('../../../test/eval/incidents-score');
const roles = require('../incident-roles');
const incidentsTrainer = require('../incidents');

const MODEL_DIR = path.join(ROOT, 'src', 'core', 'incidents');
/** The fold type models do not depend on the role side: cached between runs under a hash of what they are trained on
 * (each fold's examples, the classes and options), so a change to the type features or labels trains them again. */
function typeFolds(engine, folds, articles) {
  const types = [...engine.MODEL_TYPES];
  const classes = ['none', ...types, ...types.map(incidentsTrainer.genericClass)];
  for (const a of articles) a.generic = incidentsTrainer.genericLabels(a, types);
  const negatives = loadNegatives(engine);
  const sets = folds.map((f) => incidentsTrainer.examples(f.train, negatives));
  const hash = crypto.createHash('sha1');
  for (const set of sets) hash.update(JSON.stringify(set));
  const key = hash.update(JSON.stringify([classes, incidentsTrainer.TYPE_OPTIONS, incidentsTrainer.TYPE_SERIAL])).digest('hex').slice(0, 16);
  const cache = process.env.TYPE_CACHE || path.join(os.tmpdir(), `policy-lens-type-folds-${key}.json`);
  if (fs.existsSync(cache)) return JSON.parse(fs.readFileSync(cache, 'utf8'));
  const out = sets.map((set) => lin.serialise(lin.train(set, { classes, ...incidentsTrainer.TYPE_OPTIONS }), { name: 'incident-type', ...incidentsTrainer.TYPE_SERIAL }));
  fs.writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** `overrides`: role thresholds over the shipped ones (an env variable's JSON). */
function reportFolds(overrides) {
  const engine = requireTs('scripts/train/incidents-engine.ts');
  const t0 = Date.now();
  const articles = loadArticles(engine);
  console.log(`prepared ${articles.length} articles in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const folds = lin.folds(articles, 5, (a) => a.id, 1);
  const types = typeFolds(engine, folds, articles);
  const { models: roleFolds } = roles.foldRoleModels(folds, { ...incidentsTrainer.ROLE_OPTIONS, seed: Number(process.env.ROLE_SEED || 1) }, incidentsTrainer.ROLE_SERIAL, engine);
  const typeJson = JSON.parse(fs.readFileSync(path.join(MODEL_DIR, 'type-model.json'), 'utf8'));
  const roleJson = JSON.parse(fs.readFileSync(path.join(MODEL_DIR, 'role-model.json'), 'utf8'));
  const roleThresholds = { ...roleJson.thresholds, ...JSON.parse(overrides || '{}') };
  const weight = devWeights(articles);
  /** The engine's models of fold k with these role thresholds. */
  const modelsOf = (k, thresholds = roleThresholds) => engine.load({ ...types[k], thresholds: typeJson.thresholds }, { ...roleFolds[k], thresholds });
  /** SWEEP='[{"veto":0.1}]': each set of thresholds over the shipped ones, scored alone (weighted CV summary). */
  const sweep = (sets, line) => {
    for (const over of sets) {
      const t = score.emptyTally();
      folds.forEach((f, k) => {
        const models = modelsOf(k, { ...roleThresholds, ...over });
        for (const a of f.test) {
          const one = score.emptyTally();
          score.scoreArticle(one, a.ann, engine.incidents(a.prep, models));
          score.addTally(t, one, weight.get(a.id));
        }
      });
      console.log(`${JSON.stringify(over)}: ${line(score.summarise(t))}`);
    }
  };
  /**
   * Runs every fold's test articles through the engine, tallying the weighted and plain CV, and calls
   * visit({ a, incidents, gold, pred, models, frames }) on each; `frameOnly`: thresholds over the shipped ones that
   * turn the model's side off, `frames` being the incidents they give. Returns { tally, plain }.
   */
  const eachArticle = (frameOnly, visit) => {
    const tally = score.emptyTally();
    const plain = score.emptyTally();
    folds.forEach((f, k) => {
      const models = modelsOf(k);
      const off = modelsOf(k, { ...roleThresholds, ...frameOnly });
      for (const a of f.test) {
        const incidents = engine.incidents(a.prep, models);
        const one = score.emptyTally();
        score.scoreArticle(one, a.ann, incidents);
        score.addTally(tally, one, weight.get(a.id));
        score.addTally(plain, one);
        visit({ a, incidents, gold: score.goldOf(a.ann), pred: score.predictedOf(incidents, a.ann.content), models, frames: engine.incidents(a.prep, off) });
      }
    });
    return { tally, plain };
  };
  /**
   * The out-of-fold errors: eachArticle's `visit`, given also `note(cause, line)`, files lines under their causes;
   * the causes are printed largest first, then each SWEEP set's and the shipped thresholds' CV of `metric` ('named
   * victims'). `sweepAlso(summary)`: more of a SWEEP set's summary for its line.
   */
  const reportErrors = (metric, frameOnly, visit, sweepAlso = () => '') => {
    const groups = new Map();
    const note = (key, line) => (groups.get(key) ?? groups.set(key, []).get(key)).push(line);
    const { tally, plain } = eachArticle(frameOnly, (args) => visit({ ...args, note }));
    printGroups(groups);
    const cv = (m) => `CV ${metric} P ${m.p} R ${m.r} F1 ${m.f1}`;
    sweep(JSON.parse(process.env.SWEEP || '[]'), (m) => `${cv(m[metric])}${sweepAlso(m)}`);
    const u = score.summarise(plain)[metric];
    console.log(`\n${cv(score.summarise(tally)[metric])} (unweighted P ${u.p} R ${u.r} F1 ${u.f1}); thresholds ${JSON.stringify(roleThresholds)}`);
  };
  return { engine, articles, folds, types, roleFolds, roleThresholds, weight, modelsOf, sweep, eachArticle, reportErrors };
}

const context = (content, start, end) => content.slice(Math.max(0, start - 90), end + 60).replace(/\s+/g, ' ');

/** Prints the groups (cause → lines), largest first, SHOW lines of each. */
function printGroups(groups) {
  for (const [key, lines] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`\n== ${key}: ${lines.length}`);
    for (const l of lines.slice(0, Number(process.env.SHOW || 12))) console.log(`  ${l}`);
  }
}

module.exports = { reportFolds, context };
