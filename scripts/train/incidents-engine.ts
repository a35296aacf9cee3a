// The engine's incident stages as the incident trainer uses them: prepare an article once (segmentation, figures,
// entities), then extract its incidents with any set of models (one per cross-validation fold).
import { extractEntities } from '../../src/core/entities';
import { NLP_BUDGET, extractFigures } from '../../src/core/figures';
import { extractIncidents, gatherIncidents, units } from '../../src/core/incidents';
import { finish } from '../../src/core/incidents/assembly';
import { giveRoles, roleInputs, scoreNames, type RoleThresholds, type ScoredNames } from '../../src/core/incidents/arguments';
import { loadIncidentModels, sentenceInputs, type IncidentModels } from '../../src/core/incidents/model';
import { segment } from '../../src/core/text';

export { loadIncidentModels, MODEL_TYPES } from '../../src/core/incidents/model';
export { loadLinear } from '../../src/core/learn/linear';
export { roleNames } from '../../src/core/incidents/role-names';
export { attackerNameFeatures, mentionsOf, modelAttackers, withNameCues } from '../../src/core/incidents/attacker-names';
export { roleProbabilities } from '../../src/core/incidents/model';
export { roleThresholdsOf } from '../../src/core/incidents/arguments';
export { sameVictim } from '../../src/core/incidents/phrases';

export function prepare(text: string) {
  const doc = segment(text);
  const figures = extractFigures(doc, NLP_BUDGET);
  const sentences = units(doc);
  const entities = extractEntities(doc);
  return { doc, figures, entities, sentences, inputs: sentenceInputs(sentences, figures, text), roles: roleInputs(text, sentences, entities) };
}

export function incidents(p: ReturnType<typeof prepare>, models: IncidentModels) {
  return extractIncidents(p.doc, { figures: p.figures, entities: p.entities, models });
}

export const load = loadIncidentModels;

/**
 * An article's incidents gathered once under a fold's models (everything but the roles), for the role threshold
 * search: `withRoles` gives the roles on a copy of the drafts under any thresholds, as extractIncidents would.
 */
export function gather(p: ReturnType<typeof prepare>, models: IncidentModels) {
  return gatherIncidents(p.doc, { figures: p.figures, entities: p.entities, models });
}

/** The names scored once per article and value of the thresholds scoreNames reads (a search mostly moves others). */
const scored = new WeakMap<object, Map<string, ScoredNames>>();

export function withRoles(g: ReturnType<typeof gather>, thresholds: RoleThresholds) {
  // Giving roles sets a draft's victim, others, withheld, attacker and suspected (new arrays or pushes): a copy of
  // those is enough (a deep copy of every trigger and figure was half the cost).
  const drafts = g.drafts.map((d) => ({ ...d, others: [...d.others], ...(d.withheld ? { withheld: [...d.withheld] } : {}) }));
  if (g.roles && drafts.length) {
    const own = scored.get(g.roles) ?? scored.set(g.roles, new Map()).get(g.roles)!;
    const { pool, introduced, listed } = thresholds;
    const key = `${pool} ${introduced} ${listed}`;
    if (!own.has(key)) own.set(key, scoreNames(g.roles.inputs, g.roles.probs, thresholds));
    giveRoles(drafts, g.roles.inputs, own.get(key)!, thresholds);
  }
  return finish(drafts);
}
