// The one CASIE incident scorer: the eval's casie part (dev) and the incident trainer's cross-validation (train folds)
// both call it, so the two figures they print side by side are computed the same way.
//
// Gold, per article, from events whose realis is Actual: the set of types (Databreach → breach, Phishing → phishing,
// Ransom → ransomware, Discover/PatchVulnerability → vulnerability); named Victim and Attacker arguments; numeric
// Number-of-Victim / Number-of-Data arguments. Predicted: the incidents' types (of those four), their victim and
// `victims`, their attacker, suspected and further `attackers`, their record values. Every measure is precision,
// recall and F1 over the same per-article sets (deduplicated), summed over articles (micro).
'use strict';

const TYPE_OF = { Databreach: 'breach', Phishing: 'phishing', Ransom: 'ransomware', DiscoverVulnerability: 'vulnerability', PatchVulnerability: 'vulnerability' };
const TYPES = ['breach', 'phishing', 'ransomware', 'vulnerability'];
const MATCHING =
  'types: set per article; names: equal after dropping case, determiners, "\'s", punctuation and corporate suffixes, or one is the other\'s acronym, or the shorter is the first or last words of the longer (never a shared middle word); counts: within 1%';

const WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, fifty: 50, hundred: 100 };
const SCALE = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12 };

/** "9.4 million" → 9400000, "Six million" → 6000000, "87GB" → 87; vague ones ("millions", "several") → null. */
function parseNumber(s) {
  const t = s.toLowerCase().replace(/[–-]plus\b/, '').trim();
  let m = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|k|m|b)?\b/.exec(t);
  if (m) {
    const v = Number(m[1].replace(/,/g, ''));
    return m[2] ? v * SCALE[m[2]] : v;
  }
  m = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|hundred)\s*(thousand|million|billion|trillion)?\b/.exec(t);
  if (m && !/\b(hundreds|thousands|millions|billions)\b/.test(t)) return WORDS[m[1]] * (m[2] ? SCALE[m[2]] : 1);
  return null;
}

const DETERMINERS = /^(the|a|an|its|their|his|her|our|your|this|that|these|those|all)\s+/;
const SUFFIXES = /\s+(inc|corp|corporation|ltd|llc|co|plc|group|limited)$/;

function normName(s) {
  let t = s.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}&.\s-]/gu, ' ');
  t = t.replace(/\.(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(DETERMINERS, '').replace(SUFFIXES, '').trim();
  }
  return t;
}

/** "D&B" ~ "Dun & Bradstreet": the capitals of one are the initials of the other's capitalised words (a leading
 * article and a parenthetical left out: "The Example Hotels Group (EHG)" ~ "EHG"). */
const initials = (s) => s.replace(/\([^)]*\)/g, ' ').trim().replace(/^(?:the|a|an)\s+/i, '').split(/[\s&-]+/).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join('');
const acronym = (short, long) => {
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 2 && short.replace(/[^\p{L}]/gu, '') === letters && initials(long) === letters;
};
/** The shorter name is the first or the last words of the longer ("Verizon" ~ "Verizon Communications", "Smith" ~
 * "John Smith"), at least 3 characters: a surname or a head name, not any shared word. */
const edgeOf = (long, short) => short.length >= 3 && (long.startsWith(`${short} `) || long.endsWith(` ${short}`));

function nameMatch(gold, pred) {
  const g = normName(gold);
  const p = normName(pred);
  if (!g || !p) return false;
  return g === p || edgeOf(g, p) || edgeOf(p, g) || acronym(gold, pred) || acronym(pred, gold);
}

/** A name, not a description: after dropping a parenthetical, its last word is capitalised or a number, or it is a
 * domain; a one-word capitalised common noun used in lower case elsewhere in the article is not a name. */
