// PolNeAR dev: direct quotes and who said them (see corpus/README.md, "Quotes (PolNeAR)").
// Gold direct quotes: Content fragments bounded by quotation marks. A predicted quote is right when half of it lies
// inside some Content span; a gold quote is found when one predicted quote covers half of it. Speaker accuracy on found
// quotes whose gold Source is a name (a shared name token); resolved-speaker accuracy on pronoun-gold-dev.json cases.
const fs = require('node:fs');
const path = require('node:path');

const OPEN = '"“‘\'«';
const CLOSE = '"”’\'»';
const STOP = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'its', 'our',
  'my', 'who', 'that', 'this', 'these', 'those', 'one', 'some', 'many', 'and', 'of', 'in', 'at', 'for', 'on', 'to', 'by',
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'president', 'former', 'retired', 'said', 'jr', 'sr']);

/** brat .ann → { spans: Map id → {type, ranges, text}, relations: [{ source, content }] } */
function parseAnn(raw) {
  const spans = new Map();
  const relations = [];
  for (const line of raw.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols[1]) {
      const sp = cols[1].indexOf(' ');
      const type = cols[1].slice(0, sp);
      const ranges = cols[1].slice(sp + 1).split(';').map((r) => r.trim().split(/\s+/).map(Number));
      spans.set(cols[0], { id: cols[0], type, ranges, text: cols[2] || '' });
    } else if (/^E\d+$/.test(cols[0]) && cols[1]) {
      const rel = {};
      for (const part of cols[1].trim().split(/\s+/)) {
        const [role, id] = part.split(':');
        rel[role] = id;
      }
      relations.push({ source: rel.Source || null, content: rel.Content || null });
    }
  }
  return { spans, relations };
}

