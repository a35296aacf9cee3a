/**
 * The type model's per-sentence probabilities, memoised in the section's paragraph cache when analysing
 * incrementally: a sentence's features read only its text and its context (sentenceContexts), so an edit re-scores
 * only the sentences it changed. The key holds every field of the context, so a field added later keys it too.
 */
import type { ParagraphCache } from '../cache';
import type { Sentence } from '../text';
import type { Figure } from '../types';
import { sentenceFeatures, type SentenceContext } from './features';
import { sentenceContexts, typeProbabilities, type IncidentModels } from './model';

export function sentenceTypeProbabilities(models: IncidentModels, sentences: Sentence[], figures: Figure[], text: string, cache?: ParagraphCache): number[][] {
  const contexts = sentenceContexts(sentences, figures, text);
  return sentences.map((s, i) => {
    const key = cache && `incident-type\u0000${contextKey(contexts[i])}\u0000${s.text}`;
    const known = key === undefined ? undefined : cache!.get<number[]>(key);
    if (known) return known;
    const [p] = typeProbabilities(models, [sentenceFeatures(s.text, contexts[i])]);
    if (key !== undefined) cache!.set(key, p);
    return p;
  });
}

function contextKey(ctx: SentenceContext): string {
  return Object.entries(ctx)
    .map(([k, v]) => `${k}=${v instanceof Set ? [...v].join(',') : String(v)}`)
    .join('\u0001');
}
