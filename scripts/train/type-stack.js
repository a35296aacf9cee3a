// `node scripts/train/type-stack.js`: the learned article-level type decision (src/core/incidents/article-types.ts)
// against the threshold decision, by the trainer's 5-fold CV through the whole engine at the shipped thresholds. The
// stacker vetoes a type the threshold reports (a per-type logistic over the aggregates, trained on the articles where
// the type's best sentence reaches its threshold, gold: the type is among the article's Actual events); its cut per
// type is refined through the engine like the trainer's thresholds (CUTS). Per outer fold k the stacker is trained on
// the other folds' articles only, over sentence probabilities that are out of fold: INNER=1 (default) from inner folds
// (models trained on three of the other four folds: honest), INNER=0 from the outer folds' own models (which saw fold
// k: the leak). CONFIGS=source:set:l2,... the stackers tried; UNWEIGHTED=1 fits without the dev-strata weights;
// POOLED=1 one model over all types (shared weights, a bias per type); AUC=set prints, among the reached articles,
// how well the stacker and each aggregate alone separate the true reports from the false. Train folds only; never dev.
// CACHE=file keeps the outer fold models, INNER_CACHE=file the inner ones.
// Measured (2 Dec 2026, shipped thresholds; threshold decision: CV type micro F1 87.3): every stacker lost at even odds
// (inner, all aggregates: 83.7, phishing 66.8; outer 85.2) and its refined cuts fell to 0.1, where it vetoes almost
// nothing (87.0-87.4 whatever the set, source, L2, weighting or pooling). The aggregates do not tell the false reports
// from the true: stacker AUC breach 0.69-0.73, phishing 0.74-0.78, ransomware 0.74-0.75, vulnerability 0.89-0.91,
// no better than the best or second-best sentence alone (0.71 / 0.71, 0.78 / 0.79, 0.72 / 0.71, 0.89 / 0.94).
// With what the rules gathered of the type as well (drafts, a victim, counts; the rows are captured inside decideTypes
// through globalThis.__capture, an experiment's shortcut): AUC breach 0.74 (counts alone 0.71), the others unchanged;
// CV 82.9 at even odds, 87.2 refined. PIVOTAL=1 trains and scores only the reports whose veto changes the article's
// output types (735, 161 of them false): AUC there 0.61-0.71 but vulnerability, CV 84.1 / 86.9. The leak of outer-fold
// probabilities (INNER=0): 85.2 against 83.7 at even odds, nothing once the cuts are refined.
'use strict';
if (require.main !== module) return;
const fs = require('node:fs');
const lin = require('./lib/linear');
const { typeFoldSetup, foldTypeModels } = require('./lib/type-folds');
const { fitLogistic } = require('./lib/logistic');
const score = require('../../test/eval/incidents-score');
const shipped = require('../../src/core/incidents/type-model.json');
const roleJson = require('../../src/core/incidents/role-model.json');

