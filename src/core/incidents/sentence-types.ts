/**
 * The type model's per-sentence probabilities, memoised in the section's paragraph cache when analysing
 * incrementally: the model reads nothing but a sentence's feature list (its text, its context and its neighbours'
 * trigger kinds), so keyed by what fixes that list an edit re-scores only the sentences whose features it changed.
 */
import type { ParagraphCache } from '../cache';
import type { Sentence } from '../text';
import type { Figure } from '../types';
import { contextFeatures, sentenceCueFeatures, type SentenceContext } from './features';
import { hashedSentenceProbabilities, hashedTypeProbabilities, sentenceContexts, type IncidentModels } from './model';

/** `bySentence`: the figures by sentence (indicesBySentence), when the caller has them already. */
export function sentenceTypeProbabilities(models: IncidentModels, sentences: Sentence[], figures: Figure[], text: string, cache?: ParagraphCache, bySentence?: Map<number, number[]>): number[][] {
  // A single analysis scores every sentence in one call, without building the word features' strings.
  if (!cache) return hashedTypeProbabilities(models, sentences, figures, text, bySentence);
  // sentenceInputs(sentences, figures, text), memoised: a sentence's feature list is its own features (fixed by its
  // text and ownKey) and its neighbours' trigger kinds (contextFeatures, which reads only the "t=" features, all among
  // the cue features), so those key its probabilities, and only the trigger kinds of a sentence are kept (its cue
  // features are worked out again when its probabilities are: a few sentences an edit).
  // Scored as the single analysis scores (hashedTypeProbabilities): words and pairs hashed, then the cue features.
  const contexts = sentenceContexts(sentences, figures, text, bySentence);
  const fresh = new Map<number, string[]>();
  const cueFeatures = (i: number) => fresh.get(i) ?? sentenceCueFeatures(sentences[i].text, contexts[i]);
  const kinds = contexts.map((ctx, i) => memoTriggerKinds(cache, sentences[i].text, ctx, () => {
    const features = sentenceCueFeatures(sentences[i].text, ctx);
    fresh.set(i, features);
    return features;
  }));
  return kinds.map((_, i) => {
    const context = contextFeatures(kinds, i);
    const key = `incident-type\u0000${ownKey(contexts[i])}\u0000${context.join('\u0001')}`;
    const known = cache.get<number[]>(key, sentences[i].text);
    if (known) return known;
    const p = hashedSentenceProbabilities(models, sentences[i].text, [...cueFeatures(i), ...context]);
    cache.set(key, sentences[i].text, p);
    return p;
  });
}

/** What sentenceFeatures reads besides the sentence's text: whether a count stands in it, its position (0 to 3, or
 * later) and the article's trigger types. A value sentenceFeatures comes to read must join it. */
const ownKey = (ctx: SentenceContext) => `${ctx.hasCount ? 'c' : '-'}${Math.min(ctx.index, 4)}${[...ctx.articleTypes].join(',')}`;

/** A sentence's trigger-kind features ("t="), memoised by its text and ownKey. */
function memoTriggerKinds(cache: ParagraphCache, text: string, ctx: SentenceContext, features: () => string[]): string[] {
  const key = `incident-kinds\u0000${ownKey(ctx)}`;
  const known = cache.get<string[]>(key, text);
  if (known) return known;
  const kinds = features().filter((f) => f.startsWith('t='));
  cache.set(key, text, kinds);
  return kinds;
}
