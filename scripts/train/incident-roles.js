// The role part of `npm run train -- incidents` (called by incidents.js, not a trainer of its own): the model that
// scores each candidate name none / victim / attacker (src/core/incidents/role-model.json), and its thresholds and
// victim mode chosen on the whole engine's 5-fold cross-validation (folds run through the engine, scored by the
// eval's scorer).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./lib/require-ts');
const lin = require('./lib/linear');

const ROLE_OUT = path.join(ROOT, 'src', 'core', 'incidents', 'role-model.json');
const ROLE_CLASSES = ['none', 'victim', 'attacker'];
const ROLE_GRID = [0.3, 0.4, 0.5, 0.6];
const ATTACKER_GRID = [0.3, 0.4, 0.5, 0.6];
/** The name model's probabilities are lower (a name's, against every name of the article): its own grid. */
const NAME_GRID = [0.07, 0.1, 0.15, 0.2, 0.3];
/** A further likely attacker name fills an incident's empty suspect slot (2: none). */
const SECOND_GRID = [0.1, 0.15, 0.2, 0.3, 0.4];
/** A frame victim the model is this sure is the attacker becomes it (2: never). */
const STEAL_GRID = [0.4, 0.6, 0.8];
/** Thresholds no probability reaches: the role model off (the type part's cross-validation runs with it). */
const OFF = { victim: 2, attacker: 2, second: 2, steal: 2, pool: 'best', gate: 0, introduced: 0, listed: 0, more: 2, veto: 0, victimMode: 'fill' };
/** A frame's attacker or suspect the attacker side scores below this is dropped (0, not listed: none is). */
const GATE_GRID = [0.02, 0.05, 0.1];
/** The least attacker probability of a name introduced as an attacker by an exact pattern (attacker-names.ts; 0: the
 * model's alone). */
const INTRODUCED_GRID = [0.3, 0.5, 0.7, 0.9];
/** The same for a name listed right after an actor noun ("hacking groups such as X", "another group, X,"). */
const LISTED_GRID = [0.15, 0.3, 0.5];
/** How a name's mentions pool their attacker probabilities (src/core/incidents/attackers.ts pooledAttackers). */
const POOLS = ['best', 'top2', 'model'];
const MORE_GRID = [0.6, 0.7, 0.8];
/** A frame victim written before its trigger word that the model scores below this is dropped (0, not listed: none is). */
const VETO_GRID = [0.03, 0.05, 0.1];
/** A phishing incident's bar for the model's victims (2: none), then for its frame victims (1.01: all dropped). */
const PHISHING_FILL_GRID = [0.6, 0.8, 2];
const PHISHING_VETO_GRID = [0.3, 0.5, 1.01];

/** The role examples: every candidate name. A non-Actual event's attacker ('unknown', roleLabels) is 'none' here: left
 * out, it raised those actors' attacker probability where the article reports no actual attack (CV attacker F1 35.7 ->
 * 31.3, victims 48.0 -> 46.9); only the name model leaves such names out. */
const roleExamples = (articles) => articles.flatMap((a) => a.prep.roles.features.map((features, i) => ({ features, label: a.roles[i] === 'unknown' ? 'none' : a.roles[i] })));

/** The name-level attacker model (src/core/incidents/attacker-names.ts): none / attacker per distinct name. */
const NAME_CLASSES = ['none', 'attacker'];
const NAME_OPTIONS = { bits: 12, epochs: 10, l2: 1e-6, rate: 0.1, seed: 1 };
const NAME_SERIAL = { name: 'incident-attacker-name', digits: 2, prune: 0.05 };

/** A name's examples: attacker when one of its mentions is labelled so, none when none is 'unknown' (left out). */
function nameExamples(engine, a, model) {
  const { candidates, features } = a.prep.roles;
  const probs = features.map((f) => {
    const p = model.probabilities(f);
    return [p[model.classes.indexOf('victim')], p[model.classes.indexOf('attacker')]];
  });
  return engine.roleNames(candidates, probs).flatMap((n) => {
    const mentions = engine.mentionsOf(n, candidates);
    const labels = mentions.map((k) => a.roles[k]);
    const label = labels.includes('attacker') ? 'attacker' : labels.includes('unknown') ? null : 'none';
    return label ? [{ features: engine.attackerNameFeatures(n, mentions, features, probs), label }] : [];
  });
}

/**
 * One serialised role model per fold (the same folds as the type model's), each with the name-level attacker model
 * trained on the other folds' names as their own fold's role model scored them (out of fold, as the engine's role
 * model scores an unseen article); `names`: that model trained on every article's out-of-fold names, to ship.
 */
