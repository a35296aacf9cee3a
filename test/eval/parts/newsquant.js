// NewsQuant (EMNLP 2023, CQE evaluation data): figures scored per sentence, as corpus/README.md describes.
// Value match: relative tolerance 1e-5, ranges as [low, high]. Value+unit: the normalised units agree too.
// Our figures of kind date and ordinal are left out. The peer is Microsoft Recognizers-Text, scored by the same code.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

const TOL = 1e-5;

function parseGoldValue(v) {
  const s = String(v).trim();
  const n = Number(s);
  if (s !== '' && Number.isFinite(n)) return n;
  const m = /^(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)$/.exec(s);
  if (m) return sortRange([Number(m[1]), Number(m[2])]);
  return null;
}
const sortRange = ([a, b]) => (a <= b ? [a, b] : [b, a]);

function close(a, b) {
  if (a === b) return true;
  return Math.abs(a - b) <= TOL * Math.max(Math.abs(a), Math.abs(b));
}
function sameValue(a, b) {
  if (a == null || b == null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const [x, y] = [sortRange(a), sortRange(b)];
    return close(x[0], y[0]) && close(x[1], y[1]);
  }
  return close(a, b);
}

// --- unit normalisation: lower-case, singular; percent = percentage; $ / usd = dollar; spelling variants ---
const IRREGULAR = { feet: 'foot', people: 'people', inches: 'inch', men: 'man', women: 'woman', children: 'child', fishermen: 'fisherman', series: 'series', species: 'species', celsius: 'celsius', hertz: 'hertz', gps: 'gps', bps: 'basis point', mph: 'mile per hour', kmh: 'kilometre per hour' };
function singularWord(w) {
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length <= 3) return w;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}
const ALIASES = {
  '%': 'percent', percentage: 'percent', 'per cent': 'percent', $: 'dollar', usd: 'dollar', 'us$': 'dollar', 'us dollar': 'dollar',
  'united states dollar': 'dollar', 'pound mass': 'pound', 'japanese yen': 'yen',
};
function normUnit(u) {
  if (u == null) return null;
  let s = String(u).toLowerCase().trim();
  if (s === '' || s === '-') return null;
  if (ALIASES[s]) return ALIASES[s];
  s = s.replace(/\bunited states dollar\b/g, 'dollar').replace(/\bus\$/g, 'dollar').replace(/meter/g, 'metre').replace(/liter/g, 'litre').replace(/[-_]/g, ' ').replace(/\s+/g, ' ');
  s = s.split(' ').map(singularWord).join(' ');
  return ALIASES[s] ?? s;
}
function unitsAgree(goldUnit, fig) {
  const g = normUnit(goldUnit);
  const o = normUnit(fig.unit);
  if (g === o) return true;
  if (g == null || o == null) return false;
  // a counted noun matches on its head word: ours (the last word of our unit) must be a word of the gold phrase, which
  // NewsQuant writes without function words ("snaps of man coverage" → "snap man coverage")
  if (fig.kind === 'count') return g.split(' ').includes(o.split(' ').pop());
  // "barrel of oil": a measured noun phrase matches on the noun before "of"
  return g.includes(' of ') && g.split(' of ')[0].split(' ').pop() === o;
}

/** One-to-one matching of gold and predicted quantities of one sentence. */
function match(gold, pred, withUnit) {
  const used = new Set();
  const pairs = [];
  for (let gi = 0; gi < gold.length; gi++) {
    const g = gold[gi];
    let best = -1;
    for (let pi = 0; pi < pred.length; pi++) {
      if (used.has(pi) || !sameValue(g.value, pred[pi].value)) continue;
      if (withUnit && !unitsAgree(g.unit, pred[pi])) continue;
      best = pi;
      if (!withUnit && unitsAgree(g.unit, pred[pi])) break; // prefer the unit-agreeing twin
    }
    if (best >= 0) {
      used.add(best);
      pairs.push([gi, best]);
    }
  }
  return pairs;
}

function score(items, predict) {
  let tp = 0;
  let tpu = 0;
  let ng = 0;
  let np = 0;
  const misses = { missed: [], spurious: [], 'wrong value or boundary': [], 'wrong unit': [] };
  for (const item of items) {
    const gold = item.gold;
    const pred = predict(item.text);
    ng += gold.length;
    np += pred.length;
    const pv = match(gold, pred, false);
    const pu = match(gold, pred, true);
    tp += pv.length;
    tpu += pu.length;
    const short = item.text.length > 140 ? `${item.text.slice(0, 140)}…` : item.text;
    const showG = (g) => `${JSON.stringify(g.value)} ${g.unit ?? '-'}`;
    const showP = (p) => `"${p.text ?? ''}" ${p.kind ?? ''} ${JSON.stringify(p.value)} ${p.unit ?? '-'}`;
    const unitOk = new Set(pu.map(([gi]) => gi));
    for (const [gi, pi] of pv) if (!unitOk.has(gi)) misses['wrong unit'].push(`gold ${showG(gold[gi])} | ours ${showP(pred[pi])} | ${short}`);
    const mg = new Set(pv.map(([gi]) => gi));
    const mp = new Set(pv.map(([, pi]) => pi));
    const lg = gold.filter((_, gi) => !mg.has(gi));
    const lp = pred.filter((_, pi) => !mp.has(pi));
    const n = Math.min(lg.length, lp.length);
    for (let i = 0; i < n; i++) misses['wrong value or boundary'].push(`gold ${showG(lg[i])} | ours ${showP(lp[i])} | ${short}`);
    for (const g of lg.slice(n)) misses.missed.push(`gold ${showG(g)} | ${short}`);
    for (const p of lp.slice(n)) misses.spurious.push(`ours ${showP(p)} | ${short}`);
  }
  const P = np ? (100 * tp) / np : 0;
  const R = ng ? (100 * tp) / ng : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const Pu = np ? (100 * tpu) / np : 0;
  const Ru = ng ? (100 * tpu) / ng : 0;
  const Fu = Pu + Ru ? (2 * Pu * Ru) / (Pu + Ru) : 0;
  return { P, R, F, Pu, Ru, Fu, misses };
}

