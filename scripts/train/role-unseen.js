// `node scripts/train/role-unseen.js`: how much of the role model's skill holds on names it never saw. The role model
// alone (no frames, no name model), out of fold on the trainer's 5 folds (ROLE_SEED's shuffle, SEEDS='1,2,3' for
// several), its candidates split by whether their name stands in a training fold's articles: "seen" (mostly brands and
// groups that recur across CASIE articles) and "unseen" (the other names, as in articles from elsewhere). Per group
// and role: F1 at a bar (VICTIM_BAR 0.4, ATTACKER_BAR 0.3) and average precision, which needs no bar. The whole
// engine's CV (role-sweep.js) rewards names remembered from training; this shows the part that generalises: seeds
// 1-3, victims AP 41.3 seen against 23.4 unseen (F1 45.8 / 28.3), attackers 35.6 / 13.0. Name words as their shapes
// only (no word identity) took unseen victims to AP 25.6 and seen ones down to 28.2, and the whole-engine CV down
// (victims 51.5, attackers 47.9 against 54.6 / 53.4): kept as they are. A diagnostic, not a trainer.
'use strict';
const lin = require('./lib/linear');
const { requireTs } = require('./lib/require-ts');
const { loadArticles } = require('./lib/incidents-data');
const roles = require('./incident-roles');
const { ROLE_OPTIONS, ROLE_SERIAL } = require('./incidents');

const ROLES = ['victim', 'attacker'];
const BARS = { victim: Number(process.env.VICTIM_BAR || 0.4), attacker: Number(process.env.ATTACKER_BAR || 0.3) };

/** Average precision of [probability, isGold] pairs ranked by probability (100: every gold name above every other). */
function averagePrecision(scores) {
  const ranked = [...scores].sort((x, y) => y[0] - x[0]);
  let hits = 0;
  let sum = 0;
  ranked.forEach(([, gold], i) => {
    if (gold) sum += ++hits / (i + 1);
  });
  return hits ? (100 * sum) / hits : 0;
}

/** One seed's tallies: group + role -> { scores, tp, fp, fn }. */
function tallySeed(engine, folds, seed) {
  const { models } = roles.foldRoleModels(folds, { ...ROLE_OPTIONS, seed }, ROLE_SERIAL, engine);
  const tally = new Map();
  folds.forEach((f, k) => {
    const seen = new Set(f.train.flatMap((a) => a.prep.roles.candidates.map((c) => c.text.toLowerCase())));
    const model = engine.loadLinear(models[k]);
    for (const a of f.test) {
      a.prep.roles.features.forEach((features, i) => {
        const p = model.probabilities(features);
        const gold = a.roles[i];
        const group = seen.has(a.prep.roles.candidates[i].text.toLowerCase()) ? 'seen' : 'unseen';
        for (const role of ROLES) {
          const key = `${group} ${role}s`;
          const t = tally.get(key) ?? tally.set(key, { scores: [], tp: 0, fp: 0, fn: 0 }).get(key);
          const prob = p[model.classes.indexOf(role)];
          const hit = prob >= BARS[role];
          t.scores.push([prob, gold === role]);
          if (hit && gold === role) t.tp++;
          else if (hit) t.fp++;
          else if (gold === role) t.fn++;
        }
      });
    }
  });
  return tally;
}

function main() {
  const engine = requireTs('scripts/train/incidents-engine.ts');
  const folds = lin.folds(loadArticles(engine), 5, (a) => a.id, 1);
  const seeds = (process.env.SEEDS || process.env.ROLE_SEED || '1').split(',').map(Number);
  const sums = new Map();
  for (const seed of seeds) {
    const parts = [...tallySeed(engine, folds, seed)].sort(([x], [y]) => x.localeCompare(y)).map(([key, t]) => {
      const f1 = t.tp ? (200 * t.tp) / (2 * t.tp + t.fp + t.fn) : 0;
      const ap = averagePrecision(t.scores);
      const s = sums.get(key) ?? sums.set(key, { f1: 0, ap: 0 }).get(key);
      s.f1 += f1;
      s.ap += ap;
      return `${key} F1 ${f1.toFixed(1)} AP ${ap.toFixed(1)} (${t.scores.filter(([, g]) => g).length} gold)`;
    });
    console.log(`seed ${seed}: ${parts.join('; ')}`);
  }
  if (seeds.length > 1) console.log(`mean: ${[...sums].map(([key, s]) => `${key} F1 ${(s.f1 / seeds.length).toFixed(1)} AP ${(s.ap / seeds.length).toFixed(1)}`).join('; ')}`);
}

if (require.main === module) main();
