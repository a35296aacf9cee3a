/**
 * The learned incident-type model: per sentence, how likely it reports an actual incident of each type (breach,
 * phishing, ransomware, vulnerability), against "none" (no incident) and one "generic-<type>" class per type (only
 * generic talk, statistics, hypotheticals about that kind: "phishing campaigns hit Gmail users"), which the engine
 * reads only as what takes probability away from the actual types.
 * Trained by `npm run train -- incidents` on CASIE train; the JSON beside this file holds hashed weights and the
 * per-type thresholds chosen by cross-validation on train.
 */
import { loadLinear, modelJson, type LinearModel } from '../learn/linear';
import { indicesBySentence, type Sentence } from '../text';
import type { Figure, IncidentType } from '../types';
import { contextFeatures, contextStates, sentenceCueStates, sentenceFeatures, triggerTypes, wordFeatureStates, type SentenceContext } from './features';
import { triggerMatches } from './trigger-matches';
import { roleThresholdsOf, type RoleThresholds } from './arguments';
import roleJson from './role-model.json';
import typeJson from './type-model.json';

export const MODEL_TYPES = ['breach', 'phishing', 'ransomware', 'vulnerability'] as const satisfies readonly IncidentType[];
export type ModelType = (typeof MODEL_TYPES)[number];

export interface IncidentModels {
  type: LinearModel;
  /** A type is reported in an article when some sentence's probability reaches its threshold. */
  thresholds: Record<ModelType, number>;
  /** The probability an incident needs when the model finds it alone, with no rule trigger gathering it. */
  learnedOnly: number;
  /** How sure the model must be of a sentence another incident holds for it to start an incident of this type beside
   * that one ("staff fell for a phishing email" in a breach story: CASIE holds a phishing and a breach event); above 1
   * for a type that never does. */
  beside: Record<ModelType, number>;
  /** The same bar where no sentence of the article reaches the type's threshold: a second type told only in a sentence
   * another incident holds ("the attackers got in through a flaw in the forum software" in a breach story). */
  secondary: Record<ModelType, number>;
  /** Candidate names: none / victim / attacker. */
  role: LinearModel;
  roleThresholds: RoleThresholds;
}

export function loadIncidentModels(json: unknown, roles: unknown): IncidentModels {
  const type = loadLinear(json);
  const raw = (json as { thresholds?: Partial<Record<ModelType | 'learnedOnly', number>> & { beside?: Partial<Record<ModelType, number>>; secondary?: Partial<Record<ModelType, number>> } }).thresholds ?? {};
  const thresholds = Object.fromEntries(MODEL_TYPES.map((t) => [t, raw[t] ?? 0.5])) as Record<ModelType, number>;
  for (const t of MODEL_TYPES) if (!type.classes.includes(t)) throw new Error(`incident model lacks class ${t}`);
  const role = loadLinear(roles);
  for (const c of ['victim', 'attacker']) if (!role.classes.includes(c)) throw new Error(`role model lacks class ${c}`);
  const roleThresholds = roleThresholdsOf((roles as { thresholds?: Partial<RoleThresholds> }).thresholds, (roles as { attackerNames?: unknown }).attackerNames);
  const beside = Object.fromEntries(MODEL_TYPES.map((t) => [t, raw.beside?.[t] ?? 2])) as Record<ModelType, number>;
  const secondary = Object.fromEntries(MODEL_TYPES.map((t) => [t, raw.secondary?.[t] ?? 2])) as Record<ModelType, number>;
  return { type, thresholds, learnedOnly: raw.learnedOnly ?? 0.5, beside, secondary, role, roleThresholds };
}

let shipped: IncidentModels | undefined;
/** The models shipped with the engine, loaded once on first use. */
export function shippedIncidentModels(): IncidentModels {
  return (shipped ??= loadIncidentModels(modelJson(typeJson), modelJson(roleJson)));
}

const isCount = (f: Figure) => f.kind === 'count' || (f.kind === 'measure' && /\d\s*(?:[KMGTP]B|bytes?)$/i.test(f.text));

/** The feature lists of every sentence of the document (the trainer and the engine compute them alike). */
export function sentenceInputs(sentences: Sentence[], figures: Figure[], text: string, features = sentenceFeatures): string[][] {
  const own = sentenceContexts(sentences, figures, text).map((ctx, index) => features(sentences[index].text, ctx));
  return own.map((f, i) => [...f, ...contextFeatures(own, i)]);
}

/**
 * typeProbabilities(models, sentenceInputs(sentences, figures, text)) with each sentence's words and word pairs hashed
 * without building their strings (the same sums in the same order: the words' features come first, and the context
 * features read only the trigger kinds, which are among the cue features).
 */
export function hashedTypeProbabilities(models: IncidentModels, sentences: Sentence[], figures: Figure[], text: string, bySentence?: Map<number, number[]>): number[][] {
  // Every feature as the FNV state of its string, none built: the words', the cues', then the context's.
  const contexts = sentenceContexts(sentences, figures, text, bySentence);
  const matches = sentences.map((s) => triggerMatches(s.text));
  const at = typeColumns(models);
  return sentences.map((s, i) => {
    const states = contextStates(matches, i, sentenceCueStates(s.text, contexts[i], wordFeatureStates(s.text)));
    const p = models.type.probabilitiesFrom(states, []);
    return at.map((c) => (c < 0 ? 0 : p[c]));
  });
}

/**
 * One sentence's typeProbabilities row from its text (words and word pairs hashed as they are read) and the rest of
 * its features (its cue features, then its context features): how an edit scores the sentences its memo misses
 * (sentence-types.ts); the same sums, in the same order, as hashedTypeProbabilities gives a single analysis.
 */
export function hashedSentenceProbabilities(models: IncidentModels, sentence: string, rest: readonly string[]): number[] {
  const p = models.type.probabilitiesFrom(wordFeatureStates(sentence), rest);
  return typeColumns(models).map((c) => (c < 0 ? 0 : p[c]));
}

/** What each sentence's features read besides its own text. `bySentence`: the figures by sentence, when the caller has
 * them already. */
export function sentenceContexts(sentences: Sentence[], figures: Figure[], text: string, bySentence = indicesBySentence(sentences, figures)): SentenceContext[] {
  const articleTypes = triggerTypes(text);
  return sentences.map((_, index) => ({ index, hasCount: (bySentence.get(index) ?? []).some((fi) => isCount(figures[fi])), articleTypes }));
}

/** Per sentence, the probability of each model type (in MODEL_TYPES order), then of each spoken of in general
 * (generic-<type>, 0 for a model without those classes). */
export function typeProbabilities(models: IncidentModels, inputs: string[][]): number[][] {
  const at = typeColumns(models);
  return inputs.map((f) => {
    const p = models.type.probabilities(f);
    return at.map((c) => (c < 0 ? 0 : p[c]));
  });
}

/** The type model's class of each column of typeProbabilities (-1 for a class it lacks). */
const columns = new WeakMap<LinearModel, number[]>();
function typeColumns(models: IncidentModels): number[] {
  let at = columns.get(models.type);
  if (!at) columns.set(models.type, (at = [...MODEL_TYPES, ...MODEL_TYPES.map((t) => `generic-${t}`)].map((t) => models.type.classes.indexOf(t))));
  return at;
}

/** Per candidate, the probability that it is the victim and that it is the attacker. */
export function roleProbabilities(models: IncidentModels, features: string[][]): Array<[number, number]> {
  const v = models.role.classes.indexOf('victim');
  const a = models.role.classes.indexOf('attacker');
  return features.map((f) => {
    const p = models.role.probabilities(f);
    return [p[v], p[a]];
  });
}
