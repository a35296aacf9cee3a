// The engine's quote stages as the speaker trainer uses them: segment an article and find its quotes with any
// speaker ranker (a recording one, or the model of one cross-validation fold).
import { extractEntities } from '../../src/core/entities';
import { extractQuotes } from '../../src/core/quotes';
import type { SpeakerRanker } from '../../src/core/speakers/rank';
import { segment } from '../../src/core/text';

export { loadSpeakerRanker } from '../../src/core/speakers/rank';

export function quotesOf(text: string, ranker: SpeakerRanker) {
  const doc = segment(text);
  return extractQuotes(doc, extractEntities(doc), ranker);
}
