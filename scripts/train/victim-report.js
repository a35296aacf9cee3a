// `node scripts/train/victim-report.js`: the out-of-fold false named victims of CASIE train, each with the article's
// gold victims, the path that produced it (frame, vetoes off, or role model), its role scores and what the annotation
// calls that name elsewhere, and the missed gold victims with their candidates' scores, each grouped by cause and
// counted; the type and role models are trained per fold as `npm run train -- incidents` trains them, with the
// shipped thresholds (or VICTIM_THRESHOLDS='{"veto":0.1}' over them). A diagnostic, not a trainer (no `main`): what a
// victim change should remove or find is read here first.
'use strict';
const score = require('../../test/eval/incidents-score');
const { reportFolds, context } = require('./lib/report-folds');

/** What the annotation makes of a false victim's name: its other roles in any event, or a Victim of a non-Actual one. */
function annotatedAs(ann, name) {
  const roles = new Set();
  for (const e of score.events(ann))
    for (const arg of e.argument || [])
      if (score.nameMatch(arg.text, name) || arg.text.includes(name)) roles.add(arg.role.type === 'Victim' && e.realis !== 'Actual' ? `Victim(${e.realis})` : arg.role.type === 'Victim' ? 'Victim(desc-span)' : arg.role.type);
  return [...roles];
}

function cause(a, p, gold, incidents) {
  const host = incidents.find((i) => i.victim === p || (i.victims || []).includes(p));
  const as = annotatedAs(a.ann, p);
  const descVictims = score.events(a.ann).filter((e) => e.realis === 'Actual' && score.TYPE_OF[e.subtype]).flatMap((e) => (e.argument || []).filter((x) => x.role.type === 'Victim').map((x) => x.text));
  const role = as.find((r) => /^(?:Attacker|Discoverer|Releaser|Vulnerable_System|Vulnerable_System_Owner|Trusted-Entity|Tool|Place|Patch)$/.test(r));
  if (role) return `annotated ${role}`;
  if (as.some((r) => r.startsWith('Victim('))) return `annotated ${as.find((r) => r.startsWith('Victim('))}`;
  if (!gold.victims.length) return descVictims.length ? 'gold victim is a description' : 'no Actual victim at all';
  return `another name (gold has ${gold.victims.length})${host && host.victim !== p ? ' [further victim]' : ''}`;
}

const namesOf = (engine, g, names) => names.filter((n) => score.nameMatch(g, n.name) || engine.sameVictim(g, n.name));
const scoresOf = (engine, g, names) => namesOf(engine, g, names).map((n) => `${n.name} v=${n.victim.toFixed(2)} a=${n.attacker.toFixed(2)}`).join(', ') || 'no candidate';

/** Why a gold victim is missing: no candidate name holds it, the attacker side took it, a frame had it but it was
 * withheld (veto, vulnerability), the model scored it below the bar, or it was above the bar and lost to another. */
function missCause(engine, g, names, frames, pred, incidents, th) {
  const mine = namesOf(engine, g, names);
  if (pred.attackers.some((x) => score.nameMatch(g, x))) return 'taken as attacker';
  if (frames.some((x) => score.nameMatch(g, x))) return 'frame had it (withheld or replaced)';
  if (!incidents.length) return 'no incident';
  if (!mine.length) return 'no candidate';
  const best = Math.max(...mine.map((n) => n.victim));
  const att = Math.max(...mine.map((n) => n.attacker));
  if (att > best) return 'candidate scored attacker above victim';
  if (best < th.victim) return `candidate below the victim bar (${best < th.victim / 2 ? 'far' : 'near'})`;
  return 'candidate above the bar, lost (taken, distance, another name)';
}

async function report() {
  const { engine, roleThresholds, reportErrors } = reportFolds(process.env.VICTIM_THRESHOLDS);
  reportErrors('named victims', { victim: 2, more: 2, veto: 0, vetoPhishing: 0 }, ({ a, incidents, gold, pred, models, frames: frameIncidents, note }) => {
    const content = a.ann.content;
    const frames = score.predictedOf(frameIncidents, content).victims;
    const probs = engine.roleProbabilities(models, a.prep.roles.features);
    const names = engine.roleNames(a.prep.roles.candidates, probs);
    for (const g of gold.victims) if (!pred.victims.some((p) => score.nameMatch(g, p))) note(`MISS ${missCause(engine, g, names, frames, pred, incidents, roleThresholds)}`, `${a.id} "${g}" ours=[${pred.victims.join('; ')}] ${scoresOf(engine, g, names)}`);
    for (const p of pred.victims) {
      const source = frames.some((x) => score.nameMatch(x, p)) ? 'frame' : 'model';
      const host = incidents.find((i) => i.victim === p || (i.victims || []).includes(p));
      const n = names.find((x) => engine.sameVictim(x.name, p));
      const scores = n ? `v=${n.victim.toFixed(2)} a=${n.attacker.toFixed(2)}` : 'no candidate';
      if (gold.victims.some((g) => score.nameMatch(g, p))) {
        note(`TP (${source})`, `${a.id} "${p}" ${host ? host.type : '?'} ${scores}`);
        continue;
      }
      const at = content.indexOf(p);
      const actor = pred.attackers.some((x) => score.nameMatch(x, p)) ? ' ALSO-ATTACKER' : '';
      note(`FP (${source}) ${cause(a, p, gold, incidents)}`, `${a.id} "${p}" ${host ? host.type : '?'}${actor} ${scores} gold=[${gold.victims.join('; ')}] as=[${annotatedAs(a.ann, p).join(',')}]\n      ${at >= 0 ? context(content, at, at + p.length) : ''}`);
    }
  });
}

if (require.main === module)
  report().catch((e) => {
    console.error(e);
    process.exit(1);
  });
