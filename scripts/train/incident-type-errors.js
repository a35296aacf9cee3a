// `node scripts/train/incident-type-errors.js > errors.txt`: the type decisions' out-of-fold errors on CASIE train (never
// dev), for diagnosis: the 5 folds of `npm run train -- incidents`, each with its own type model and the shipped
// thresholds, run through the whole engine; per type the false and missed articles with their best sentences' scores.
// CACHE=file keeps the fold models between runs (delete it when the features change).
'use strict';
if (require.main !== module) return;
const ROOT = require('node:path').resolve(__dirname, '../..');
const { typeFoldSetup, foldTypeModels } = require('./lib/type-folds');
const score = require('../../test/eval/incidents-score');
const t0 = Date.now();
const setup = typeFoldSetup();
const { inc, engine, types, weight, folds } = setup;
console.error('prepared', (Date.now() - t0) / 1000);
const shipped = require(`${ROOT}/src/core/incidents/type-model.json`);
const roleJson = require(`${ROOT}/src/core/incidents/role-model.json`);
const serial = foldTypeModels(setup);
console.error('trained', (Date.now() - t0) / 1000);
const thresholds = shipped.thresholds;
const w = score.emptyTally(), u = score.emptyTally();
const errs = [];
folds.forEach((f, k) => {
  const models = engine.load({ ...serial[k], thresholds }, roleJson);
  for (const a of f.test) {
    const one = score.emptyTally();
    const incs = engine.incidents(a.prep, models);
    score.scoreArticle(one, a.ann, incs);
    score.addTally(w, one, weight.get(a.id)); score.addTally(u, one);
    const gold = score.goldOf(a.ann).types;
    const pred = [...new Set(incs.map((i) => i.type))];
    const probs = a.prep.inputs.map((f) => { const p = models.type.probabilities(f); return [...types, ...types.map(inc.genericClass)].map((c) => p[models.type.classes.indexOf(c)]); });
    for (const [ti, t] of types.entries()) {
      const g = gold.includes(t), p = pred.includes(t);
      if (g === p) continue;
      const best = probs.map((p, i) => [p[ti], i]).sort((x, y) => y[0] - x[0]).slice(0, 2);
      const goldSents = a.labels.map((s, i) => (s.has(t) ? i : -1)).filter((i) => i >= 0);
      const genSents = a.generic.map((s, i) => (s.has(inc.genericClass(t)) ? i : -1)).filter((i) => i >= 0);
      errs.push({ t, kind: p ? 'FALSE' : 'MISSED', id: a.id, w: weight.get(a.id).toFixed(2), gold, pred, thr: thresholds[t],
        best: best.map(([pr, i]) => `  [s${i} p=${pr.toFixed(2)} gen=${probs[i][ti + 4].toFixed(2)}${a.labels[i].size ? ' gold:' + [...a.labels[i]] : ''}] ${a.prep.sentences[i].text.slice(0, 220).replace(/\s+/g, ' ')}`),
        goldSents: goldSents.map((i) => `  gold s${i} p=${probs[i][ti].toFixed(2)}: ${a.prep.sentences[i].text.slice(0, 200).replace(/\s+/g, ' ')}`).slice(0, 3), gen: genSents.length,
        incs: incs.map((i) => `${i.type}:${i.victim ? i.victim.text : '-'}:${i.learned ? 'L' : ''}`).join(' ') });
    }
  }
});
const s = score.summarise(w), su = score.summarise(u);
for (const m of ['type micro', ...types.map((t) => `type ${t}`)]) console.log(`CV ${m}: weighted F1 ${s[m].f1} P ${s[m].p} R ${s[m].r} | unweighted F1 ${su[m].f1}`);
for (const t of types) for (const kind of ['FALSE', 'MISSED']) {
  const list = errs.filter((e) => e.t === t && e.kind === kind);
  console.log(`\n===== ${t} ${kind} (${list.length}, weight ${list.reduce((n, e) => n + +e.w, 0).toFixed(1)}) thr ${thresholds[t]}`);
  for (const e of list) console.log(`-- ${e.id} w=${e.w} gold=${e.gold} pred=${e.pred} incs=${e.incs} genericSents=${e.gen}\n${e.best.join('\n')}\n${e.goldSents.join('\n')}`);
}
// Causes, roughly: a false type in an article with no Actual event is generic talk taken for an event (realis); in
// another's article, the type of a co-occurring event; a missed type with nothing predicted is a gate (no cyber
// article, no anchor), with another type predicted a co-occurring event lost.
const cause = (e) => (e.kind === 'FALSE' ? (e.gold.length ? 'another type\'s article' : 'realis: no actual event') : e.pred.length ? 'co-occurring type lost' : 'nothing predicted');
const groups = new Map();
for (const e of errs) {
  const key = `${e.t} ${e.kind} | ${cause(e)}`;
  const g = groups.get(key) ?? { n: 0, w: 0 };
  groups.set(key, { n: g.n + 1, w: g.w + +e.w });
}
console.log('\n===== causes');
for (const [key, g] of [...groups].sort()) console.log(`${key.padEnd(50)} n=${g.n} weight=${g.w.toFixed(2)}`);
console.error('done', (Date.now() - t0) / 1000);
