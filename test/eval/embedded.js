// `npm run eval -- --embedded`: analyse each text in the middle of a long document and keep only its own results,
// offsets moved back. Measures what analysing long documents in sections (src/core/sections.ts) costs in accuracy.
const fs = require('node:fs');
const path = require('node:path');

exports.embedded = function embedded(core, root) {
  // A policy article without incidents, so that the filler's own incidents and claims do not bleed into the text's.
  const article = fs.readFileSync(path.join(root, 'samples', 'transit-budget.md'), 'utf8');
  let filler = '';
  while (filler.length < 2 * core.WHOLE_DOCUMENT) filler += article + '\n\n';
  const before = filler;
  const after = '\n\n' + filler;
  return (text) => {
    const a = core.analyze(before + text + after);
    const from = before.length;
    const to = from + text.length;
    const inside = (s) => s.start >= from && s.end <= to;
    const move = (s) => ({ ...s, start: s.start - from, end: s.end - from });
    const figureIndex = new Map();
    const figures = [];
    a.figures.forEach((f, i) => {
      if (!inside(f)) return;
      figureIndex.set(i, figures.length);
      figures.push(move(f));
    });
    return {
      ...a,
      figures,
      quotes: a.quotes.filter(inside).map((q) => ({ ...move(q), speakerMention: q.speakerMention && (inside(q.speakerMention) ? move(q.speakerMention) : null) })),
      claims: a.claims.filter(inside).map(move),
      incidents: a.incidents
        .map((i) => ({ ...i, mentions: i.mentions.filter(inside).map(move), records: i.records.filter((r) => figureIndex.has(r.figure)).map((r) => ({ ...r, figure: figureIndex.get(r.figure) })) }))
        .filter((i) => i.mentions.length),
      people: a.people.map((p) => ({ ...p, mentions: p.mentions.filter(inside).map(move) })).filter((p) => p.mentions.length),
    };
  };
};