function isName(text, content) {
  const t = text.replace(/\([^)]*\)/g, ' ').replace(/[\s.,;:'’"]+$/, '').trim();
  if (!/\s/.test(t) && /^\p{Lu}\p{Ll}+$/u.test(t) && new RegExp(`(?<![\\w.@/])${t.toLowerCase()}(?![\\w@]|\\.\\w)`).test(content)) return false;
  if (/^[\w-]+(\.[\w-]+)*\.(com|net|org|io|co|gov|edu|uk)$/i.test(t)) return true;
  const last = t.split(/\s+/).pop() || '';
  return /^[\p{Lu}\p{N}]/u.test(last);
}

const events = (ann) => ((ann.cyberevent && ann.cyberevent.hopper) || []).flatMap((h) => h.events);

function goldOf(ann) {
  const actual = events(ann).filter((e) => e.realis === 'Actual' && TYPE_OF[e.subtype]);
  const args = (role) => actual.flatMap((e) => (e.argument || []).filter((a) => a.role.type === role));
  const uniq = (list, key) => [...new Map(list.map((x) => [key(x), x])).values()];
  const names = (role) => uniq(args(role).filter((a) => isName(a.text, ann.content)).map((a) => a.text), normName);
  const numbers = uniq([...args('Number-of-Victim'), ...args('Number-of-Data')].map((a) => parseNumber(a.text)).filter((v) => v != null), String);
  return { types: [...new Set(actual.map((e) => TYPE_OF[e.subtype]))], victims: names('Victim'), attackers: names('Attacker'), numbers };
}

/** Predicted names pass the same isName test as the gold ones ("hackers" is not a named attacker on either side). */
function predictedOf(incidents, content) {
  const uniq = (list) => [...new Map(list.filter((x) => x && isName(x, content)).map((x) => [normName(x), x])).values()].filter((x) => normName(x));
  return {
    types: [...new Set(incidents.map((i) => i.type).filter((t) => TYPES.includes(t)))],
    victims: uniq(incidents.flatMap((i) => [i.victim, ...(i.victims || [])])),
    attackers: uniq(incidents.flatMap((i) => [i.attacker, i.suspected, ...(i.attackers || [])])),
    numbers: [...new Set(incidents.flatMap((i) => i.records.map((r) => r.value)))],
  };
}

const closeNumber = (a, b) => Math.abs(a - b) <= 0.01 * Math.abs(b);

/** Precision side and recall side of one measure in one article. */
function count(gold, pred, match) {
  const tp = gold.filter((g) => pred.some((p) => match(g, p))).length;
  const right = pred.filter((p) => gold.some((g) => match(g, p))).length;
  return { found: tp, gold: gold.length, right, pred: pred.length };
}

function emptyTally() {
  const t = { victims: zero(), attackers: zero(), numbers: zero(), types: {} };
  for (const k of TYPES) t.types[k] = { tp: 0, fp: 0, fn: 0 };
  return t;
}
function zero() {
  return { found: 0, gold: 0, right: 0, pred: 0 };
}
const add = (into, c, w = 1) => Object.keys(into).forEach((k) => (into[k] += w * c[k]));

/** Adds tally `from` into `into`, each count times `weight` (cross-validation weighs train articles to dev's strata). */
function addTally(into, from, weight = 1) {
  for (const key of ['victims', 'attackers', 'numbers']) add(into[key], from[key], weight);
  for (const k of TYPES) add(into.types[k], from.types[k], weight);
}

/** Adds one article to the tally; returns its misses (cause → examples) for the report. */
function scoreArticle(tally, ann, incidents) {
  const gold = goldOf(ann);
  const pred = predictedOf(incidents, ann.content);
  const misses = [];
  for (const k of TYPES) {
    const g = gold.types.includes(k);
    const p = pred.types.includes(k);
    if (g && p) tally.types[k].tp++;
    else if (g) {
      tally.types[k].fn++;
      misses.push([`${k} article without a ${k} incident`, '']);
    } else if (p) {
      tally.types[k].fp++;
      misses.push([`${k} incident without an actual ${k} event`, '']);
    }
  }
  const names = (key) => {
    const c = count(gold[key], pred[key], nameMatch);
    add(tally[key], c);
    for (const g of gold[key]) if (!pred[key].some((p) => nameMatch(g, p))) misses.push([`named ${key.slice(0, -1)} not found`, `"${g}" ours=[${pred[key].join('; ')}]`]);
    for (const p of pred[key]) if (!gold[key].some((g) => nameMatch(g, p))) misses.push([`predicted ${key.slice(0, -1)} not in the gold`, `"${p}" gold=[${gold[key].join('; ')}]`]);
  };
  names('victims');
  names('attackers');
  add(tally.numbers, count(gold.numbers, pred.numbers, closeNumber));
  return misses;
}

const pct = (x) => Math.round(x * 1000) / 10;
function prf({ tp, fp, fn }) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p: pct(p), r: pct(r), f1: pct(p + r ? (2 * p * r) / (p + r) : 0) };
}
const fromSets = (c) => prf({ tp: c.found, fn: c.gold - c.found, fp: c.pred - c.right });

/** Figures of a tally: { 'type micro': {p, r, f1}, 'type breach': ..., victims, attackers, 'record counts' }. */
function summarise(tally) {
  const micro = { tp: 0, fp: 0, fn: 0 };
  const out = {};
  for (const k of TYPES) {
    add(micro, tally.types[k]);
    out[`type ${k}`] = prf(tally.types[k]);
  }
  return { 'type micro': prf(micro), ...out, 'named victims': fromSets(tally.victims), 'named attackers': fromSets(tally.attackers), 'record/victim counts': fromSets(tally.numbers) };
}

module.exports = { TYPES, TYPE_OF, MATCHING, goldOf, predictedOf, nameMatch, isName, normName, parseNumber, emptyTally, addTally, scoreArticle, summarise, events };