function foldRoleModels(folds, options, serial, engine) {
  const models = folds.map((f) => lin.serialise(lin.train(roleExamples(f.train), { classes: ROLE_CLASSES, ...options }), { name: 'incident-role', ...serial }));
  const oof = new Map();
  folds.forEach((f, k) => {
    const model = engine.loadLinear(models[k]);
    for (const a of f.test) oof.set(a.id, nameExamples(engine, a, model));
  });
  const nameModel = (articles) => lin.serialise(lin.train(articles.flatMap((a) => oof.get(a.id)), { classes: NAME_CLASSES, ...NAME_OPTIONS }), NAME_SERIAL);
  return { models: models.map((m, k) => ({ ...m, attackerNames: nameModel(folds[k].train) })), names: nameModel(folds.flatMap((f) => f.test)) };
}

/**
 * Chooses the role thresholds on CV and writes role-model.json. `crossValidate(roleThresholds)` runs the folds through
 * the engine with the type thresholds already chosen and returns the weighted CV summary; returns the chosen
 * thresholds (`baseline`: the CV with the role model off, when already computed).
 */
function trainRoles({ articles, crossValidate, options, serial, names, baseline = crossValidate(OFF) }) {
  let roleBest = { ...OFF, cv: baseline };
  // Only 'fill' is tried: 'replace' scores about a point higher on CV but overrules right frame victims with an
  // attributed state or a second organisation of the same sentence (the hand-labelled articles lose one).
  for (const victimMode of ['fill'])
    for (const victim of ROLE_GRID) {
      const cv = crossValidate({ ...OFF, victim, victimMode });
      console.log(`  victims ${victimMode} ${victim}: CV F1 ${cv['named victims'].f1}`);
      if (cv['named victims'].f1 > roleBest.cv['named victims'].f1) roleBest = { ...roleBest, victim, victimMode, cv };
    }
  // The veto (a frame's victim written before its trigger word that the model scores below it is dropped): kept only
  // when CV gains. The section merge joins a vetoed incident by its withheld name (withheld-victim.ts), so an article
  // analysed whole and in sections gives the same incidents (test/unit/victim-match.test.js).
  for (const veto of VETO_GRID) {
    const cv = crossValidate({ ...roleBest, veto });
    console.log(`  victim veto ${veto}: CV F1 ${cv['named victims'].f1}`);
    if (cv['named victims'].f1 > roleBest.cv['named victims'].f1) roleBest = { ...roleBest, veto, cv };
  }
  // Phishing: the brand a lure impersonates stands where a victim would ("X users hit by a phishing email posing as
  // X"), and CASIE's phishing victims are mostly unnamed people (out of fold, 4 of 63 phishing victims were right):
  // the bar for the model's victims, then the veto of the frames', each kept only when CV gains.
  for (const victimPhishing of PHISHING_FILL_GRID) {
    const cv = crossValidate({ ...roleBest, victimPhishing });
    console.log(`  phishing victims ${victimPhishing}: CV F1 ${cv['named victims'].f1}`);
    if (cv['named victims'].f1 > roleBest.cv['named victims'].f1) roleBest = { ...roleBest, victimPhishing, cv };
  }
  for (const vetoPhishing of PHISHING_VETO_GRID) {
    const cv = crossValidate({ ...roleBest, vetoPhishing });
    console.log(`  phishing veto ${vetoPhishing}: CV F1 ${cv['named victims'].f1}`);
    if (cv['named victims'].f1 > roleBest.cv['named victims'].f1) roleBest = { ...roleBest, vetoPhishing, cv };
  }
  // An incident whose frame victim was vetoed stays without one (the model's next likeliest name there was mostly
  // another wrong one): kept when CV gains.
  {
    const cv = crossValidate({ ...roleBest, refill: false });
    console.log(`  no refill after a veto: CV F1 ${cv['named victims'].f1}`);
    if (cv['named victims'].f1 > roleBest.cv['named victims'].f1) roleBest = { ...roleBest, refill: false, cv };
  }
  // Further victims (a name the model is surer of joins the nearest incident's list): kept only when CV gains.
  for (const more of MORE_GRID) {
    const cv = crossValidate({ ...roleBest, more });
    console.log(`  more victims ${more}: CV F1 ${cv['named victims'].f1}`);
    if (cv['named victims'].f1 > roleBest.cv['named victims'].f1) roleBest = { ...roleBest, more, cv };
  }
  const chosen = chooseAttackers(crossValidate, roleBest);
  const roleThresholds = { victim: roleBest.victim, attacker: chosen.attacker, second: chosen.second, steal: chosen.steal, pool: chosen.pool, gate: chosen.gate, introduced: chosen.introduced, listed: chosen.listed, more: roleBest.more, veto: roleBest.veto, vetoPhishing: roleBest.vetoPhishing ?? 0, victimPhishing: roleBest.victimPhishing ?? roleBest.victim, refill: roleBest.refill ?? true, victimMode: roleBest.victimMode };
  const roleModel = lin.train(roleExamples(articles), { classes: ROLE_CLASSES, ...options });
  const roleJson = lin.serialise(roleModel, { name: 'incident-role', ...serial, meta: { trainedOn: `casie/train, ${articles.length} articles`, options, folds: 5, cv: { 'named victims': chosen.cv['named victims'], 'named attackers': chosen.cv['named attackers'] } } });
  // The name model ships only when chosen (pool 'model').
  fs.writeFileSync(ROLE_OUT, `${JSON.stringify({ ...roleJson, thresholds: roleThresholds, ...(chosen.pool === 'model' ? { attackerNames: names } : {}) })}\n`);
  console.log(`incidents: role thresholds ${JSON.stringify(roleThresholds)}; ${(fs.statSync(ROLE_OUT).size / 1024).toFixed(0)} KB`);
  return roleThresholds;
}

