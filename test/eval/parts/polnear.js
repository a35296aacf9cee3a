// PolNeAR: direct quotes and who said them (see corpus/README.md, "Quotes (PolNeAR)"), on dev and, beside it, on
// train (840 articles the speaker ranker is fitted on). Gold quotes, the one span set for precision and recall:
// Content fragments bounded by quotation marks, and the double-quoted stretches inside other Content fragments
// (partial quotes, "called it “a mistake”"). A predicted quote and a gold quote match (one to one) when their overlap
// covers half of each. Speakers: the quote matches and the predicted speaker names the gold Source (../score.js
// sameSpeaker: full name, or surname when the given names do not conflict); pronoun and description Sources are
// scored apart against their referent (by hand on dev; silver on train, see ../polnear-data.js).
// The train column: rules over train as a whole; the pronoun/description row, which the learned ranker decides, is
// its 5-fold cross-validated figure written by `npm run train -- speakers` (each article analysed by the model of
// the folds without it). The silver referents of train are right for only about two Sources in three (a hand check
// of 170 train Sources drawn at random, test/eval/polnear-train-hand.json), so the silver train figure cannot be set
// beside dev's hand-resolved one: the hand-checked train sample, scored exactly as dev is, is the comparison.
const fs = require('node:fs');
const path = require('node:path');

const { prf, sameSpeaker } = require('../score');
const { readSplit, matchQuotes, silverAgreement } = require('../polnear-data');

const ctx = (text, s) => `${text.slice(Math.max(0, s.start - 60), s.start).replace(/\s+/g, ' ')}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 60).replace(/\s+/g, ' ')}`;
const MODEL = path.join(__dirname, '..', '..', '..', 'src', 'core', 'speakers', 'model.json');

/** Quote and speaker tallies of one split, with its misses. */
function score(analyze, articles) {
  const t = { quote: { right: 0, emitted: 0, gold: 0 }, named: { right: 0, emitted: 0, gold: 0 }, namedPartial: { right: 0, emitted: 0, gold: 0 }, pron: { right: 0, emitted: 0, gold: 0 }, pronHand: { right: 0, emitted: 0, gold: 0 }, silverHand: { right: 0, emitted: 0, gold: 0 } };
  const misses = { boundary: [], missed: [], spurious: [], 'speaker wrong': [], 'speaker missing': [], 'pronoun wrong': [], 'pronoun missing': [] };
  for (const { base, text, quotes: gold } of articles) {
    const quotes = analyze(text).quotes;
    t.quote.emitted += quotes.length;
    t.quote.gold += gold.length;
    const hits = matchQuotes(gold, quotes);
    gold.forEach((g, k) => {
      const hit = hits[k];
      const tally = g.resolved ? t.pron : g.direct ? t.named : t.namedPartial;
      if (g.goldName) tally.gold++;
      if (g.handName) {
        // The hand-checked train sample: the engine, and the silver referent, against the hand resolution.
        t.pronHand.gold++;
        t.silverHand.gold++;
        if (g.goldName) t.silverHand.emitted++;
        if (sameSpeaker(g.handName, g.goldName)) t.silverHand.right++;
        if (hit?.speaker) t.pronHand.emitted++;
        if (hit && sameSpeaker(g.handName, hit.speaker)) t.pronHand.right++;
      }
      if (!hit) {
        const touching = quotes.find((q) => Math.min(q.end, g.end) > Math.max(q.start, g.start));
        (touching ? misses.boundary : misses.missed).push(`${base}: ${ctx(text, g)}${touching ? ` ≠ predicted [[${touching.text.slice(0, 80)}]]` : ''}`);
        return;
      }
      t.quote.right++;
      if (!g.goldName) return;
      if (hit.speaker) tally.emitted++;
      if (sameSpeaker(g.goldName, hit.speaker)) tally.right++;
      else if (g.resolved) (hit.speaker ? misses['pronoun wrong'] : misses['pronoun missing']).push(`${base}: "${g.source.text}" = ${g.goldName}, predicted ${hit.speaker} — ${ctx(text, g).slice(0, 160)}`);
      else (hit.speaker ? misses['speaker wrong'] : misses['speaker missing']).push(`${base}: gold "${g.source.text}", predicted ${hit.speaker} — ${ctx(text, g).slice(0, 160)}`);
    });
    const used = new Set(hits);
    for (const q of quotes) if (!used.has(q)) misses.spurious.push(`${base}: ${ctx(text, q)} (speaker ${q.speaker})`);
  }
  return { t, misses };
}

