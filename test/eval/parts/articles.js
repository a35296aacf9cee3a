// Hand-labelled articles: NAME.txt + NAME.gold.json in ../shared/corpus/articles (written by others) and in
// test/fixtures/articles (ours, texts in samples/), scored apart. Each gold file is exhaustive: precision counts
// everything emitted, recall everything labelled.
const fs = require('node:fs');
const path = require('node:path');
const { prf } = require('../score');

const norm = (s) => (s == null ? null : String(s).replace(/\u00a0/g, ' ').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase());
const same = (a, b) => norm(a) === norm(b);
/** Gold spans are exact substrings; `occurrence` picks among repeats. */
function locate(text, needle, occurrence = 1) {
  const t = text.replace(/\u00a0/g, ' ');
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = t.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + needle.length };
}
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Article folders and who wrote them: the corpus's articles (others) and ours (test/fixtures, whose texts live in
 * samples/), reported apart so our own writing never lifts the corpus figure. */
function dirs(corpus) {
  return [
    { group: 'corpus articles (others)', dir: path.join(corpus, 'articles') },
    { group: 'our articles (samples)', dir: path.join(__dirname, '..', '..', 'fixtures', 'articles') },
  ].filter((d) => fs.existsSync(d.dir));
}

/** One to one: each gold item takes the unused emitted item that overlaps its span most (when `fits`). */
function pair(goldSpans, emitted, fits = (e, g) => overlap(e, g) > 0) {
  const used = new Set();
  return goldSpans.map((g) => {
    if (!g) return null;
    const e = emitted.filter((x) => !used.has(x) && fits(x, g)).sort((x, y) => overlap(y, g) - overlap(x, g))[0] || null;
    if (e) used.add(e);
    return e;
  });
}

const tallies = () => ({ quotes: [0, 0, 0], speakers: [0, 0, 0], figures: [0, 0, 0], claims: [0, 0, 0], incidents: [0, 0, 0], records: [0, 0, 0] });

/**
 * The gold lists every quote, figure, claim and incident of its article: whatever is emitted and not matched to a gold
 * item counts as false. Each tally is [right, emitted, gold].
 */
