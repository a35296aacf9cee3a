// `npm run train -- speakers`: the speaker ranker (src/core/speakers/model.json) from PolNeAR train.
// Where a quote's cue names its speaker by "he"/"she" or "the <person noun>", the engine lists the people named before
// (src/core/speakers/candidates.ts); each candidate is an example, "speaker" when it names the quote's referent
// (silver on train: the nearest earlier gold Source naming one person, see test/eval/polnear-data.js), else "other".
// 5-fold cross-validation by article: the margin (how much the best candidate must beat the rule's pick by) and the
// floor (what it needs when the rule found nobody) are chosen on out-of-fold decisions; then each fold's model runs
// the quote stage on its held-out articles, scored as the eval scores: the CV figure printed beside dev.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { requireTs, ROOT, CORPUS } = require('./lib/require-ts');
const lin = require('./lib/linear');
const { readSplit, matchQuotes } = require('../../test/eval/polnear-data');
const { sameSpeaker } = require('../../test/eval/score');

const OUT = path.join(ROOT, 'src', 'core', 'speakers', 'model.json');
const K = 5;
const CLASSES = ['other', 'speaker'];
const OPTIONS = { bits: 14, epochs: 8, l2: 1e-6, rate: 0.1, seed: 1 };
const SERIAL = { digits: 3, prune: 0.01 };
const MARGINS = [0, 0.1, 0.2, 0.3, 0.5, 2];
const FLOORS = [0.15, 0.3, 0.5, 0.7, 2];

/** A ranker that keeps the rule's pick and records every decision it was asked for. */
function recorder() {
  const decisions = new Map();
  return { decisions, choose: (candidates, rule, at) => (decisions.set(at, { candidates, rule }), null) };
}

/** Tallies of the pronoun/description measure for some articles and the quotes found in each. */
function tally(articles, quotesOf) {
  const t = { right: 0, emitted: 0, gold: 0 };
  for (const a of articles) {
    const quotes = quotesOf(a);
    const hits = matchQuotes(a.quotes, quotes);
    a.quotes.forEach((g, k) => {
      if (!g.resolved || !g.goldName) return;
      t.gold++;
      if (!hits[k]) return;
      if (hits[k].speaker) t.emitted++;
      if (sameSpeaker(g.goldName, hits[k].speaker)) t.right++;
    });
  }
  return { ...lin.prf(t.right, t.emitted - t.right, t.gold - t.right), right: t.right, emitted: t.emitted, gold: t.gold };
}

/** The ranker's decisions on gold pronoun/description quotes: candidates labelled against the referent. */
function decisionsOf(article, recorded, quotes) {
  const hits = matchQuotes(article.quotes, quotes);
  const out = [];
  article.quotes.forEach((g, k) => {
    const d = hits[k]?.speakerMention && recorded.get(hits[k].speakerMention.start);
    if (!g.resolved || !g.goldName || !d || !d.candidates.length) return;
    out.push({ article: article.base, gold: g.goldName, rule: d.rule, candidates: d.candidates.map((c) => ({ ...c, right: sameSpeaker(g.goldName, c.name) })) });
  });
  return out;
}

const examplesOf = (decisions) => decisions.flatMap((d) => d.candidates.map((c) => ({ features: c.features, label: c.right ? 'speaker' : 'other' })));

/** What a ranker with this model, margin and floor names for a recorded decision (as src/core/speakers/rank.ts). */
function decide(model, d, margin, floor) {
  const scored = d.candidates.map((c) => ({ c, p: lin.probabilities(model, c.features)[1] }));
  let best = scored[0];
  for (const s of scored) if (s.p > best.p) best = s;
  const ruled = scored.find((s) => s.c.name === d.rule);
  if (d.rule ? !ruled || best.p < ruled.p + margin : best.p < floor) return d.rule;
  return best.c.name;
}

async function main() {
  const engine = requireTs('scripts/train/speakers-engine.ts');
  const articles = readSplit(CORPUS, 'train');
  console.log(`speakers: ${articles.length} train articles`);
  const ruleQuotes = new Map();
  const decisions = [];
  for (const a of articles) {
    const rec = recorder();
    const quotes = engine.quotesOf(a.text, rec);
    ruleQuotes.set(a.base, quotes);
    decisions.push(...decisionsOf(a, rec.decisions, quotes));
  }
  const rule = tally(articles, (a) => ruleQuotes.get(a.base));
  console.log(`speakers: ${decisions.length} ranked decisions; rules alone on train: P ${rule.precision} R ${rule.recall} F1 ${rule.f1}`);

  // Out-of-fold decisions for every margin and floor.
  const folds = lin.folds(articles, K, (a) => a.base, 1);
  const foldModels = folds.map((f) => {
    const inFold = new Set(f.train.map((a) => a.base));
    return lin.train(examplesOf(decisions.filter((d) => inFold.has(d.article))), { classes: CLASSES, ...OPTIONS });
  });
  const foldOf = new Map(folds.flatMap((f, i) => f.test.map((a) => [a.base, i])));
  let best = null;
  for (const margin of MARGINS)
    for (const floor of FLOORS) {
      const right = decisions.filter((d) => sameSpeaker(d.gold, decide(foldModels[foldOf.get(d.article)], d, margin, floor))).length;
      if (!best || right > best.right) best = { margin, floor, right };
    }
  const ruleRight = decisions.filter((d) => sameSpeaker(d.gold, d.rule)).length;
  console.log(`speakers: out-of-fold decisions right ${best.right}/${decisions.length} (rule ${ruleRight}) at margin ${best.margin}, floor ${best.floor}`);

  // The whole quote stage per held-out fold, each with its fold's model.
  const rankers = foldModels.map((m) => engine.loadSpeakerRanker({ ...lin.serialise(m, { name: 'speaker', ...SERIAL }), margin: best.margin, floor: best.floor }));
  const cv = tally(articles, (a) => engine.quotesOf(a.text, rankers[foldOf.get(a.base)]));
  console.log(`speakers: 5-fold CV pronoun/description speaker P ${cv.precision} R ${cv.recall} F1 ${cv.f1}`);

  const model = lin.train(examplesOf(decisions), { classes: CLASSES, ...OPTIONS });
  const meta = { trainedOn: `PolNeAR train (${articles.length} articles, ${decisions.length} ranked decisions, silver referents)`, cv, rulesOnTrain: rule, margin: best.margin, floor: best.floor };
  const json = { ...lin.serialise(model, { name: 'speaker', ...SERIAL, meta }), margin: best.margin, floor: best.floor };
  fs.writeFileSync(OUT, `${JSON.stringify(json)}\n`);
  console.log(`speakers: wrote ${path.relative(ROOT, OUT)} (${fs.statSync(OUT).size} bytes)`);
}

module.exports = { main };
