// PolNeAR dev: direct quotes and who said them (see corpus/README.md, "Quotes (PolNeAR)").
// Gold quotes, the one span set for precision and recall: Content fragments bounded by quotation marks, and the
// double-quoted stretches inside other Content fragments (partial quotes, "called it “a mistake”"). A
// predicted quote and a gold quote match (one to one) when their overlap covers half of each. Speakers: the quote
// matches and the predicted speaker names the gold Source (../score.js sameSpeaker: full name, or surname when the
// given names do not conflict); named Sources and pronoun Sources resolved in pronoun-gold-dev.json are scored apart.
const fs = require('node:fs');
const path = require('node:path');

const { prf, nameTokens, sameSpeaker } = require('../score');

const OPEN = '"“‘\'«';
const CLOSE = '"”’\'»';

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

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const ctx = (text, s) => `${text.slice(Math.max(0, s.start - 60), s.start).replace(/\s+/g, ' ')}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 60).replace(/\s+/g, ' ')}`;

module.exports = {
  name: 'polnear',
  matching: 'gold = Content spans bounded by quotation marks plus double-quoted stretches inside other Content spans, the same set for P and R; a quote matches one to one when the overlap covers half of each; a speaker is right when its quote matches and it is the gold full name, or its surname with no conflicting given name; speaker precision is over matched quotes given a speaker',
  source: 'PolNeAR dev (84 articles)',
  run({ analyze, corpus }) {
    const dir = path.join(corpus, 'polnear', 'dev');
    const pronounGold = JSON.parse(fs.readFileSync(path.join(corpus, 'polnear', 'pronoun-gold-dev.json'), 'utf8'));
    const preferredAnn = new Map(pronounGold.map((p) => [p.file, p.ann]));
    const pronounBy = new Map(pronounGold.map((p) => [`${p.file}@${p.source[0]}`, p]));
    const anns = fs.readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
    const texts = fs.readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();

    let predicted = 0, gold = 0, matched = 0;
    const named = { right: 0, emitted: 0, gold: 0 };
    const namedPartial = { right: 0, emitted: 0, gold: 0 };
    const pron = { right: 0, emitted: 0, gold: 0 };
    const misses = { boundary: [], missed: [], spurious: [], 'speaker wrong': [], 'speaker missing': [], 'pronoun wrong': [], 'pronoun missing': [] };

    for (const file of texts) {
      const base = file.replace(/\.txt$/, '');
      const ann = preferredAnn.get(file) || anns.find((a) => a.startsWith(`${base}_`));
      if (!ann) continue;
      const text = fs.readFileSync(path.join(dir, 'text', file), 'utf8');
      const { spans, relations } = parseAnn(fs.readFileSync(path.join(dir, 'attributions', ann), 'utf8'));
      const sourceOf = new Map();
      for (const r of relations) if (r.content && r.source && !sourceOf.has(r.content)) sourceOf.set(r.content, spans.get(r.source));
      const goldQuotes = [];
      const seen = new Set();
      const addGold = (start, end, sp, direct) => {
        if (end - start < 1 || seen.has(`${start}:${end}`)) return;
        seen.add(`${start}:${end}`);
        goldQuotes.push({ start, end, direct, source: sourceOf.get(sp.id) || null });
      };
      for (const sp of spans.values()) {
        if (sp.type !== 'Content') continue;
        for (const [start, end] of sp.ranges) {
          let s = start, e = end;
          while (s < e && /\s/.test(text[s])) s++;
          while (e > s && /[\s.,;:]/.test(text[e - 1]) && !CLOSE.includes(text[e - 1])) e--;
          if (e - s >= 3 && OPEN.includes(text[s]) && CLOSE.includes(text[e - 1])) {
            let qs = s + 1, qe = e - 1;
            if (text[s] === text[qs] && qs < qe) qs++; // '' marks
            if (text[e - 1] === text[qe - 1] && qe > qs) qe--;
            addGold(qs, qe, sp, true);
            continue;
          }
          // A Content span that is not one quote may hold quoted words: "said the plan was “a mistake” and ...".
          for (const m of text.slice(s, e).matchAll(/“([^“”]+)”|"([^"]+)"/g)) addGold(s + m.index + 1, s + m.index + m[0].length - 1, sp, false);
        }
      }
      const quotes = analyze(text).quotes;
      predicted += quotes.length;
      gold += goldQuotes.length;
      // One-to-one: each gold quote takes the unused predicted quote that overlaps it most, when the overlap covers
      // half of both.
      const used = new Set();
      for (const g of goldQuotes) {
        const fits = (q) => !used.has(q) && overlap(q, g) * 2 >= g.end - g.start && overlap(q, g) * 2 >= q.end - q.start;
        const hit = quotes.filter(fits).sort((a, b) => overlap(b, g) - overlap(a, g))[0];
        // Which speaker measure the gold quote belongs to: a pronoun Source resolved by hand, or a named Source.
        const src = g.source;
        const pg = src && pronounBy.get(`${file}@${src.ranges[0][0]}`);
        const goldName = pg ? pg.name : src && nameTokens(src.text).length ? src.text : null;
        const tally = pg ? pron : g.direct ? named : namedPartial;
        if (goldName) tally.gold++;
        if (!hit) {
          const touching = quotes.find((q) => overlap(q, g) > 0);
          (touching ? misses.boundary : misses.missed).push(`${base}: ${ctx(text, g)}${touching ? ` ≠ predicted [[${touching.text.slice(0, 80)}]]` : ''}`);
          continue;
        }
        used.add(hit);
        matched++;
        if (!goldName) continue;
        if (hit.speaker) tally.emitted++;
        if (sameSpeaker(goldName, hit.speaker)) tally.right++;
        else if (pg) (hit.speaker ? misses['pronoun wrong'] : misses['pronoun missing']).push(`${base}: "${src.text}" = ${pg.name}, predicted ${hit.speaker} — ${ctx(text, g).slice(0, 160)}`);
        else (hit.speaker ? misses['speaker wrong'] : misses['speaker missing']).push(`${base}: gold "${src.text}", predicted ${hit.speaker} — ${ctx(text, g).slice(0, 160)}`);
      }
      for (const q of quotes) if (!used.has(q)) misses.spurious.push(`${base}: ${ctx(text, q)} (speaker ${q.speaker})`);
    }
    return {
      metrics: [
        ...prf('quote', { right: matched, emitted: predicted, gold }, { anchor: 'GGT 83.7, citron 83.2', target: '≥85 (stretch 97)' }),
        ...prf('named speaker, direct quotes', named, { anchor: 'GGT 86.0 (accuracy)', target: '≥80 (stretch 92)' }),
        ...prf('named speaker, partial quotes', namedPartial),
        ...prf('pronoun-resolved speaker', pron, { target: 'stretch ≥85' }),
      ],
      misses,
    };
  },
};
