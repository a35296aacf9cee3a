// `node scripts/train/attacker-report.js`: the out-of-fold named-attacker misses and false positives of CASIE train,
// each with its reason, grouped; the type and role models are trained per fold as `npm run train -- incidents` trains
// them, with the shipped thresholds (or ATTACKER_THRESHOLDS='{"attacker":0.15}' over them). A diagnostic, not a trainer
// (no `main`): what an attacker change should fix is read here before the full CV chooses.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { requireTs, ROOT } = require('./lib/require-ts');
const lin = require('./lib/linear');
const { loadArticles, loadNegatives, devWeights } = require('./lib/incidents-data');
const score = require('../../test/eval/incidents-score');
const roles = require('./incident-roles');
const incidentsTrainer = require('./incidents');

const MODEL_DIR = path.join(ROOT, 'src', 'core', 'incidents');
/** The fold type models do not depend on the role side: cached between runs (delete the file after a type change). */
const TYPE_CACHE = process.env.TYPE_CACHE || path.join(require('node:os').tmpdir(), 'policy-lens-type-folds.json');

function typeFolds(engine, folds, articles) {
  if (fs.existsSync(TYPE_CACHE)) return JSON.parse(fs.readFileSync(TYPE_CACHE, 'utf8'));
  const types = [...engine.MODEL_TYPES];
  const classes = ['none', ...types, ...types.map(incidentsTrainer.genericClass)];
  for (const a of articles) a.generic = incidentsTrainer.genericLabels(a, types);
  const negatives = loadNegatives(engine);
  const out = folds.map((f) => lin.serialise(lin.train(incidentsTrainer.examples(f.train, negatives), { classes, ...incidentsTrainer.TYPE_OPTIONS }), { name: 'incident-type', ...incidentsTrainer.TYPE_SERIAL }));
  fs.writeFileSync(TYPE_CACHE, JSON.stringify(out));
  return out;
}

const context = (content, start, end) => content.slice(Math.max(0, start - 90), end + 60).replace(/\s+/g, ' ');

/** Why a gold attacker was not predicted. */
function missReason(engine, a, g, incidents, models) {
  const { candidates, features } = a.prep.roles;
  const mentions = candidates.flatMap((c, k) => (score.nameMatch(g, c.text) ? [k] : []));
  if (!mentions.length) return ['never a candidate', ''];
  if (!incidents.length) return ['no incident in the article', ''];
  if (incidents.some((i) => [i.victim, ...(i.victims || [])].some((v) => v && score.nameMatch(g, v)))) return ['taken as victim', ''];
  const probs = engine.roleProbabilities(models, features);
  const names = engine.roleNames(candidates, probs);
  const n = names.find((x) => mentions.some((k) => engine.sameVictim(x.name, candidates[k].text)));
  const th = models.roleThresholds;
  const scored = n && th.names ? engine.modelAttackers([n], candidates, engine.withNameCues(a.prep.roles), probs, th.names)[0].attacker : n ? n.attacker : 0;
  const cues = [...new Set(mentions.flatMap((k) => features[k].filter((x) => /^(?:a:|alias|by$|cue=)/.test(x))))].join(' ');
  if (scored < th.attacker) return [`candidate scored low (< ${th.attacker})`, `p=${scored.toFixed(2)} mention-best=${n ? n.attacker.toFixed(2) : '?'} victim=${n ? n.victim.toFixed(2) : '?'} [${cues}]`];
  return ['scored high, not assigned (another name took the incident, or matching)', `p=${scored.toFixed(2)} [${cues}]`];
}