const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)} s]`, ...a);
const setup = typeFoldSetup();
const { inc, engine, types, classes, articles, negatives, weight, folds } = setup;
const serial = foldTypeModels(setup);
const thresholds = shipped.thresholds;
const fmt = (c) => `micro ${c['type micro'].f1} (P ${c['type micro'].p} R ${c['type micro'].r}) | ${types.map((t) => `${t} ${c[`type ${t}`].f1}`).join(' ')}`;
const gold = new Map(articles.map((a) => [a.id, score.goldOf(a.ann).types]));
/** Each article's feature rows (one per type) as the engine computes them under these type models. */
function rowsUnder(serialModel, list, into) {
  const models = engine.load({ ...serialModel, thresholds }, roleJson);
  for (const a of list) {
    globalThis.__capture = [];
    engine.incidents(a.prep, models);
    into.set(a.id, globalThis.__capture.length ? globalThis.__capture : types.map(() => engine.ARTICLE_FEATURES.map(() => 0)));
  }
  globalThis.__capture = undefined;
  return into;
}
const outer = new Map();
folds.forEach((f, k) => rowsUnder(serial[k], f.test, outer));
log('outer features');
let inner = null;
if (process.env.INNER !== '0') {
  const cache = process.env.INNER_CACHE;
  let innerSerial = cache && fs.existsSync(cache) ? JSON.parse(fs.readFileSync(cache, 'utf8')) : null;
  if (!innerSerial) {
    innerSerial = folds.map((_, k) => folds.map((_, j) => {
      if (j === k) return null;
      const train = folds.flatMap((f, i) => (i === k || i === j ? [] : f.test));
      return lin.serialise(lin.train(inc.examples(train, negatives), { classes, ...inc.TYPE_OPTIONS }), { name: 'incident-type', ...inc.TYPE_SERIAL });
    }));
    if (cache) fs.writeFileSync(cache, JSON.stringify(innerSerial));
  }
  inner = folds.map((_, k) => {
    const map = new Map();
    folds.forEach((f, j) => { if (j !== k) rowsUnder(innerSerial[k][j], f.test, map); });
    return map;
  });
  log('inner features');
}

// Pivotal: the article's output types change when the threshold's report of the type is vetoed (outer fold models).
const pivotal = new Set();
if (process.env.PIVOTAL) {
  const big = (t) => ({ features: [...engine.ARTICLE_FEATURES], bias: Object.fromEntries(types.map((u) => [u, u === t ? -1e9 : 1e9])), weights: Object.fromEntries(types.map((u) => [u, engine.ARTICLE_FEATURES.map(() => 0)])) });
  const typesOut = (incs) => [...new Set(incs.map((i) => i.type))].sort().join();
  let n = 0, falseN = 0;
  folds.forEach((f, k) => {
    const plain = engine.load({ ...serial[k], thresholds }, roleJson);
    const vetoes = types.map((t) => engine.load({ ...serial[k], thresholds: { ...thresholds, article: big(t) } }, roleJson));
    for (const a of f.test) {
      const base = typesOut(engine.incidents(a.prep, plain));
      types.forEach((t, ti) => {
        if (outer.get(a.id)[ti][0] !== 1) return;
        if (typesOut(engine.incidents(a.prep, vetoes[ti])) !== base) { pivotal.add(`${a.id} ${t}`); n++; if (!gold.get(a.id).includes(t)) falseN++; }
      });
    }
  });
  log(`pivotal reports ${n}, of which false ${falseN}`);
}
const cv = (article) => {
  const tally = score.emptyTally();
  folds.forEach((f, k) => {
    const models = engine.load({ ...serial[k], thresholds: { ...thresholds, ...(article ? { article: article[k] } : {}) } }, roleJson);
    for (const a of f.test) {
      const one = score.emptyTally();
      score.scoreArticle(one, a.ann, engine.incidents(a.prep, models));
      score.addTally(tally, one, weight.get(a.id));
    }
  });
  return score.summarise(tally);
};

const base = cv(null);
log(`threshold decision: ${fmt(base)}`);
const featureNames = [...engine.ARTICLE_FEATURES];
const mask = (x, keep) => x.map((v, i) => (keep.includes(featureNames[i]) ? v : 0));
function stackers(source, l2, keep) {
  return folds.map((_, k) => {
    const feats = source === 'inner' ? inner[k] : outer;
    const trainIds = folds.flatMap((f, i) => (i === k ? [] : f.test.map((a) => a.id)));
    const model = { features: featureNames, bias: {}, weights: {} };
    if (process.env.POOLED) {
      // One model over all types: shared weights, one bias per type (the type as a one-hot feature).
      const rows = types.flatMap((t, ti) => trainIds.filter((id) => feats.get(id)[ti][0] === 1).map((id) => ({ x: [...mask(feats.get(id)[ti], keep), ...types.map((_, j) => (j === ti ? 1 : 0))], y: gold.get(id).includes(t) ? 1 : 0, w: process.env.UNWEIGHTED ? 1 : weight.get(id) })));
      const m = fitLogistic(rows, { l2 });
      const d = featureNames.length;
      types.forEach((t, ti) => { model.bias[t] = m.bias + m.weights[d + ti]; model.weights[t] = m.weights.slice(0, d).map((w, i) => (keep.includes(featureNames[i]) ? w : 0)); });
      return model;
    }
    types.forEach((t, ti) => {
      const rows = trainIds.filter((id) => feats.get(id)[ti][0] === 1 && (!pivotal.size || pivotal.has(`${id} ${t}`))).map((id) => ({ x: mask(feats.get(id)[ti], keep), y: gold.get(id).includes(t) ? 1 : 0, w: process.env.UNWEIGHTED ? 1 : weight.get(id) }));
      const m = fitLogistic(rows, { l2 });
      if (process.env.SHOW) console.log(k, t, rows.length, rows.filter((r) => r.y).length, m.bias.toFixed(2), m.weights.map((w) => w.toFixed(2)).join(' '));
      model.bias[t] = m.bias;
      model.weights[t] = m.weights.map((w, i) => (keep.includes(featureNames[i]) ? w : 0));
    });
    return model;
  });
}
const sets = {
  all: featureNames.filter((n) => !['drafts', 'victim', 'records'].includes(n)),
  noCounts: featureNames.filter((n) => !['atThreshold', 'atHalf', 'events'].includes(n)),
  small: ['reached', 'best', 'second', 'atThreshold', 'events', 'genericBest', 'moreGeneric'],
  second: ['reached', 'second'],
  four: ['reached', 'best', 'second', 'otherBest'],
  gathered: ['reached', 'best', 'second', 'otherBest', 'genericBest', 'drafts', 'victim', 'records'],
  allGathered: featureNames,
};
const CUTS = (process.env.CUTS ?? '0.1,0.2,0.3,0.4,0.5,0.6').split(',').map(Number);
const shift = (st, t, cut) => st.map((m) => ({ ...m, bias: { ...m.bias, [t]: m.bias[t] - Math.log(cut / (1 - cut)) } }));
/** Per type in turn, the cut (probability) with the best CV type micro F1 through the engine (ties: kept). */
function refineCuts(st) {
  let best = { st, cv: cv(st), cuts: {} };
  for (const t of types)
    for (const cut of CUTS) {
      if (cut === 0.5) continue;
      const next = shift(best.st === st ? st : best.base, t, cut);
      const trial = types.reduce((acc, u) => (u === t || !(u in best.cuts) ? acc : shift(acc, u, best.cuts[u])), next);
      const c = cv(trial);
      if (c['type micro'].f1 > best.cv['type micro'].f1) best = { st: trial, base: st, cv: c, cuts: { ...best.cuts, [t]: cut } };
    }
  return best;
}
const configs = (process.env.CONFIGS ?? 'inner:small:1,inner:all:1,outer:small:1,outer:all:1').split(',').filter(Boolean).map((c) => c.split(':'));
for (const [source, name, l2] of configs) {
  const st = stackers(source, +l2, sets[name]);
  const r = refineCuts(st);
  log(`stacked ${source} ${name} l2 ${l2}: at 0.5 ${fmt(cv(st))}; cuts ${JSON.stringify(r.cuts)}: ${fmt(r.cv)}`);
}
if (process.env.AUC) {
  // Among the articles the threshold reports a type in: how well the stacker (inner out-of-fold) and the best sentence
  // alone separate the true reports from the false (weighted AUC).
  const { logit } = require('./lib/logistic');
  const auc = (pairs) => { let num = 0, den = 0; const pos = pairs.filter((p) => p.y), neg = pairs.filter((p) => !p.y); for (const a of pos) for (const b of neg) { den += a.w * b.w; num += a.w * b.w * (a.s > b.s ? 1 : a.s === b.s ? 0.5 : 0); } return (num / den).toFixed(3); };
  for (const source of inner ? ['inner', 'outer'] : ['outer']) {
    const st = stackers(source, +(process.env.L2 ?? 1), sets[process.env.AUC]);
    types.forEach((t, ti) => {
      const pairs = folds.flatMap((f, k) => f.test.filter((a) => !pivotal.size || pivotal.has(`${a.id} ${t}`)).map((a) => { const x = outer.get(a.id)[ti]; return { x, y: gold.get(a.id).includes(t), w: weight.get(a.id), s: logit({ bias: st[k].bias[t], weights: st[k].weights[t] }, x) }; })).filter((p) => p.x[0] === 1);
      const one = (i) => auc(pairs.map((p) => ({ ...p, s: p.x[i] })));
      console.log(`${source} ${t}: reached ${pairs.length} (true ${pairs.filter((p) => p.y).length}); AUC stacker ${auc(pairs)}; ${featureNames.map((n, i) => `${n} ${one(i)}`).join(' ')}`);
    });
  }
}
