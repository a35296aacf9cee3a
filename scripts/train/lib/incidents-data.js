// CASIE train articles for the incident trainer: read in a fixed order, prepared once by the engine, with each
// event nugget and argument span placed on the engine's sentences. 33 articles have offsets off by one or more:
// a span whose offsets do not hold its text is moved to the nearest occurrence of that text.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { CORPUS } = require('./require-ts');
const score = require('../../../test/eval/incidents-score');

/** [start, end) of `span` in `content`, recovered by the nearest occurrence when its offsets are off; null if absent. */
function align(content, span) {
  const { text, startOffset: s } = span;
  if (content.slice(s, s + text.length) === text) return [s, s + text.length];
  let best = -1;
  for (let i = content.indexOf(text); i >= 0; i = content.indexOf(text, i + 1)) if (best < 0 || Math.abs(i - s) < Math.abs(best - s)) best = i;
  return best < 0 ? null : [best, best + text.length];
}

const sentenceAt = (sentences, offset) => sentences.findIndex((s) => s.start <= offset && offset < s.end);

/** Every train article: { id, ann, prep, labels: Set<type>[] per sentence (Actual events' nuggets), roles: the
 * label of each candidate name (victim / attacker of an Actual event, else none) }. */
function loadArticles(engine, split = 'train') {
  const dir = path.join(CORPUS, 'casie', split, 'annotation');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort((a, b) => parseInt(a) - parseInt(b));
  return files.map((f) => {
    const ann = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const prep = engine.prepare(ann.content);
    const labels = prep.sentences.map(() => new Set());
    const spans = { Victim: [], Attacker: [] };
    for (const e of score.events(ann)) {
      const type = score.TYPE_OF[e.subtype];
      if (!type || e.realis !== 'Actual' || !e.nugget) continue;
      const at = align(ann.content, e.nugget);
      const si = at ? sentenceAt(prep.sentences, at[0]) : -1;
      if (si >= 0) labels[si].add(type);
      for (const arg of e.argument || []) {
        const where = spans[arg.role.type] && align(ann.content, arg);
        if (where) spans[arg.role.type].push(where);
      }
    }
    const overlaps = (c, list) => list.some(([a, b]) => c.start < b && a < c.end);
    const roles = prep.roles.candidates.map((c) => (overlaps(c, spans.Victim) ? 'victim' : overlaps(c, spans.Attacker) ? 'attacker' : 'none'));
    return { id: f, ann, prep, labels, roles };
  });
}

module.exports = { align, sentenceAt, loadArticles };
