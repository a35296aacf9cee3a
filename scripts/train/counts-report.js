// `node scripts/train/counts-report.js`: the out-of-fold false record and victim counts of CASIE train (counts an
// incident card shows that no Actual event's Number-of-Victim / Number-of-Data holds) and the missed gold counts, each
// grouped by cause and counted, with the figure's sentence; the type and role models are trained per fold as
// `npm run train -- incidents` trains them, with the shipped thresholds. A diagnostic, not a trainer (no `main`): what
// a count change should remove or keep is read here first. COUNTS_DUMP=file.json writes every record of every
// article (its context, its sentence's type probabilities, the article's gold counts and CV weight) to try a filter
// on without running the folds again.
'use strict';
const score = require('../../test/eval/incidents-score');
const { reportFolds } = require('./lib/report-folds');
const { requireTs } = require('./lib/require-ts');

const { sentenceTypeProbabilities } = requireTs('src/core/incidents/sentence-types.ts');

const YEAR = /\b(?:19|20)\d\d\b|\b(?:last|this|past|previous) (?:year|decade)\b/i;
const STATISTIC = /\b(?:on average|average|total of|in total|per cent|percent|%|rose|grew|increase[sd]?|doubled|tripled|survey|report(?:ed)? (?:that|by)|according to (?:a|the) (?:report|study|survey)|study|research(?:ers)? (?:found|show)|statistics|so far this year|since \d{4}|worldwide|globally|across the (?:country|world|industry))\b/i;

/** The Number-of-* arguments of events that are not Actual, by value. */
function annotatedCounts(ann) {
  const out = [];
  for (const e of score.events(ann))
    for (const arg of e.argument || []) {
      const v = score.parseNumber(arg.text);
      if (v != null) out.push({ value: v, role: arg.role.type, realis: e.realis, subtype: e.subtype });
    }
  return out;
}

function cause(value, f, sentence, incident, gold, ann) {
  const near = (x) => Math.abs(x - value) <= 0.01 * Math.abs(value);
  const as = annotatedCounts(ann).filter((x) => near(x.value));
  const countRole = as.find((x) => /^Number-of-/.test(x.role));
  if (countRole) return `annotated ${countRole.role} of a ${countRole.realis} event`;
  if (as.length) return `annotated ${as[0].role}`;
  if (!gold.types.includes(incident.type)) return 'on an incident gold has no Actual event of';
  if (gold.numbers.some((g) => Math.abs(g - value) <= 0.15 * Math.abs(g))) return 'close to a gold count (a restatement)';
  if (YEAR.test(sentence) && STATISTIC.test(sentence)) return 'statistic sentence (year and statistic cue)';
  if (STATISTIC.test(sentence)) return 'statistic cue';
  if (YEAR.test(sentence)) return 'year in the sentence';
  if (!gold.numbers.length) return 'article without gold counts';
  return `unannotated (counts "${f.counts ?? '?'}")`;
}

async function report() {
  const { reportErrors, weight } = reportFolds();
  const dump = [];
  reportErrors('record/victim counts', {}, ({ a, incidents, gold, note, models }) => {
    const { doc, figures, sentences } = a.prep;
    const probs = process.env.COUNTS_DUMP ? sentenceTypeProbabilities(models, sentences, figures, doc.text) : [];
    const indexOf = (at) => sentences.findIndex((s) => s.start <= at && at < s.end);
    const sentenceOf = (at) => sentences.find((s) => s.start <= at && at < s.end) ?? { text: '', start: at };
    const seen = new Set();
    const recs = [];
    dump.push({ id: a.id, w: weight.get(a.id), gold: gold.numbers, recs });
    for (const i of incidents)
      for (const r of i.records) {
        const f = figures[r.figure];
        const s = sentenceOf(f.start);
        recs.push({ value: r.value, what: r.what, type: i.type, kind: f.kind, counts: f.counts, text: f.text, before: doc.text.slice(Math.max(0, f.start - 100), f.start), after: doc.text.slice(f.end, f.end + 100), sentence: s.text, si: indexOf(f.start), probs: probs[indexOf(f.start)], mentionSentences: i.mentions.map((m) => indexOf(m.start)), victim: i.victim, mention: Math.min(...i.mentions.map((m) => Math.abs(m.start - f.start))) });
        if (seen.has(r.value)) continue;
        seen.add(r.value);
        const ok = gold.numbers.some((g) => Math.abs(r.value - g) <= 0.01 * Math.abs(g));
        const mark = `${doc.text.slice(Math.max(s.start, f.start - 80), f.start)}[[${f.text}]]${doc.text.slice(f.end, f.end + 60)}`.replace(/\s+/g, ' ');
        if (ok) note('TP', `${a.id} ${r.value} what=${r.what}`);
        else note(`FP ${cause(r.value, f, s.text, i, gold, a.ann)}`, `${a.id} ${i.type} ${r.value} what=${r.what} gold=[${gold.numbers.join(', ')}]\n      ${mark}`);
      }
    const pred = [...seen];
    for (const g of gold.numbers)
      if (!pred.some((p) => Math.abs(p - g) <= 0.01 * Math.abs(g))) {
        const f = figures.find((x) => x.value != null && Math.abs((Array.isArray(x.value) ? x.value[1] : x.value) - g) <= 0.01 * Math.abs(g));
        note(`MISS ${!incidents.length ? 'no incident' : f ? 'figure found, not taken' : 'no figure of that value'}`, `${a.id} ${g} ours=[${pred.join(', ')}]${f ? `\n      ${doc.text.slice(Math.max(0, f.start - 80), f.end + 50).replace(/\s+/g, ' ')}` : ''}`);
      }
  });
  if (process.env.COUNTS_DUMP) require('node:fs').writeFileSync(process.env.COUNTS_DUMP, JSON.stringify(dump));
}

if (require.main === module)
  report().catch((e) => {
    console.error(e);
    process.exit(1);
  });
