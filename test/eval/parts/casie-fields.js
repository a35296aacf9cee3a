// CASIE per-type incident fields (schema 2, src/core/incidents/fields.ts): ransom amounts, CVE ids, and the
// vulnerable product, discoverer and patch releaser, article by article on Actual events. Dev is the score; beside it
// the same scorer over casie/train. These fields are read by rule (field-rules.ts) and nothing is fitted to train, so
// the train figure plays the part of the cross-validated one: a large gap would mean rules tuned to dev.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { events, nameMatch, parseNumber, TYPE_OF } = require('../incidents-score');

const MEASURES = {
  'ransom amounts': { role: 'Price', target: 'R ≥ 80', gold: (a) => parseNumber(a.text.replace(/[$€£]/g, ' ')), pred: (i) => i.fields.ransom.flatMap((r) => [r.amount, r.equivalent?.amount]), match: (g, p) => Math.abs(g - p) <= Math.abs(g) * 0.01 },
  'CVE ids': { role: 'CVE', target: 'R ≥ 95', gold: (a) => (/CVE-\d{4}-\d+/i.exec(a.text) || [null])[0]?.toUpperCase() ?? null, pred: (i) => i.fields.cves.map((c) => c.text.toUpperCase().replace(/[‐‑–]/g, '-')), match: (g, p) => g === p },
  'vulnerable products': { role: 'Vulnerable_System', named: true, pred: (i) => [i.fields.product?.text], match: nameMatch },
  discoverers: { role: 'Discoverer', named: true, pred: (i) => [i.fields.discoverer?.text], match: nameMatch },
  places: { role: 'Place', named: true, pred: (i) => [i.fields.place?.text], match: nameMatch },
  'patch releasers': { role: 'Releaser', named: true, pred: (i) => [i.fields.patchedBy?.text], match: nameMatch },
  // When it happened: one of the two phrases holds the other ("Monday" in "Monday night", "May 2016" in "in May 2016").
  dates: { role: 'Time', pred: (i) => [i.fields.date?.text], match: (g, p) => sameWhen(g, p) },
};

const when = (t) => t.toLowerCase().replace(/\s+/g, ' ').replace(/[.,]+$/, '').trim();
const sameWhen = (g, p) => !!when(p) && (when(g).includes(when(p)) || when(p).includes(when(g)));

const isNamed = (t) => /^[\p{Lu}\d]/u.test(t.replace(/^(?:the|a|an)\s+/i, ''));

function score(analyze, dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort((a, b) => parseInt(a) - parseInt(b));
  const tally = Object.fromEntries(Object.keys(MEASURES).map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const misses = {};
  for (const f of files) {
    const ann = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const actual = events(ann).filter((e) => e.realis === 'Actual' && TYPE_OF[e.subtype]);
    const args = (role) => actual.flatMap((e) => (e.argument || []).filter((a) => a.role.type === role));
    const wanted = Object.values(MEASURES).some((m) => args(m.role).length);
    if (!wanted) continue;
    const incidents = analyze(ann.content).incidents;
    for (const [name, m] of Object.entries(MEASURES)) {
      const goldAll = args(m.role).filter((a) => !m.named || isNamed(a.text)).map((a) => (m.gold ? m.gold(a) : a.text)).filter((v) => v != null);
      const gold = [...new Map(goldAll.map((g) => [String(g).toLowerCase(), g])).values()];
      const pred = [...new Set(incidents.flatMap(m.pred).filter((v) => v != null))];
      const t = tally[name];
      for (const g of gold) {
        if (pred.some((p) => m.match(g, p))) t.tp++;
        else {
          t.fn++;
          (misses[`${name} missed`] ??= []).push(`${f} ${g} (ours: ${pred.join(', ') || 'none'})`);
        }
      }
      if (gold.length) t.fp += pred.filter((p) => !gold.some((g) => m.match(g, p))).length;
    }
  }
  return { tally, misses };
}

function prf({ tp, fp, fn }) {
  const p = tp + fp ? (100 * tp) / (tp + fp) : 0;
  const r = tp + fn ? (100 * tp) / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, n: tp + fn };
}
const show = (m) => `${m.p.toFixed(1)} / ${m.r.toFixed(1)} / ${m.f1.toFixed(1)} (n=${m.n})`;

module.exports = {
  name: 'casie-fields',
  aliases: ['fields'],
  source: 'CASIE dev',
  matching: 'per article, Actual events; amounts within 1% (coins as stated), CVE ids exact (upper case), names as the casie part matches them (named arguments only); precision counted on articles with gold for the measure',
  note: 'casie-fields: P / R / F1 (n = gold items); ours = dev, peer = casie/train through the same rules (nothing fitted: the train figure stands in for cross-validation).',
  run({ analyze, corpus }) {
    const dev = score(analyze, path.join(corpus, 'casie', 'dev', 'annotation'));
    const train = score(analyze, path.join(corpus, 'casie', 'train', 'annotation'));
    return {
      metrics: Object.keys(MEASURES).map((k) => ({ metric: `${k} P / R / F1`, value: show(prf(dev.tally[k])), peer: show(prf(train.tally[k])), target: MEASURES[k].target })),
      misses: dev.misses,
    };
  },
};
