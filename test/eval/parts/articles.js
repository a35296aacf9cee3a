// Hand-labelled articles: NAME.txt + NAME.gold.json in ../shared/corpus/articles and in test/fixtures/articles
// (our own, for cases the corpus lacks). Every quote, speaker, figure, claim and incident must be right.
const fs = require('node:fs');
const path = require('node:path');

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

function dirs(corpus) {
  return [path.join(corpus, 'articles'), path.join(__dirname, '..', '..', 'fixtures', 'articles')].filter((d) => fs.existsSync(d));
}

function scoreArticle(analyze, text, gold, misses, name) {
  const a = analyze(text);
  const tally = { quotes: [0, 0], speakers: [0, 0], figures: [0, 0], falseFigures: 0, claims: [0, 0], falseClaims: 0, incidents: [0, 0], records: [0, 0] };
  const miss = (cause, msg) => (misses[cause] ||= []).push(`${name}: ${msg}`);

  for (const g of gold.quotes || []) {
    tally.quotes[1]++;
    const span = locate(text, g.quote, g.occurrence);
    const q = span && a.quotes.find((p) => overlap(p, span) >= 0.5 * (span.end - span.start));
    if (!q) { miss('quote missed', g.quote); continue; }
    tally.quotes[0]++;
    tally.speakers[1]++;
    const speakerOk = same(q.speaker, g.speaker);
    const outletOk = g.outlet === undefined || same(q.outlet, g.outlet);
    if (speakerOk && outletOk) tally.speakers[0]++;
    else miss(speakerOk ? 'quote outlet' : 'quote speaker', `"${g.quote.slice(0, 50)}" → ${q.speaker} / ${q.outlet} (gold ${g.speaker} / ${g.outlet})`);
  }

  for (const g of gold.figures || []) {
    tally.figures[1]++;
    const span = locate(text, g.text, g.occurrence);
    const f = span && a.figures.find((p) => overlap(p, span) > 0);
    if (!f) { miss('figure missed', g.text); continue; }
    const problems = [];
    if (g.kind && f.kind !== g.kind) problems.push(`kind ${f.kind}≠${g.kind}`);
    if (g.kind === 'date') {
      if (g.value && !String(f.date || '').endsWith(String(g.value))) problems.push(`date ${f.date}≠${g.value}`);
    } else if (g.value !== undefined && JSON.stringify(f.value) !== JSON.stringify(g.value)) problems.push(`value ${f.value}≠${g.value}`);
    if (g.counts !== undefined && !same(f.counts, g.counts)) problems.push(`counts ${f.counts}≠${g.counts}`);
    if (g.qualifier !== undefined && f.qualifier !== g.qualifier) problems.push(`qualifier ${f.qualifier}≠${g.qualifier}`);
    if (problems.length) miss('figure wrong', `${g.text}: ${problems.join(', ')}`);
    else tally.figures[0]++;
  }
  for (const nf of gold.notFigures || []) {
    const span = locate(text, nf);
    if (span && a.figures.some((p) => overlap(p, span) > 0)) { tally.falseFigures++; miss('false figure', nf); }
  }
  const goldFigureSpans = (gold.figures || []).map((g) => locate(text, g.text, g.occurrence)).filter(Boolean);
  // Weekday and month names alone ("Tuesday") are dates but not figures worth labelling: only numeric ones count here.
  for (const f of a.figures.filter((x) => /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b/i.test(x.text))) {
    if (!goldFigureSpans.some((s) => overlap(s, f) > 0)) { tally.falseFigures++; miss('false figure', `${f.text} (${f.kind})`); }
  }

  for (const g of gold.claims || []) {
    tally.claims[1]++;
    const span = locate(text, g.sentence, g.occurrence);
    const c = span && a.claims.find((p) => overlap(p, span) > 0);
    if (!c) { miss('claim missed', g.sentence); continue; }
    const problems = [];
    if (c.sourceKind !== g.sourceKind) problems.push(`kind ${c.sourceKind}≠${g.sourceKind}`);
    if (g.source != null && !same(c.source, g.source)) problems.push(`source ${c.source}≠${g.source}`);
    if (g.outlet !== undefined && !same(c.outlet, g.outlet)) problems.push(`outlet ${c.outlet}≠${g.outlet}`);
    if (g.hedged !== undefined && c.hedged !== g.hedged) problems.push(`hedged ${c.hedged}≠${g.hedged}`);
    if (problems.length) miss('claim source', `${g.sentence.slice(0, 50)}: ${problems.join(', ')}`);
    else tally.claims[0]++;
  }
  for (const nc of gold.notClaims || []) {
    const span = locate(text, nc);
    if (span && a.claims.some((p) => overlap(p, span) > 0)) { tally.falseClaims++; miss('false claim', nc); }
  }

  for (const g of gold.incidents || []) {
    tally.incidents[1]++;
    const inc = a.incidents.find((i) => same(i.victim, g.victim));
    if (!inc) { miss('incident missed', `${g.label} (victim ${g.victim}); got ${a.incidents.map((i) => i.victim).join(', ') || 'none'}`); continue; }
    const problems = [];
    if (inc.type !== g.type) problems.push(`type ${inc.type}≠${g.type}`);
    if (g.attacker !== undefined && !same(inc.attacker, g.attacker)) problems.push(`attacker ${inc.attacker}≠${g.attacker}`);
    if (g.suspected !== undefined && !same(inc.suspected, g.suspected)) problems.push(`suspected ${inc.suspected}≠${g.suspected}`);
    for (const r of g.records || []) {
      tally.records[1]++;
      const got = inc.records.find((x) => Math.abs(x.value - r.value) <= 1e-6 * r.value);
      if (got && same(got.what, r.what) && got.qualifier === r.qualifier) tally.records[0]++;
      else problems.push(`record ${r.value} ${r.what}: ${got ? `${got.what}/${got.qualifier}` : 'missing'}`);
    }
    if (problems.length) miss('incident detail', `${g.label}: ${problems.join('; ')}`);
    else tally.incidents[0]++;
  }
  return tally;
}

module.exports = {
  name: 'articles',
  source: 'hand-labelled',
  run({ analyze, corpus }) {
    const misses = {};
    const total = {};
    for (const dir of dirs(corpus)) {
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
        const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
        const text = fs.readFileSync(path.join(dir, gold.text || f.replace('.gold.json', '.txt')), 'utf8');
        const t = scoreArticle(analyze, text, gold, misses, f.replace('.gold.json', ''));
        for (const [k, v] of Object.entries(t)) total[k] = Array.isArray(v) ? [(total[k]?.[0] || 0) + v[0], (total[k]?.[1] || 0) + v[1]] : (total[k] || 0) + v;
      }
    }
    const pct = ([a, b]) => (b ? (100 * a) / b : null);
    const row = (metric, key) => ({ metric: `${metric} (${total[key]?.[0] ?? 0}/${total[key]?.[1] ?? 0})`, value: pct(total[key] || [0, 0]), unit: '%', target: '100' });
    return {
      metrics: [
        row('quotes found', 'quotes'),
        row('quote speaker+outlet right', 'speakers'),
        row('figures right', 'figures'),
        { metric: 'false figures', value: total.falseFigures ?? 0, target: '0' },
        row('claims right (source kind)', 'claims'),
        { metric: 'false claims', value: total.falseClaims ?? 0, target: '0' },
        row('incidents right', 'incidents'),
        row('incident records right', 'records'),
      ],
      misses,
    };
  },
};