const line = (cv) => `CV P ${cv['named attackers'].p} R ${cv['named attackers'].r} F1 ${cv['named attackers'].f1} (victims F1 ${cv['named victims'].f1})`;

/**
 * Per pooling of a name's mentions (the best, the best two, the name model), the attacker threshold and then the second
 * name's (the suspect slot), each by the CV attacker F1 (ties: the first); the best pool's pair is kept. Then `steal`,
 * which also moves victims, only when attacker and victim F1 together gain; then the gate on the frames' attackers;
 * then the floors of names introduced or listed as attackers, like `steal`.
 */
function chooseAttackers(crossValidate, base) {
  let best = null;
  for (const pool of POOLS) {
    let own = null;
    for (const attacker of pool === 'model' ? NAME_GRID : ATTACKER_GRID) {
      const cv = crossValidate({ ...base, attacker, second: 2, steal: 2, pool });
      console.log(`  attackers ${pool} ${attacker}: ${line(cv)}`);
      if (!own || cv['named attackers'].f1 > own.cv['named attackers'].f1) own = { attacker, second: 2, steal: 2, pool, gate: 0, introduced: 0, listed: 0, cv };
    }
    for (const second of SECOND_GRID) {
      const cv = crossValidate({ ...base, ...own, second });
      console.log(`  ${pool} second attacker ${second}: ${line(cv)}`);
      if (cv['named attackers'].f1 > own.cv['named attackers'].f1) own = { ...own, second, cv };
    }
    if (!best || own.cv['named attackers'].f1 > best.cv['named attackers'].f1) best = own;
  }
  const both = (cv) => cv['named attackers'].f1 + cv['named victims'].f1;
  for (const steal of STEAL_GRID) {
    const cv = crossValidate({ ...base, ...best, steal });
    console.log(`  steal ${steal}: ${line(cv)}`);
    if (both(cv) > both(best.cv)) best = { ...best, steal, cv };
  }
  // The gate on the frames' attackers and suspects, kept only when CV attacker F1 gains.
  for (const gate of GATE_GRID) {
    const cv = crossValidate({ ...base, ...best, gate });
    console.log(`  gate ${gate}: ${line(cv)}`);
    if (cv['named attackers'].f1 > best.cv['named attackers'].f1) best = { ...best, gate, cv };
  }
  // The floor of a name introduced as an attacker ("a hacker group called X", "X, a hacking group", "X claimed
  // responsibility"), then of one listed after an actor noun: it ranks such a name first and, at or over `steal`, takes
  // it off the victims; kept only when attacker and victim F1 together gain (the name model alone scored most of them
  // under its threshold; a name always taken off the victims lost on CV: attacker F1 47.4 -> 45.1).
  for (const [key, grid] of [['introduced', INTRODUCED_GRID], ['listed', LISTED_GRID]])
    for (const value of grid) {
      const cv = crossValidate({ ...base, ...best, [key]: value });
      console.log(`  ${key} ${value}: ${line(cv)}`);
      if (both(cv) > both(best.cv)) best = { ...best, [key]: value, cv };
    }
  // The floors change which names rank first: the attacker threshold is tried again with them (attacker F1).
  if (best.introduced > 0 || best.listed > 0)
    for (const attacker of best.pool === 'model' ? NAME_GRID : ATTACKER_GRID) {
      if (attacker === best.attacker) continue;
      const cv = crossValidate({ ...base, ...best, attacker });
      console.log(`  attackers ${best.pool} ${attacker} with the floor: ${line(cv)}`);
      if (cv['named attackers'].f1 > best.cv['named attackers'].f1) best = { ...best, attacker, cv };
    }
  return best;
}

module.exports = { trainRoles, foldRoleModels, OFF };