async function report() {
  const engine = requireTs('scripts/train/incidents-engine.ts');
  const t0 = Date.now();
  const articles = loadArticles(engine);
  console.log(`prepared ${articles.length} articles in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const folds = lin.folds(articles, 5, (a) => a.id, 1);
  const types = typeFolds(engine, folds, articles);
  const { models: roleFolds } = roles.foldRoleModels(folds, { bits: 16, epochs: 6, l2: 1e-6, rate: 0.1, seed: 1 }, { digits: 2, prune: 0.35 }, engine);
  const typeJson = JSON.parse(fs.readFileSync(path.join(MODEL_DIR, 'type-model.json'), 'utf8'));
  const roleJson = JSON.parse(fs.readFileSync(path.join(MODEL_DIR, 'role-model.json'), 'utf8'));
  const roleThresholds = { ...roleJson.thresholds, ...JSON.parse(process.env.ATTACKER_THRESHOLDS || '{}') };
  const weight = devWeights(articles);
  const tally = score.emptyTally();
  const plain = score.emptyTally();
  const groups = new Map();
  const note = (key, line) => (groups.get(key) ?? groups.set(key, []).get(key)).push(line);
  folds.forEach((f, k) => {
    const models = engine.load({ ...types[k], thresholds: typeJson.thresholds }, { ...roleFolds[k], thresholds: roleThresholds });
    const frameOnly = engine.load({ ...types[k], thresholds: typeJson.thresholds }, { ...roleFolds[k], thresholds: { ...roleThresholds, attacker: 2, second: 2, steal: 2 } });
    for (const a of f.test) {
      const incidents = engine.incidents(a.prep, models);
      const one = score.emptyTally();
      score.scoreArticle(one, a.ann, incidents);
      score.addTally(tally, one, weight.get(a.id));
      score.addTally(plain, one);
      const gold = score.goldOf(a.ann);
      const pred = score.predictedOf(incidents, a.ann.content);
      const content = a.ann.content;
      for (const g of gold.attackers) {
        if (pred.attackers.some((p) => score.nameMatch(g, p))) continue;
        const [why, detail] = missReason(engine, a, g, incidents, models);
        const at = content.indexOf(g);
        note(`MISS ${why}`, `${a.id} "${g}" ours=[${pred.attackers.join('; ')}] ${detail}\n      ${at >= 0 ? context(content, at, at + g.length) : ''}`);
      }
      const frames = score.predictedOf(engine.incidents(a.prep, frameOnly), content).attackers;
      const generic = score.events(a.ann).flatMap((e) => (e.realis !== 'Actual' ? (e.argument || []).filter((x) => x.role.type === 'Attacker').map((x) => x.text) : []));
      for (const p of pred.attackers) {
        const source = frames.some((x) => score.nameMatch(x, p)) ? 'frame' : 'model';
        const host = incidents.find((i) => i.attacker === p) ?? incidents.find((i) => i.suspected === p);
        const slot = host ? `${host.attacker === p ? 'attacker' : 'suspected'} of a ${host.type}` : '?';
        if (gold.attackers.some((g) => score.nameMatch(g, p))) {
          note(`TP (${source}, ${slot.replace(/ of .*/, '')})`, `${a.id} "${p}"`);
          continue;
        }
        const kind = !gold.attackers.length ? (generic.some((x) => score.nameMatch(x, p)) ? 'no Actual gold attacker; a Generic/Other event\'s attacker' : 'no Actual gold attacker') : 'article has another gold attacker';
        const at = content.indexOf(p);
        note(`FP (${source}, ${slot}) ${kind}`, `${a.id} "${p}" gold=[${gold.attackers.join('; ')}]\n      ${at >= 0 ? context(content, at, at + p.length) : ''}`);
      }
    }
  });
  for (const [key, lines] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`\n== ${key}: ${lines.length}`);
    for (const l of lines.slice(0, Number(process.env.SHOW || 12))) console.log(`  ${l}`);
  }
  // SWEEP='[{"attacker":0.15},{"gate":0.05}]': each set of thresholds over the shipped ones, scored alone.
  for (const over of JSON.parse(process.env.SWEEP || '[]')) {
    const t = score.emptyTally();
    folds.forEach((f, k) => {
      const models = engine.load({ ...types[k], thresholds: typeJson.thresholds }, { ...roleFolds[k], thresholds: { ...roleThresholds, ...over } });
      for (const a of f.test) {
        const one = score.emptyTally();
        score.scoreArticle(one, a.ann, engine.incidents(a.prep, models));
        score.addTally(t, one, weight.get(a.id));
      }
    });
    const m = score.summarise(t);
    console.log(`${JSON.stringify(over)}: CV named attackers P ${m['named attackers'].p} R ${m['named attackers'].r} F1 ${m['named attackers'].f1} (victims F1 ${m['named victims'].f1})`);
  }
  const w = score.summarise(tally)['named attackers'];
  const u = score.summarise(plain)['named attackers'];
  console.log(`\nCV named attackers P ${w.p} R ${w.r} F1 ${w.f1} (unweighted P ${u.p} R ${u.r} F1 ${u.f1}); thresholds ${JSON.stringify(roleThresholds)}`);
}

if (require.main === module)
  report().catch((e) => {
    console.error(e);
    process.exit(1);
  });
