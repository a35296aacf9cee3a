// Bundled in memory by requireTs: the engine's own segmentation, figures, sources and quotes, and the claim
// features built from them, for many sentences at once. Not part of the product.
'use strict';
const { segment } = require('../../../src/core/text.ts');
const { extractFigures } = require('../../../src/core/figures/index.ts');
const { extractEntities } = require('../../../src/core/entities.ts');
const { extractQuotes } = require('../../../src/core/quotes.ts');
const { claimFeatures } = require('../../../src/core/claim-features.ts');

/**
 * Features of each of `sentences`, analysed together as paragraphs of one text (as an article is): the figures,
 * quotes and sources that overlap a sentence are its evidence.
 */
function featuresOf(sentences) {
  const text = sentences.join('\n\n');
  const spans = [];
  let off = 0;
  for (const s of sentences) {
    spans.push([off, off + s.length]);
    off += s.length + 2;
  }
  const doc = segment(text);
  const figures = extractFigures(doc);
  const entities = extractEntities(doc);
  const quotes = extractQuotes(doc, entities);
  const sources = entities.sources.map((s) => ({ start: doc.sentences[s.sentence].start, end: doc.sentences[s.sentence].end, kind: s.kind }));
  const within = (list, [a, b]) => list.filter((x) => x.start < b && x.end > a);
  // Items are in text order: walk them with the spans instead of filtering every list for every sentence.
  const cursor = (list) => {
    const sorted = [...list].sort((x, y) => x.start - y.start);
    let i = 0;
    return (span) => {
      while (i < sorted.length && sorted[i].end <= span[0]) i++;
      return within(sorted.slice(i, i + 64), span);
    };
  };
  const figAt = cursor(figures);
  const quoteAt = cursor(quotes);
  const sourceAt = cursor(sources);
  return sentences.map((s, k) => {
    const src = sourceAt(spans[k]).find((x) => x.kind !== 'none');
    return claimFeatures(s, { figureKinds: figAt(spans[k]).map((f) => f.kind), sourceKind: src ? src.kind : 'none', quoted: quoteAt(spans[k]).length > 0 });
  });
}

module.exports = { featuresOf };
