/**
 * The type model's per-sentence probabilities, memoised in the section's paragraph cache when analysing
 * incrementally: the model reads nothing but a sentence's feature list (its text, its context and its neighbours'
 * trigger kinds), so keyed by that list an edit re-scores only the sentences whose features it changed.
 */
import type { ParagraphCache } from '../cache';
import type { Sentence } from '../text';
import type { Figure } from '../types';
import { sentenceFeatures, type SentenceContext } from './features';
import { hashedTypeProbabilities, sentenceInputs, typeProbabilities, type IncidentModels } from './model';

export function sentenceTypeProbabilities(models: IncidentModels, sentences: Sentence[], figures: Figure[], text: string, cache?: ParagraphCache): number[][] {
  // A single analysis scores every sentence in one call, without building the word features' strings.
  if (!cache) return hashedTypeProbabilities(models, sentences, figures, text);
  const own = (s: string, ctx: SentenceContext) => memoSentenceFeatures(cache, s, ctx);
  const inputs = sentenceInputs(sentences, figures, text, own);
  return inputs.map((features) => {
    const key = `incident-type\u0000${features.join('\u0001')}`;
    const known = cache.get<number[]>(key);
    if (known) return known;
    const [p] = typeProbabilities(models, [features]);
    cache.set(key, p);
    return p;
  });
}

/**
 * A sentence's own features, memoised by what sentenceFeatures reads: its text, whether a count stands in it, its
 * position (0 to 3, or later) and the article's trigger types. A value sentenceFeatures comes to read must join the key.
 */
function memoSentenceFeatures(cache: ParagraphCache, text: string, ctx: SentenceContext): string[] {
  const key = `incident-features\u0000${ctx.hasCount ? 'c' : '-'}${Math.min(ctx.index, 4)}${[...ctx.articleTypes].join(',')}\u0000${text}`;
  const known = cache.get<string[]>(key);
  if (known) return known;
  const features = sentenceFeatures(text, ctx);
  cache.set(key, features);
  return features;
}