function scoreArticle(analyze, text, gold, misses, name) {
  const a = analyze(text);
  const t = tallies();
  const miss = (cause, msg) => (misses[cause] ||= []).push(`${name}: ${msg}`);
  const half = (e, g) => overlap(e, g) * 2 >= g.end - g.start && overlap(e, g) * 2 >= e.end - e.start;

  const goldQuotes = gold.quotes || [];
  const quoteHits = pair(goldQuotes.map((g) => locate(text, g.quote, g.occurrence)), a.quotes, half);
  t.quotes = [quoteHits.filter(Boolean).length, a.quotes.length, goldQuotes.length];
  t.speakers[1] = quoteHits.filter((q) => q && q.speaker).length;
  t.speakers[2] = goldQuotes.length;
  goldQuotes.forEach((g, k) => {
    const q = quoteHits[k];
    if (!q) return miss('quote missed', g.quote);
    const speakerOk = same(q.speaker, g.speaker);
    const outletOk = g.outlet === undefined || same(q.outlet, g.outlet);
    if (speakerOk && outletOk) t.speakers[0]++;
    else miss(speakerOk ? 'quote outlet' : 'quote speaker', `"${g.quote.slice(0, 50)}" → ${q.speaker} / ${q.outlet} (gold ${g.speaker} / ${g.outlet})`);
  });
  for (const q of a.quotes) if (!quoteHits.includes(q)) miss('false quote', `"${q.text.slice(0, 60)}" (${q.speaker})`);

  const goldFigures = gold.figures || [];
  const figureHits = pair(goldFigures.map((g) => locate(text, g.text, g.occurrence)), a.figures);
  t.figures = [0, a.figures.length, goldFigures.length];
  goldFigures.forEach((g, k) => {
    const f = figureHits[k];
    if (!f) return miss('figure missed', g.text);
    const problems = [];
    if (g.kind && f.kind !== g.kind) problems.push(`kind ${f.kind}≠${g.kind}`);
    if (g.kind === 'date') {
      if (g.value && !String(f.date || '').endsWith(String(g.value))) problems.push(`date ${f.date}≠${g.value}`);
    } else if (g.value !== undefined && JSON.stringify(f.value) !== JSON.stringify(g.value)) problems.push(`value ${f.value}≠${g.value}`);
    if (g.counts !== undefined && !same(f.counts, g.counts)) problems.push(`counts ${f.counts}≠${g.counts}`);
    if (g.qualifier !== undefined && f.qualifier !== g.qualifier) problems.push(`qualifier ${f.qualifier}≠${g.qualifier}`);
    if (problems.length) miss('figure wrong', `${g.text}: ${problems.join(', ')}`);
    else t.figures[0]++;
  });
  for (const f of a.figures) if (!figureHits.includes(f)) miss('false figure', `${f.text} (${f.kind})`);

  const goldClaims = gold.claims || [];
  const claimHits = pair(goldClaims.map((g) => locate(text, g.sentence, g.occurrence)), a.claims);
  t.claims = [0, a.claims.length, goldClaims.length];
  goldClaims.forEach((g, k) => {
    const c = claimHits[k];
    if (!c) return miss('claim missed', g.sentence);
    const problems = [];
    if (c.sourceKind !== g.sourceKind) problems.push(`kind ${c.sourceKind}≠${g.sourceKind}`);
    if (g.source != null && !same(c.source, g.source)) problems.push(`source ${c.source}≠${g.source}`);
    if (g.outlet !== undefined && !same(c.outlet, g.outlet)) problems.push(`outlet ${c.outlet}≠${g.outlet}`);
    if (g.hedged !== undefined && c.hedged !== g.hedged) problems.push(`hedged ${c.hedged}≠${g.hedged}`);
    if (problems.length) miss('claim source', `${g.sentence.slice(0, 50)}: ${problems.join(', ')}`);
    else t.claims[0]++;
  });
  for (const c of a.claims) if (!claimHits.includes(c)) miss('false claim', text.slice(c.start, c.end).slice(0, 90));

  const goldIncidents = gold.incidents || [];
  const usedIncidents = new Set();
  t.incidents = [0, a.incidents.length, goldIncidents.length];
  t.records = [0, a.incidents.reduce((n, i) => n + i.records.length, 0), 0];
  for (const g of goldIncidents) {
    t.records[2] += (g.records || []).length;
    const inc = a.incidents.find((i) => !usedIncidents.has(i) && same(i.victim, g.victim));
    if (!inc) { miss('incident missed', `${g.label} (victim ${g.victim}); got ${a.incidents.map((i) => i.victim).join(', ') || 'none'}`); continue; }
    usedIncidents.add(inc);
    const problems = [];
    if (inc.type !== g.type) problems.push(`type ${inc.type}≠${g.type}`);
    // A gold null attacker is "none named": an attacker the card shows only as described ("hackers (not named)") fits it.
    const attacker = g.attacker === null && inc.attackerKind === 'described' ? null : inc.attacker;
    if (g.attacker !== undefined && !same(attacker, g.attacker)) problems.push(`attacker ${inc.attacker}≠${g.attacker}`);
    if (g.suspected !== undefined && !same(inc.suspected, g.suspected)) problems.push(`suspected ${inc.suspected}≠${g.suspected}`);
    const usedRecords = new Set();
    for (const r of g.records || []) {
      const got = inc.records.find((x) => !usedRecords.has(x) && Math.abs(x.value - r.value) <= 1e-6 * r.value);
      if (got) usedRecords.add(got);
      if (got && same(got.what, r.what) && got.qualifier === r.qualifier) t.records[0]++;
      else problems.push(`record ${r.value} ${r.what}: ${got ? `${got.what}/${got.qualifier}` : 'missing'}`);
    }
    for (const x of inc.records) if (!usedRecords.has(x)) problems.push(`false record ${x.value} ${x.what}`);
    if (problems.length) miss('incident detail', `${g.label}: ${problems.join('; ')}`);
    else t.incidents[0]++;
  }
  for (const i of a.incidents) if (!usedIncidents.has(i)) miss('false incident', `${i.type} (victim ${i.victim})`);
  return t;
}

module.exports = {
  name: 'articles',
  source: 'hand-labelled',
  matching: 'the gold lists every quote, figure, claim and incident, so anything emitted and unmatched is false; one to one: a quote overlapping half of a gold quote and half of itself, a figure or claim overlapping the gold span, an incident by victim; right = matched with every labelled field equal (speaker and outlet, kind/value/counts/qualifier, source kind/source/outlet/hedged, type/attacker/records); corpus articles (written by others) and ours are scored apart',
  run({ analyze, corpus }) {
    const misses = {};
    const metrics = [];
    for (const { group, dir } of dirs(corpus)) {
      const total = tallies();
      const files = fs.readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort();
      for (const f of files) {
        const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
        const text = fs.readFileSync(path.join(dir, gold.text || f.replace('.gold.json', '.txt')), 'utf8');
        const t = scoreArticle(analyze, text, gold, misses, f.replace('.gold.json', ''));
        for (const k of Object.keys(total)) total[k] = total[k].map((v, i) => v + t[k][i]);
      }
      const measure = (label, key) => prf(`${group}, ${files.length}: ${label}`, { right: total[key][0], emitted: total[key][1], gold: total[key][2] }, { target: '100' });
      metrics.push(...measure('quote', 'quotes'), ...measure('quote speaker+outlet', 'speakers'), ...measure('figure', 'figures'),
        ...measure('claim', 'claims'), ...measure('incident', 'incidents'), ...measure('incident record', 'records'));
    }
    return { metrics, misses };
  },
};