/** Dev's hand-resolved pronoun rows beside the same measure on the hand-checked train sample, and the silver rule there. */
function handRows(devPron, tt) {
  const d = prf('pronoun/description speaker, hand-checked referents', devPron);
  const tr = prf('', tt.pronHand);
  const rows = d.map((row, i) => ({ ...row, peer: tr[i].value, metric: `${row.metric} · train sample ${tr[i].metric.match(/\(([^)]*)\)/)?.[1] ?? 'F1'}` }));
  rows.push({ metric: 'train sample − dev, F1 points (hand-checked referents on both)', value: (f1(tt.pronHand) - f1(devPron)).toFixed(1) });
  const s = tt.silverHand;
  rows.push({ metric: `silver referents agreeing with the hand resolution on the train sample (${s.right}/${s.gold} quotes)`, value: s.gold ? (100 * s.right) / s.gold : null, unit: '%' });
  return rows;
}

/** The F1 (percent) of a tally, as prf computes it. */
const f1 = (tally) => prf('', tally)[2].value;

module.exports = {
  name: 'polnear',
  matching: 'gold = Content spans bounded by quotation marks plus double-quoted stretches inside other Content spans, the same set for P and R; a quote matches one to one when the overlap covers half of each; a speaker is right when its quote matches and it is the gold full name, or its surname with no conflicting given name; speaker precision is over matched quotes given a speaker. The CV column: PolNeAR train (840 articles) as a whole for the rules, the learned pronoun/description ranker (off by default) by 5-fold cross-validation on train, in a row of its own',
  source: 'PolNeAR dev (84 articles)',
  run({ analyze, corpus }) {
    const dev = score(analyze, readSplit(corpus, 'dev'));
    // The same silver referents on dev as on train: the yardstick that compares the two splits.
    const devSilver = score(analyze, readSplit(corpus, 'dev', { silver: true }));
    const train = score(analyze, readSplit(corpus, 'train'));
    const cv = JSON.parse(fs.readFileSync(MODEL, 'utf8')).meta?.cv ?? null;
    // Each dev row, with the train figure of the same measure as its peer.
    const rows = (measure, key, extra = {}) => {
      const d = prf(measure, dev.t[key], extra);
      const tr = prf(measure, train.t[key]);
      return d.map((row, i) => ({ ...row, peer: tr[i].value, metric: `${row.metric} · train ${tr[i].metric.match(/\(([^)]*)\)/)?.[1] ?? 'F1'}` }));
    };
    const pronRows = rows('pronoun/description speaker', 'pron', { target: '≥90 (#16)' });
    // The engine resolves pronouns by its rules (the learned ranker is off by default: see extractQuotes); the ranker's
    // own 5-fold CV figure on train is a row of its own.
    if (cv) pronRows.push({ metric: 'learned pronoun ranker (off by default): train 5-fold CV F1 · the rules on the same folds', value: cv.f1.toFixed(1), peer: f1(train.t.pron).toFixed(1) });
    const [agree, n] = silverAgreement(corpus);
    const silverRow = prf('pronoun/description speaker, silver referents on both', devSilver.t.pron)[2];
    const trainPron = f1(train.t.pron);
    return {
      metrics: [
        ...rows('quote', 'quote', { anchor: 'GGT 83.7, citron 83.2', target: '≥85 (stretch 97)' }),
        ...rows('named speaker, direct quotes', 'named', { anchor: 'GGT 86.0 (accuracy)', target: '≥96 (#16)' }),
        ...rows('named speaker, partial quotes', 'namedPartial'),
        ...pronRows,
        { ...silverRow, metric: `${silverRow.metric} (dev ${devSilver.t.pron.right}/${devSilver.t.pron.emitted}/${devSilver.t.pron.gold} right/emitted/gold)`, peer: trainPron },
        { metric: `silver referents agreeing with the hand resolution on dev (${agree}/${n})`, value: (100 * agree) / n, unit: '%' },
        // The train sample resolved by hand (test/eval/polnear-train-hand.json): the engine scored as dev is, in the peer column.
        ...handRows(dev.t.pron, train.t),
        { metric: 'train − dev, F1 points: named direct / pronoun (hand on dev) / pronoun (silver on both)', value: `${(f1(train.t.named) - f1(dev.t.named)).toFixed(1)} / ${(trainPron - f1(dev.t.pron)).toFixed(1)} / ${(trainPron - f1(devSilver.t.pron)).toFixed(1)}` },
      ],
      misses: dev.misses,
      trainMisses: train.misses,
    };
  },
};
