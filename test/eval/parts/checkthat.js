// CheckThat! 2019 Task 1 (check-worthiness), English dev transcripts.
// Each transcript is analysed as ONE text, one sentence a line (joined with "\n"). A line counts as flagged when a
// claim overlaps it; flagged lines are ranked by the best overlapping claim's score (ties: line order), unflagged
// lines rank last in line order. Metric: mean average precision over the files, plus mean P@10 and the share of
// gold-positive lines that were flagged at all.
const fs = require('node:fs');
const path = require('node:path');
const { prf } = require('../score');

function readTsv(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => {
      const [line, speaker, sentence, label] = l.split('\t');
      return { line: Number(line), speaker, sentence: sentence ?? '', label: Number(label) === 1 };
    });
}

function rankFile(analyze, rows) {
  const text = rows.map((r) => r.sentence).join('\n');
  const spans = [];
  let off = 0;
  for (const r of rows) {
    spans.push([off, off + r.sentence.length]);
    off += r.sentence.length + 1;
  }
  const { claims } = analyze(text);
  const score = new Array(rows.length).fill(-1);
  // Claims come in document order; walk both lists together (linear).
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const c of sorted) {
    while (i < spans.length && spans[i][1] <= c.start) i++;
    for (let j = i; j < spans.length && spans[j][0] < c.end; j++) {
      if (spans[j][1] > c.start && spans[j][1] > spans[j][0]) score[j] = Math.max(score[j], c.score);
    }
  }
  const order = rows.map((_, k) => k).sort((a, b) => score[b] - score[a] || a - b);
  return { order, score };
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

module.exports = {
  name: 'checkthat',
  matching: 'a line is flagged when a claim overlaps it; precision = check-worthy flagged lines / flagged lines, recall = check-worthy flagged lines / check-worthy lines; MAP ranks every line by its best claim score',
  source: 'CheckThat! 2019 dev',
  run({ analyze, corpus }) {
    const dir = path.join(corpus, 'checkthat2019', 'dev');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
    const aps = [];
    const p10s = [];
    let positives = 0;
    let flaggedPositives = 0;
    let flagged = 0;
    let lines = 0;
    const misses = { 'check-worthy line not flagged': [], 'check-worthy line ranked low (below top 20%)': [], 'top-10 line not check-worthy': [] };
    for (const f of files) {
      const rows = readTsv(path.join(dir, f));
      const { order, score } = rankFile(analyze, rows);
      aps.push(averagePrecision(order, rows));
      p10s.push(order.slice(0, 10).filter((k) => rows[k].label).length / 10);
      lines += rows.length;
      const rankOf = new Array(rows.length);
      order.forEach((k, r) => (rankOf[k] = r));
      rows.forEach((r, k) => {
        if (score[k] >= 0) flagged++;
        if (!r.label) return;
        positives++;
        if (score[k] >= 0) flaggedPositives++;
        if (score[k] < 0) misses['check-worthy line not flagged'].push(`${f}:${r.line} ${r.sentence}`);
        else if (rankOf[k] > rows.length * 0.2) misses['check-worthy line ranked low (below top 20%)'].push(`${f}:${r.line} [${score[k].toFixed(2)}] ${r.sentence}`);
      });
      for (const k of order.slice(0, 10)) if (!rows[k].label) misses['top-10 line not check-worthy'].push(`${f}:${rows[k].line} [${score[k].toFixed(2)}] ${rows[k].sentence}`);
    }
    const mean = (a) => a.reduce((s, x) => s + x, 0) / (a.length || 1);
    return {
      metrics: [
        { metric: 'MAP', value: mean(aps), anchor: 'best 2019: 0.166', target: '≥ 0.20' },
        { metric: 'P@10 (mean)', value: mean(p10s) },
        ...prf('flagged line', { right: flaggedPositives, emitted: flagged, gold: positives }),
        { metric: `lines flagged (${flagged}/${lines})`, value: (100 * flagged) / (lines || 1), unit: '%' },
      ],
      misses,
    };
  },
};
