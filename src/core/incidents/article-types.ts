/**
 * Which types an article reports, learned over its sentences' type probabilities: per type, a logistic model over a
 * few aggregates (the best and second-best sentence, how many reach the type's threshold, the lead's best, the generic
 * class's best) instead of "some sentence reaches the threshold". Trained by `npm run train -- incidents` on
 * out-of-fold sentence probabilities; it ships as a few named weights in type-model.json (`thresholds.article`).
 */
import { MODEL_TYPES, type ModelType } from './model';

/** The aggregates, in the order of each type's weights (the names ship beside the weights, so that they explain). */
export const ARTICLE_FEATURES = ['reached', 'best', 'second', 'atThreshold', 'atHalf', 'events', 'headline', 'lead', 'genericBest', 'moreGeneric', 'otherBest', 'sentences', 'cyber', 'drafts', 'victim', 'records'] as const;

/** What the rules gathered of a type before the model decides: incidents, and whether one names a victim or counts. */
export interface Gathered { drafts: number; victim: boolean; records: boolean }

export interface ArticleTypeModel {
  /** ARTICLE_FEATURES as trained (checked at load: a model of other features is refused). */
  features: readonly string[];
  bias: Record<ModelType, number>;
  weights: Record<ModelType, number[]>;
}

/**
 * Type k's aggregates over the article's sentence probabilities (`probs[i]`: the four types, then their generic
 * classes); `thr` the type's threshold, `cyber` whether the article is about computer security.
 */
export function articleFeatures(probs: readonly (readonly number[])[], k: number, thr: number, cyber: boolean, gathered: Gathered): number[] {
  const g = k + MODEL_TYPES.length;
  let best = 0, second = 0, at = 0, half = 0, events = 0, lead = 0, genericBest = 0, moreGeneric = 0, bestAt = -1;
  probs.forEach((p, i) => {
    const v = p[k];
    if (v > best) [second, best, bestAt] = [best, v, i];
    else if (v > second) second = v;
    if (v >= thr) at++;
    if (v >= thr / 2) half++;
    if (v >= thr && v >= p[g]) events++;
    if (i < 3) lead = Math.max(lead, v);
    genericBest = Math.max(genericBest, p[g]);
  });
  if (bestAt >= 0 && probs[bestAt][g] > best) moreGeneric = 1;
  let otherBest = 0;
  for (let j = 0; j < MODEL_TYPES.length; j++) if (j !== k) for (const p of probs) otherBest = Math.max(otherBest, p[j]);
  const log = (n: number) => Math.log1p(n);
  return [best >= thr ? 1 : 0, best, second, log(at), log(half), log(events), probs.length ? probs[0][k] : 0, lead, genericBest, moreGeneric, otherBest, log(probs.length), cyber ? 1 : 0, log(gathered.drafts), gathered.victim ? 1 : 0, gathered.records ? 1 : 0];
}

/** Whether the article reports each type (MODEL_TYPES order): a type whose best sentence reaches its threshold, unless
 * the learned decision vetoes it (below even odds; the cut is in the bias). */
export function reportedTypes(model: ArticleTypeModel | undefined, probs: readonly (readonly number[])[], thresholds: Record<ModelType, number>, cyber: boolean, gathered: Gathered[]): boolean[] {
  return MODEL_TYPES.map((t, k) => {
    if (!probs.length) return false;
    const x = articleFeatures(probs, k, thresholds[t], cyber, gathered[k]);
    const capture = (globalThis as unknown as { __capture?: number[][] }).__capture;
    if (capture) capture.push(x);
    if (!model) return x[0] === 1;
    let z = model.bias[t];
    x.forEach((v, i) => (z += v * model.weights[t][i]));
    return x[0] === 1 && z >= 0;
  });
}

/** The article model in a type model's thresholds, or undefined (the threshold decision then stands). */
export function loadArticleModel(raw: unknown): ArticleTypeModel | undefined {
  if (!raw) return undefined;
  const m = raw as ArticleTypeModel;
  if (m.features?.join() !== ARTICLE_FEATURES.join()) throw new Error('incident article model: features do not match the engine');
  for (const t of MODEL_TYPES) if (m.weights?.[t]?.length !== ARTICLE_FEATURES.length || typeof m.bias?.[t] !== 'number') throw new Error(`incident article model lacks type ${t}`);
  return m;
}
