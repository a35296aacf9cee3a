// CheckThat! 2019 Task 1 (check-worthiness), English dev transcripts.
// Each transcript is analysed as ONE text, one sentence a line (joined with "\n"). A line counts as flagged when a
// claim overlaps it; flagged lines are ranked by the best overlapping claim's score (ties: line order), unflagged
// lines rank last in line order. Metric: mean average precision over the files, plus mean P@10 and the share of
// gold-positive lines that were flagged at all.
// Beside it, ClaimBuster's own dev file (claims-train/claimbuster-ct24-dev.tsv, never trained on): each sentence
// analysed alone; predicted check-worthy when a claim over it scores at least the model's F1 threshold (chosen on
// training folds, src/core/claims-model.json). F1 of the check-worthy class; and the same for the highlight
// (`checkWorthy`, a stricter threshold).
const fs = require('node:fs');
const path = require('node:path');
const { prf } = require('../score');
// One reader of each format (CT24 ClaimBuster, CheckThat! transcripts) for the trainer and the eval.
const { readClaimBuster, readTranscript } = require('../../../scripts/train/lib/claims-data');

function rankFile(analyze, rows) {
  const text = rows.map((r) => r.text).join('\n');
  const spans = [];
  let off = 0;
  for (const r of rows) {
    spans.push([off, off + r.text.length]);
    off += r.text.length + 1;
  }
  const { claims } = analyze(text);
  const score = new Array(rows.length).fill(-1);
  const worthy = new Array(rows.length).fill(false);
  // Claims come in document order; walk both lists together (linear).
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const c of sorted) {
    while (i < spans.length && spans[i][1] <= c.start) i++;
    for (let j = i; j < spans.length && spans[j][0] < c.end; j++) {
      if (spans[j][1] > c.start && spans[j][1] > spans[j][0]) {
        score[j] = Math.max(score[j], c.score);
        worthy[j] ||= c.checkWorthy;
      }
    }
  }
  const order = rows.map((_, k) => k).sort((a, b) => score[b] - score[a] || a - b);
  return { order, score, worthy };
}

function averagePrecision(order, rows) {
  let hits = 0;
  let sum = 0;
  order.forEach((k, rank) => {
    if (rows[k].label) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  const positives = rows.filter((r) => r.label).length;
  return positives ? sum / positives : 0;
}

const META = require('../../../src/core/claims-model.json').meta;
const F1_THRESHOLD = META.thresholds.f1;
/** Held-out MAP of the CheckThat! training transcripts, measured by the trainer (no transcript of a pool trained on). */
const POOLS = META.crossValidation.transcriptMapByPool ?? {};

function claimBusterF1(analyze, file, misses, highlighted) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of readClaimBuster(file)) {
    const claims = analyze(r.text).claims;
    const yes = claims.some((c) => c.score >= F1_THRESHOLD);
    if (claims.some((c) => c.checkWorthy)) highlighted[r.label ? 'yes' : 'no']++;
    if (yes && r.label) tp++;
    else if (yes) fp++;
    else if (r.label) {
      fn++;
      misses['ClaimBuster check-worthy sentence below the F1 threshold'].push(r.text);
    }
    if (yes && !r.label) misses['ClaimBuster sentence above the F1 threshold, not check-worthy'].push(r.text);
  }
  const p = tp / (tp + fp || 1);
  const rec = tp / (tp + fn || 1);
  return { f1: p + rec ? (200 * p * rec) / (p + rec) : 0, precision: 100 * p, recall: 100 * rec, positives: tp + fn };
}

