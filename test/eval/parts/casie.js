// CASIE (AAAI 2020) cyber-security events, dev split (60 articles), scored article by article with the shared scorer
// (test/eval/incidents-score.js: event types, named victims and attackers, record/victim counts; precision, recall
// and F1 over the same sets). Beside each dev figure: the same scorer's 5-fold cross-validation on casie/train, with
// the incident models retrained per fold, as recorded by `npm run train -- incidents` in the model file.
// `--part incidents` is the same part.
const fs = require('node:fs');
const path = require('node:path');
const score = require('../incidents-score');
const { rng } = require('../../support/random');

const MODELS = path.resolve(__dirname, '..', '..', '..', 'src', 'core', 'incidents');

const metaCv = (file) => {
  const at = path.join(MODELS, file);
  const meta = fs.existsSync(at) ? JSON.parse(fs.readFileSync(at, 'utf8')).meta : null;
  return meta && meta.cv ? meta.cv : null;
};

/** The cross-validated figures the trainer wrote into the model files (the role model's own for named victims and
 * attackers, as its thresholds were chosen), or null before the first training. */
function crossValidated() {
  const cv = metaCv('type-model.json');
  return cv ? { ...cv, ...metaCv('role-model.json') } : null;
}

const show = (m) => (m ? `${m.p.toFixed(1)} / ${m.r.toFixed(1)} / ${m.f1.toFixed(1)}` : '—');
const BOOTSTRAP = 1000;

/** The central 95% of each measure's F1 over articles resampled with replacement (seeded, so every run prints the
 * same): how far 60 articles can move a figure, to read the CV–dev gap against. */
function f1Interval(tallies) {
  const random = rng(1);
  const runs = {};
  for (let b = 0; b < BOOTSTRAP; b++) {
    const tally = score.emptyTally();
    for (let i = 0; i < tallies.length; i++) score.addTally(tally, tallies[Math.floor(random() * tallies.length)]);
    for (const [measure, m] of Object.entries(score.summarise(tally))) (runs[measure] ??= []).push(m.f1);
  }
  const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return Object.fromEntries(Object.entries(runs).map(([measure, f1s]) => [measure, [at(f1s.sort((a, b) => a - b), 0.025), at(f1s, 0.975)]]));
}
const TARGETS = { 'type micro': 'F1 ≥ 88', 'named victims': 'P ≥ 80, R ≥ 80', 'named attackers': 'R ≥ 70', 'record/victim counts': 'R ≥ 95' };

module.exports = {
  name: 'casie',
  aliases: ['incidents'],
  source: 'CASIE dev',
  note: `casie: P / R / F1 on Actual events, article level; ours = dev, peer = 5-fold CV on casie/train with each article weighted so that its stratum counts as in dev (dev is a stratified sample: half breach articles with counts, 9% of train), same scorer, models retrained per fold; unweighted CV in the model meta; n = gold items in dev; in brackets the central 95% of dev's F1 over ${BOOTSTRAP} resamples of its articles (seeded). Matching: ${score.MATCHING}.`,
  run({ analyze, corpus }) {
    const dir = path.join(corpus, 'casie', 'dev', 'annotation');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort((a, b) => parseInt(a) - parseInt(b));
    const tallies = [];
    const misses = {};
    for (const f of files) {
      const ann = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const incidents = analyze(ann.content).incidents;
      const ours = incidents.map((i) => `${i.type}:${i.victim ?? '—'}`).join('; ') || 'none';
      const tally = score.emptyTally();
      tallies.push(tally);
      for (const [cause, example] of score.scoreArticle(tally, ann, incidents)) (misses[cause] ??= []).push(`${f} ${example || `ours=[${ours}]`}`);
    }
    const total = score.emptyTally();
    for (const tally of tallies) score.addTally(total, tally);
    const dev = score.summarise(total);
    const interval = f1Interval(tallies);
    const goldCount = (measure) => {
      const kind = measure.replace(/^type /, '');
      if (kind === 'micro') return score.TYPES.reduce((n, k) => n + total.types[k].tp + total.types[k].fn, 0);
      if (total.types[kind]) return total.types[kind].tp + total.types[kind].fn;
      return total[{ 'named victims': 'victims', 'named attackers': 'attackers' }[measure] ?? 'numbers'].gold;
    };
    const cv = crossValidated();
    return {
      metrics: Object.entries(dev).map(([measure, m]) => ({ metric: `${measure} P / R / F1`, value: `${show(m)}, n=${goldCount(measure)} (F1 95%: ${interval[measure].map((x) => x.toFixed(0)).join('–')})`, peer: cv ? show(cv[measure]) : '—', target: TARGETS[measure] })),
      misses,
    };
  },
};
