// The engine's incident stages as the incident trainer uses them: prepare an article once (segmentation, figures,
// entities), then extract its incidents with any set of models (one per cross-validation fold).
import { extractEntities } from '../../src/core/entities';
import { NLP_BUDGET, extractFigures } from '../../src/core/figures';
import { extractIncidents, units } from '../../src/core/incidents';
import { roleInputs } from '../../src/core/incidents/arguments';
import { loadIncidentModels, sentenceInputs, type IncidentModels } from '../../src/core/incidents/model';
import { segment } from '../../src/core/text';

export { loadIncidentModels, MODEL_TYPES } from '../../src/core/incidents/model';
export { loadLinear } from '../../src/core/learn/linear';
export { roleNames } from '../../src/core/incidents/role-names';
export { attackerNameFeatures, mentionsOf, modelAttackers, withNameCues } from '../../src/core/incidents/attacker-names';
export { roleProbabilities } from '../../src/core/incidents/model';
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
