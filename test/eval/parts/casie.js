// CASIE (AAAI 2020) cyber-security events, dev split (60 articles), scored article by article with the shared scorer
// (test/eval/incidents-score.js: event types, named victims and attackers, record/victim counts; precision, recall
// and F1 over the same sets). Beside each dev figure: the same scorer's 5-fold cross-validation on casie/train, with
// the incident models retrained per fold, as recorded by `npm run train -- incidents` in the model file.
// `--part incidents` is the same part.
const fs = require('node:fs');
const path = require('node:path');
const score = require('../incidents-score');

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
const TARGETS = { 'type micro': 'F1 ≥ 88', 'named victims': 'P ≥ 80, R ≥ 80', 'named attackers': 'R ≥ 70', 'record/victim counts': 'R ≥ 95' };

module.exports = {
  name: 'casie',
  aliases: ['incidents'],
  source: 'CASIE dev',
  note: `casie: P / R / F1 on Actual events, article level; ours = dev, peer = 5-fold CV on casie/train with each article weighted so that its stratum counts as in dev (dev is a stratified sample: half breach articles with counts, 9% of train), same scorer, models retrained per fold; unweighted CV in the model meta. Matching: ${score.MATCHING}.`,
  run({ analyze, corpus }) {
    const dir = path.join(corpus, 'casie', 'dev', 'annotation');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort((a, b) => parseInt(a) - parseInt(b));
    const tally = score.emptyTally();
    const misses = {};
    for (const f of files) {
      const ann = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const incidents = analyze(ann.content).incidents;
      const ours = incidents.map((i) => `${i.type}:${i.victim ?? '—'}`).join('; ') || 'none';
      for (const [cause, example] of score.scoreArticle(tally, ann, incidents)) (misses[cause] ??= []).push(`${f} ${example || `ours=[${ours}]`}`);
    }
    const dev = score.summarise(tally);
    const cv = crossValidated();
    return {
      metrics: Object.entries(dev).map(([measure, m]) => ({ metric: `${measure} P / R / F1`, value: show(m), peer: cv ? show(cv[measure]) : '—', target: TARGETS[measure] })),
      misses,
    };
  },
};
