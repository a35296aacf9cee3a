// `node scripts/train/attacker-report.js`: the out-of-fold named-attacker misses and false positives of CASIE train,
// each with its reason, grouped; the type and role models are trained per fold as `npm run train -- incidents` trains
// them, with the shipped thresholds (or ATTACKER_THRESHOLDS='{"attacker":0.15}' over them). A diagnostic, not a trainer
// (no `main`): what an attacker change should fix is read here before the full CV chooses.
'use strict';
const score = require('../../test/eval/incidents-score');
const { reportFolds, context } = require('./lib/report-folds');

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
  const scored = n && th.names ? engine.modelAttackers([n], candidates, engine.withNameCues(a.prep.roles), probs, th.names, th)[0].attacker : n ? n.attacker : 0;
  const cues = [...new Set(mentions.flatMap((k) => features[k].filter((x) => /^(?:a:|alias|by$|cue=)/.test(x))))].join(' ');
  if (scored < th.attacker) return [`candidate scored low (< ${th.attacker})`, `p=${scored.toFixed(2)} mention-best=${n ? n.attacker.toFixed(2) : '?'} victim=${n ? n.victim.toFixed(2) : '?'} [${cues}]`];
  return ['scored high, not assigned (another name took the incident, or matching)', `p=${scored.toFixed(2)} [${cues}]`];
}

async function report() {
  const { engine, reportErrors } = reportFolds(process.env.ATTACKER_THRESHOLDS);
  reportErrors('named attackers', { attacker: 2, second: 2, steal: 2 }, ({ a, incidents, gold, pred, models, frames: frameIncidents, note }) => {
    const content = a.ann.content;
    for (const g of gold.attackers) {
      if (pred.attackers.some((p) => score.nameMatch(g, p))) continue;
      const [why, detail] = missReason(engine, a, g, incidents, models);
      const at = content.indexOf(g);
      note(`MISS ${why}`, `${a.id} "${g}" ours=[${pred.attackers.join('; ')}] ${detail}\n      ${at >= 0 ? context(content, at, at + g.length) : ''}`);
    }
    const frames = score.predictedOf(frameIncidents, content).attackers;
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
  }, (m) => ` (victims F1 ${m['named victims'].f1})`);
}

if (require.main === module)
  report().catch((e) => {
    console.error(e);
    process.exit(1);
  });