module.exports = {
  name: 'checkthat',
  matching: 'a line is flagged when a claim overlaps it; precision = check-worthy flagged lines / flagged lines, recall = check-worthy flagged lines / check-worthy lines; MAP ranks every line by its best claim score',
  source: 'CheckThat! 2019 dev',
  run({ analyze, corpus }) {
    const dir = path.join(corpus, 'checkthat2019', 'dev');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
    const aps = [];
    const shares = [];
    const p10s = [];
    let positives = 0;
    let flaggedPositives = 0;
    let flagged = 0;
    let lines = 0;
    let highlighted = 0;
    const misses = {
      'ClaimBuster check-worthy sentence below the F1 threshold': [],
      'ClaimBuster sentence above the F1 threshold, not check-worthy': [],
      'check-worthy line not flagged': [],
      'check-worthy line ranked low (below top 20%)': [],
      'top-10 line not check-worthy': [],
    };
    for (const f of files) {
      const rows = readTranscript(path.join(dir, f));
      const { order, score, worthy } = rankFile(analyze, rows);
      highlighted += worthy.filter(Boolean).length;
      aps.push(averagePrecision(order, rows));
      shares.push(rows.filter((r) => r.label).length / (rows.length || 1));
      p10s.push(order.slice(0, 10).filter((k) => rows[k].label).length / 10);
      lines += rows.length;
      const rankOf = new Array(rows.length);
      order.forEach((k, r) => (rankOf[k] = r));
      rows.forEach((r, k) => {
        if (score[k] >= 0) flagged++;
        if (!r.label) return;
        positives++;
        if (score[k] >= 0) flaggedPositives++;
        if (score[k] < 0) misses['check-worthy line not flagged'].push(`${f}:${r.line} ${r.text}`);
        else if (rankOf[k] > rows.length * 0.2) misses['check-worthy line ranked low (below top 20%)'].push(`${f}:${r.line} [${score[k].toFixed(2)}] ${r.text}`);
      });
      for (const k of order.slice(0, 10)) if (!rows[k].label) misses['top-10 line not check-worthy'].push(`${f}:${rows[k].line} [${score[k].toFixed(2)}] ${rows[k].text}`);
    }
    const mean = (a) => a.reduce((s, x) => s + x, 0) / (a.length || 1);
    const cbFile = path.join(corpus, 'claims-train', 'claimbuster-ct24-dev.tsv');
    const lit = { yes: 0, no: 0 };
    const cb = fs.existsSync(cbFile) ? claimBusterF1(analyze, cbFile, misses, lit) : null;
    return {
      metrics: [
        { metric: 'MAP', value: mean(aps), peer: POOLS.checkthat2019?.map, anchor: 'best 2019: 0.166', target: '≥ 0.25' },
        // MAP depends on how many lines are check-worthy: a random order scores about that share.
        { metric: 'MAP of a random order (share of check-worthy lines)', value: mean(shares), peer: POOLS.checkthat2019?.randomOrder },
        ...Object.entries(POOLS).map(([pool, m]) => ({ metric: `held-out training transcripts, ${pool} (${m.transcripts}): MAP / random order`, value: `${m.map} / ${m.randomOrder}` })),
        { metric: 'P@10 (mean)', value: mean(p10s) },
        ...prf('flagged line', { right: flaggedPositives, emitted: flagged, gold: positives }),
        { metric: `lines flagged (${flagged}/${lines})`, value: (100 * flagged) / (lines || 1), unit: '%' },
        { metric: 'lines highlighted (check-worthy)', value: (100 * highlighted) / (lines || 1), unit: '%' },
        { metric: 'ClaimBuster dev: check-worthy F1', value: cb?.f1 ?? null, unit: '%', anchor: 'TF-IDF LR ≈ 86', target: '≥ 88' },
        { metric: 'ClaimBuster dev: precision / recall', value: cb ? `${cb.precision.toFixed(1)} / ${cb.recall.toFixed(1)}` : null },
        { metric: 'ClaimBuster dev: highlighted precision / recall', value: cb ? `${((100 * lit.yes) / (lit.yes + lit.no || 1)).toFixed(1)} / ${((100 * lit.yes) / (cb.positives || 1)).toFixed(1)}` : null },
      ],
      misses,
    };
  },
};
