// CASIE train articles for the incident trainer: read in a fixed order, prepared once by the engine, with each
// event nugget and argument span placed on the engine's sentences. 33 articles have offsets off by one or more:
// a span whose offsets do not hold its text is moved to the nearest occurrence of that text.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { CORPUS } = require('./require-ts');
const score = require('../../../test/eval/incidents-score');

/** [start, end) of `span` in `content`, recovered by the nearest occurrence when its offsets are off; null if absent. */
function align(content, span) {
  const { text, startOffset: s } = span;
  if (content.slice(s, s + text.length) === text) return [s, s + text.length];
  let best = -1;
  for (let i = content.indexOf(text); i >= 0; i = content.indexOf(text, i + 1)) if (best < 0 || Math.abs(i - s) < Math.abs(best - s)) best = i;
  return best < 0 ? null : [best, best + text.length];
}

const sentenceAt = (sentences, offset) => sentences.findIndex((s) => s.start <= offset && offset < s.end);

/** Every train article: { id, ann, prep, labels: Set<type>[] per sentence (Actual events' nuggets), roles: the
 * label of each candidate name (roleLabels) }. */
function loadArticles(engine, split = 'train') {
  const dir = path.join(CORPUS, 'casie', split, 'annotation');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort((a, b) => parseInt(a) - parseInt(b));
  return files.map((f) => {
    const ann = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const prep = engine.prepare(ann.content);
    const labels = prep.sentences.map(() => new Set());
    for (const e of score.events(ann)) {
      const type = score.TYPE_OF[e.subtype];
      if (!type || e.realis !== 'Actual' || !e.nugget) continue;
      const at = align(ann.content, e.nugget);
      const si = at ? sentenceAt(prep.sentences, at[0]) : -1;
      if (si >= 0) labels[si].add(type);
    }
    const roles = roleLabels(ann, prep);
    return { id: f, ann, prep, labels, roles, stratum: stratumOf(ann) };
  });
}

/**
 * The role label of each candidate name: victim / attacker when it overlaps an Actual event's Victim / Attacker span,
 * or when it is another mention of such a name (the article-level scorer's name matching: the annotators mark one
 * mention, the engine may find the victim at any); 'unknown' when it is the Attacker of only a Generic / Other event
 * (a gang the article names as the author of attacks in general is an attacker's kind of name, not a negative: the
 * role model leaves it out of training); else none.
 */
function roleLabels(ann, prep) {
  const spans = { Victim: [], Attacker: [], Generic: [] };
  const names = { Victim: [], Attacker: [], Generic: [] };
  for (const e of score.events(ann)) {
    if (!score.TYPE_OF[e.subtype]) continue;
    for (const arg of e.argument || []) {
      const role = e.realis === 'Actual' ? arg.role.type : arg.role.type === 'Attacker' ? 'Generic' : null;
      const where = spans[role] && align(ann.content, arg);
      if (!where) continue;
      spans[role].push(where);
      if (score.isName(arg.text, ann.content)) names[role].push(arg.text);
    }
  }
  const is = (c, role) => spans[role].some(([a, b]) => c.start < b && a < c.end) || names[role].some((n) => score.nameMatch(n, c.text));
  return prep.roles.candidates.map((c) => (is(c, 'Victim') ? 'victim' : is(c, 'Attacker') ? 'attacker' : is(c, 'Generic') ? 'unknown' : 'none'));
}

/**
 * The stratum an article belongs to in the dev split's sampling design (casie/SOURCE.txt): a Databreach event with a
 * Number-of-Victim / Number-of-Data argument, another Databreach article, else the type with the most events.
 */
function stratumOf(ann) {
  const all = score.events(ann);
  const breaches = all.filter((e) => e.subtype === 'Databreach');
  if (breaches.some((e) => (e.argument || []).some((a) => /^Number-of-(?:Victim|Data)$/.test(a.role.type)))) return 'breach+count';
  if (breaches.length) return 'breach';
  const n = {};
  for (const e of all) if (score.TYPE_OF[e.subtype]) n[score.TYPE_OF[e.subtype]] = (n[score.TYPE_OF[e.subtype]] || 0) + 1;
  return Object.keys(n).sort((a, b) => n[b] - n[a] || (a < b ? -1 : 1))[0] || 'none';
}

/** Dev's strata sizes as SOURCE.txt states them (not read from dev): 60 articles. */
const DEV_STRATA = { 'breach+count': 30, breach: 10, ransomware: 8, phishing: 6, vulnerability: 6 };

/** Per article, the weight that makes train's strata mix the dev split's (each stratum sums to its dev size). */
function devWeights(articles) {
  const n = {};
  for (const a of articles) n[a.stratum] = (n[a.stratum] || 0) + 1;
  return new Map(articles.map((a) => [a.id, (DEV_STRATA[a.stratum] || 0) / n[a.stratum]]));
}

/** Cyber words: a political article without any has no sentence the incident model could take for an incident. */
const CYBER = /\b(?:hack\w*|breach\w*|cyber\w*|ransomware|phishing|espionage|malware|leak\w*|stole|stolen)\b/i;

/**
 * Fair negatives: the sentences with a trigger word of the PolNeAR train articles (political news, no cyber
 * incident annotated; "breach of trust", "leaked memo", "Russian hacking" allegations), as feature lists.
 * They teach the type model that a trigger word in political talk is not an incident.
 */
function loadNegatives(engine) {
  const dir = path.join(CORPUS, 'polnear', 'train', 'text');
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    if (!CYBER.test(text)) continue;
    for (const features of engine.prepare(text).inputs) if (features.some((x) => x.startsWith('t='))) out.push(features);
  }
  return out;
}

module.exports = { align, sentenceAt, loadArticles, roleLabels, loadNegatives, stratumOf, devWeights, DEV_STRATA };