function nameTokens(s) {
  return (s || '')
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .map((t) => t.replace(/[’']s$/u, '').replace(/^[.'’-]+|[.'’-]+$/gu, ''))
    .filter((t) => t && /^\p{Lu}/u.test(t) && !STOP.has(t.toLowerCase()))
    .map((t) => t.toLowerCase());
}
const shares = (gold, predicted) => {
  const g = new Set(nameTokens(gold));
  return nameTokens(predicted || '').some((t) => g.has(t));
};
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const pct = (n, d) => (d ? (100 * n) / d : null);
const ctx = (text, s) => `${text.slice(Math.max(0, s.start - 60), s.start).replace(/\s+/g, ' ')}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 60).replace(/\s+/g, ' ')}`;

module.exports = {
  name: 'polnear',
  source: 'PolNeAR dev (84 articles)',
  run({ analyze, corpus }) {
    const dir = path.join(corpus, 'polnear', 'dev');
    const pronounGold = JSON.parse(fs.readFileSync(path.join(corpus, 'polnear', 'pronoun-gold-dev.json'), 'utf8'));
    const preferredAnn = new Map(pronounGold.map((p) => [p.file, p.ann]));
    const pronounBy = new Map(pronounGold.map((p) => [`${p.file}@${p.source[0]}`, p]));
    const anns = fs.readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
    const texts = fs.readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();

    let tp = 0, predicted = 0, gold = 0, found = 0;
    let namedTotal = 0, namedRight = 0, pronTotal = 0, pronRight = 0;
    const misses = { boundary: [], missed: [], spurious: [], 'speaker wrong': [], 'speaker missing': [], 'pronoun wrong': [], 'pronoun missing': [] };

    for (const file of texts) {
      const base = file.replace(/\.txt$/, '');
      const ann = preferredAnn.get(file) || anns.find((a) => a.startsWith(`${base}_`));
      if (!ann) continue;
      const text = fs.readFileSync(path.join(dir, 'text', file), 'utf8');
      const { spans, relations } = parseAnn(fs.readFileSync(path.join(dir, 'attributions', ann), 'utf8'));
      const sourceOf = new Map();
      for (const r of relations) if (r.content && r.source && !sourceOf.has(r.content)) sourceOf.set(r.content, spans.get(r.source));
      const contents = [];
      const goldQuotes = [];
      for (const sp of spans.values()) {
        if (sp.type !== 'Content') continue;
        for (const [start, end] of sp.ranges) {
          contents.push({ start, end });
          let s = start, e = end;
          while (s < e && /\s/.test(text[s])) s++;
          while (e > s && /[\s.,;:]/.test(text[e - 1]) && !CLOSE.includes(text[e - 1])) e--;
          if (e - s < 3 || !OPEN.includes(text[s]) || !CLOSE.includes(text[e - 1])) continue;
          let qs = s + 1, qe = e - 1;
          if (text[s] === text[qs] && qs < qe) qs++; // '' marks
          if (text[e - 1] === text[qe - 1] && qe > qs) qe--;
          goldQuotes.push({ start: qs, end: qe, source: sourceOf.get(sp.id) || null });
        }
      }
      const analysis = analyze(text);
      const quotes = analysis.quotes;
      predicted += quotes.length;
      gold += goldQuotes.length;
      for (const q of quotes) {
        const len = q.end - q.start;
        if (contents.some((c) => overlap(q, c) * 2 >= len)) tp++;
        else misses.spurious.push(`${base}: ${ctx(text, q)} (speaker ${q.speaker})`);
      }
      for (const g of goldQuotes) {
        const len = g.end - g.start;
        const hit = quotes.filter((q) => overlap(q, g) * 2 >= len).sort((a, b) => overlap(b, g) - overlap(a, g))[0];
        if (!hit) {
          const touching = quotes.find((q) => overlap(q, g) > 0);
          (touching ? misses.boundary : misses.missed).push(`${base}: ${ctx(text, g)}${touching ? ` ≠ predicted [[${touching.text.slice(0, 80)}]]` : ''}`);
          continue;
        }
        found++;
        const src = g.source;
        if (!src) continue;
        const key = `${file}@${src.ranges[0][0]}`;
        const pg = pronounBy.get(key);
        if (pg) {
          if (pg.name) {
            pronTotal++;
            if (shares(pg.name, hit.speaker)) pronRight++;
            else (hit.speaker ? misses['pronoun wrong'] : misses['pronoun missing']).push(`${base}: "${src.text}" = ${pg.name}, predicted ${hit.speaker} — ${ctx(text, g).slice(0, 160)}`);
          }
          continue;
        }
        if (!nameTokens(src.text).length) continue;
        namedTotal++;
        if (shares(src.text, hit.speaker)) namedRight++;
        else (hit.speaker ? misses['speaker wrong'] : misses['speaker missing']).push(`${base}: gold "${src.text}", predicted ${hit.speaker} — ${ctx(text, g).slice(0, 160)}`);
      }
    }
    // Hand-labelled articles (articles/*.gold.json): quotes found with the gold speaker.
    let artGold = 0, artRight = 0;
    const artDir = path.join(corpus, 'articles');
    for (const g of fs.existsSync(artDir) ? fs.readdirSync(artDir).filter((f) => f.endsWith('.gold.json')) : []) {
      const goldDoc = JSON.parse(fs.readFileSync(path.join(artDir, g), 'utf8'));
      const text = fs.readFileSync(path.join(artDir, goldDoc.text), 'utf8');
      const quotes = analyze(text).quotes;
      for (const gq of goldDoc.quotes || []) {
        artGold++;
        const at = text.replace(/\u00a0/g, ' ').indexOf(gq.quote);
        const span = { start: at, end: at + gq.quote.length };
        const hit = at >= 0 && quotes.find((q) => overlap(q, span) * 2 >= gq.quote.length);
        if (hit && hit.speaker === gq.speaker) artRight++;
        else (hit ? misses['speaker wrong'] : misses.missed).push(`${g}: "${gq.quote.slice(0, 60)}" gold ${gq.speaker}, predicted ${hit ? hit.speaker : 'no quote'}`);
      }
    }
    const p = pct(tp, predicted), r = pct(found, gold);
    const f1 = p != null && r != null && p + r > 0 ? (2 * p * r) / (p + r) : null;
    return {
      metrics: [
        { metric: `quote precision (${tp}/${predicted})`, value: p, unit: '%' },
        { metric: `quote recall (${found}/${gold})`, value: r, unit: '%' },
        { metric: 'quote F1', value: f1, unit: '%', anchor: 'GGT 83.7, citron 83.2', target: '≥85 (stretch 97)' },
        { metric: `named-speaker accuracy (${namedRight}/${namedTotal})`, value: pct(namedRight, namedTotal), unit: '%', anchor: 'GGT 86.0', target: '≥80 (stretch 92)' },
        { metric: `pronoun-resolved accuracy (${pronRight}/${pronTotal})`, value: pct(pronRight, pronTotal), unit: '%', target: 'stretch ≥85' },
        { metric: `hand-labelled articles: quote + exact speaker (${artRight}/${artGold})`, value: pct(artRight, artGold), unit: '%', target: '100' },
      ],
      misses,
    };
  },
};
