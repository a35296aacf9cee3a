#!/usr/bin/env node
// node scripts/source-kinds-polnear.js [--misses N] [--sample]: checks the claims' source kinds against PolNeAR's training
// Source spans (../shared/corpus/polnear/train; needs npm run build). PolNeAR marks where a source is, not its kind,
// so only sources whose shape says the kind are counted: a name ending in a masthead word or a newspaper's own
// name for itself ("the Times", "the Post") → outlet; a bare plural of people with no name ("officials", "critics",
// "people familiar with …") → vague; a described organisation ("the campaign", "the department") → organisation.
// For each, the claim over the Source's sentence should carry that kind (an outlet may stand as the claim's outlet
// beside a person who spoke to it). Sources the engine does not find at all (PolNeAR also marks beliefs and
// intentions, "X expects", which are no attribution of a claim here) are counted apart.
// --sample instead scores a hand-labelled sample of 60 Source spans drawn from train with a fixed seed
// (test/fixtures/polnear-source-kinds.json: offsets and kinds only), whatever their shape: the kind distribution,
// how many the engine attributes at all, and how many of those get the labelled kind.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { analyze } = require('../dist/core.js');

const DIR = path.join(__dirname, '..', '..', 'shared', 'corpus', 'polnear', 'train');
const misses = Number(process.argv[process.argv.indexOf('--misses') + 1]) || 0;

const SHAPES = [
  ['outlet', /^(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*(?:Times|Post|Journal|Gazette|Tribune|Herald|Daily|Courier|Ledger|Wire|Chronicle|Observer|Inquirer|Magazine)$/],
  ['vague', /^(?:(?:some|many|several|other|most|two|three|few|top|senior|unnamed|anonymous)\s+)*(?:[a-z]+\s+)?(?:officials|critics|experts|analysts|sources|aides|advisers|advisors|observers|strategists|insiders|people familiar with [a-z ]+|people close to [a-z ]+)$/],
  ['organization', /^the\s+(?:[a-z]+\s+)?(?:campaign|department|agency|company|committee|administration|commission|government|ministry|bureau|council|court|party|group|firm|organization)$/],
];

function sources(ann) {
  const out = [];
  for (const line of ann.split('\n')) {
    const m = /^T\d+\tSource (\d+) (\d+)\t(.*)$/.exec(line);
    if (m) out.push({ start: Number(m[1]), end: Number(m[2]), text: m[3] });
  }
  return out;
}

if (process.argv.includes('--sample')) {
  scoreSample();
  process.exit(0);
}

function scoreSample() {
  const { sources: labelled } = require('../test/fixtures/polnear-source-kinds.json');
  const claimsOf = new Map();
  const dist = {};
  let found = 0;
  let right = 0;
  for (const s of labelled) {
    dist[s.kind] = (dist[s.kind] || 0) + 1;
    if (s.kind === 'other') continue;
    if (!claimsOf.has(s.article)) claimsOf.set(s.article, analyze(fs.readFileSync(path.join(DIR, 'text', `${s.article}.txt`), 'utf8')).claims);
    const c = claimsOf.get(s.article).find((x) => x.start <= s.start && x.end >= s.end);
    if (!c || c.sourceKind === 'none') continue;
    found++;
    if (c.sourceKind === s.kind) right++;
    else if (misses) console.log(`    ${s.article} ${s.start}-${s.end}: ${c.sourceKind} (${c.source}), labelled ${s.kind}`);
  }
  const counted = labelled.length - (dist.other || 0);
  console.log(`sample: ${labelled.length} sources, by kind ${JSON.stringify(dist)}`);
  console.log(`sample: attributed by the engine ${found}/${counted}; kind right ${right}/${found} = ${((100 * right) / (found || 1)).toFixed(1)}% of those (${right}/${counted} of all)`);
}

const tally = {};
const wrong = {};
const files = fs.readdirSync(path.join(DIR, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const seen = new Set();
for (const f of files) {
  const article = f.replace(/_[^_]+\.ann$/, '');
  if (seen.has(article)) continue; // one annotator per article
  seen.add(article);
  const textFile = path.join(DIR, 'text', `${article}.txt`);
  if (!fs.existsSync(textFile)) continue;
  const text = fs.readFileSync(textFile, 'utf8');
  const shaped = sources(fs.readFileSync(path.join(DIR, 'attributions', f), 'utf8')).flatMap((s) => {
    const shape = SHAPES.find(([, re]) => re.test(s.text.trim()));
    return shape ? [{ ...s, kind: shape[0] }] : [];
  });
  if (!shaped.length) continue;
  const { claims } = analyze(text);
  for (const s of shaped) {
    const c = claims.find((x) => x.start <= s.start && x.end >= s.end);
    if (!c) continue; // no claim over that sentence: nothing to check
    const t = (tally[s.kind] ??= [0, 0]);
    t[1]++;
    // "Jane Roe told the Times": the source is the person and the outlet is recorded beside it.
    if (c.sourceKind === s.kind || (s.kind === 'outlet' && c.outlet)) t[0]++;
    else (wrong[s.kind] ??= []).push(`${s.text} → ${c.sourceKind} (${c.source})`);
  }
}
for (const [kind, [right, all]] of Object.entries(tally)) {
  const found = all - (wrong[kind] || []).filter((w) => w.endsWith('→ none (null)')).length;
  console.log(`${kind.padEnd(12)} right ${right}/${all} = ${((100 * right) / all).toFixed(1)}%; of the sources found: ${right}/${found} = ${((100 * right) / (found || 1)).toFixed(1)}%`);
  for (const w of (wrong[kind] || []).filter((x) => !x.endsWith('→ none (null)')).slice(0, misses)) console.log(`    ${w}`);
}