// --- the peer: Microsoft Recognizers-Text, mapped into the figure shape ---
function peerPredictor() {
  let R;
  try {
    R = require('@microsoft/recognizers-text-suite');
  } catch {
    return null;
  }
  const culture = 'en-us';
  const num = (v) => {
    const n = Number(String(v).replace(/[%,\s]/g, ''));
    return Number.isFinite(n) ? n : null;
  };
  return (text) => {
    const withUnit = [];
    const add = (list, kind, unitOf) => {
      for (const r of list) {
        const value = num(r.resolution?.value);
        if (value == null) continue;
        withUnit.push({ start: r.start, end: r.end + 1, text: r.text, kind, value, unit: unitOf(r) });
      }
    };
    add(R.recognizeCurrency(text, culture), 'money', (r) => String(r.resolution.unit || '').toLowerCase() || null);
    add(R.recognizePercentage(text, culture), 'percent', () => 'percent');
    add(R.recognizeDimension(text, culture), 'measure', (r) => String(r.resolution.unit || '').toLowerCase() || null);
    add(R.recognizeTemperature(text, culture), 'measure', (r) => String(r.resolution.unit || '').toLowerCase() || null);
    add(R.recognizeAge(text, culture), 'measure', (r) => `${String(r.resolution.unit || '').toLowerCase()} of age`);
    const out = [];
    const overlaps = (a, b) => a.start < b.end && b.start < a.end;
    for (const f of withUnit.sort((a, b) => a.start - b.start || b.end - a.end)) if (!out.some((o) => overlaps(o, f))) out.push(f);
    for (const r of R.recognizeNumber(text, culture)) {
      const value = num(r.resolution?.value);
      if (value == null) continue;
      const f = { start: r.start, end: r.end + 1, text: r.text, kind: 'number', value, unit: null };
      if (!out.some((o) => overlaps(o, f))) out.push(f);
    }
    return out;
  };
}

/** The peer's predictions are slow (seconds per hundred sentences) and never change for the same corpus and
 * peer version, so they are cached in the OS temp folder. */
function peerScore(items) {
  const peerFn = peerPredictor();
  if (!peerFn) return null;
  let version = '?';
  try {
    version = require('@microsoft/recognizers-text-suite/package.json').version;
  } catch {
    // keep '?'
  }
  const key = crypto.createHash('sha1').update(version).update(JSON.stringify(items.map((i) => i.text))).digest('hex').slice(0, 16);
  const file = path.join(os.tmpdir(), `policy-lens-newsquant-peer-${key}.json`);
  let cached = null;
  try {
    cached = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    cached = null;
  }
  if (!cached || cached.length !== items.length) {
    cached = items.map((i) => peerFn(i.text));
    try {
      fs.writeFileSync(file, JSON.stringify(cached));
    } catch {
      // a read-only temp folder only costs time
    }
  }
  let n = 0;
  return score(items, () => cached[n++]);
}

module.exports = {
  name: 'newsquant',
  matching: 'per sentence, gold and emitted quantities (ours without dates and ordinals) paired one to one on equal values (relative tolerance 1e-5, ranges as [low, high]); value+unit also needs the normalised unit to agree; precision = pairs / emitted, recall = pairs / gold',
  source: 'NewsQuant dev (295 sentences)',
  run({ analyze, corpus }) {
    const data = JSON.parse(fs.readFileSync(path.join(corpus, 'newsquant', 'newsquant-dev.json'), 'utf8'));
    const items = data.map((d) => ({
      text: d.text,
      gold: d.quantities.map((q) => ({ value: parseGoldValue(q.value), unit: q.normalized_unit, change: q.change })).filter((g) => g.value != null),
    }));
    const ours = score(items, (text) => analyze(text).figures.filter((f) => f.kind !== 'date' && f.kind !== 'ordinal'));
    const peer = peerScore(items);
    const metric = (name, key, anchor, target) => ({ metric: name, value: ours[key], unit: '%', peer: peer ? peer[key] : null, anchor, target });
    return {
      metrics: [
        metric('value precision', 'P', '', ''),
        metric('value recall', 'R', '', ''),
        metric('value F1', 'F', 'CQE 92.0; Recognizers-Text 69.1', '≥85 (v1); ≥93'),
        metric('value+unit precision', 'Pu', '', ''),
        metric('value+unit recall', 'Ru', '', ''),
        metric('value+unit F1', 'Fu', 'CQE 85.6; Recognizers-Text 34.2', '≥70 (v1); ≥87'),
      ],
      misses: ours.misses,
    };
  },
};
