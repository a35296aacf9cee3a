// PolNeAR articles and their gold quotes, read alike for the eval (dev and train) and the speaker trainer.
// Gold quotes: Content fragments bounded by quotation marks, and the double-quoted stretches inside other Content
// fragments. Each carries its Source span. A Source with no name words ("he", "the official") gets a referent: on dev
// the hand resolution of pronoun-gold-dev.json; on train (no hand resolution) a silver one, the nearest earlier gold
// Source that names one person (its agreement with the hand resolution on dev is printed beside it).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { nameTokens, sameSpeaker } = require('./score');

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

/** A Source that stands for one named person or body: not a plural group ("aides", "Few people", "Delegates"). */
function namesOne(text) {
  if (!nameTokens(text).length) return false;
  const words = text.trim().split(/\s+/);
  const lastRaw = words[words.length - 1];
  const last = lastRaw.replace(/[^A-Za-z]/g, '');
  if (/s$/.test(last) && !/[’']s$/.test(lastRaw) && (words.length === 1 || /^[a-z]/.test(last))) return false;
  return !(/^(?:a|an|few|many|some|several|other)\b/i.test(text.trim()) && !text.includes(','));
}

/** The gold quotes of one article, each with its Source span (or null). */
function goldQuotesOf(text, spans, relations) {
  const sourceOf = new Map();
  for (const r of relations) if (r.content && r.source && !sourceOf.has(r.content)) sourceOf.set(r.content, spans.get(r.source));
  const out = [];
  const seen = new Set();
  const add = (start, end, sp, direct) => {
    if (end - start < 1 || seen.has(`${start}:${end}`)) return;
    seen.add(`${start}:${end}`);
    out.push({ start, end, direct, source: sourceOf.get(sp.id) || null });
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
        add(qs, qe, sp, true);
        continue;
      }
      // A Content span that is not one quote may hold quoted words: "said the plan was “a mistake” and ...".
      for (const m of text.slice(s, e).matchAll(/“([^“”]+)”|"([^"]+)"/g)) add(s + m.index + 1, s + m.index + m[0].length - 1, sp, false);
    }
  }
  return out;
}

let lexicon = null;
/** 'm' / 'f' for a Source naming a man or a woman (a title, a first name the engine's word list knows), else null. */
function genderOf(sourceText, articleText) {
  lexicon ??= require('../../scripts/train/lib/require-ts').requireTs('src/core/lexicon.ts');
  const words = sourceText.split(/\s+/).map((w) => w.toLowerCase().replace(/[^a-z.]/g, ''));
  if (words.some((w) => lexicon.MALE_TITLES.has(w))) return 'm';
  if (words.some((w) => lexicon.FEMALE_TITLES.has(w))) return 'f';
  // The given name is the word before the surname in the first run of capitalised words ("Sen. Ada Roe, who ...").
  const run = (/(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*/u.exec(sourceText)?.[0] ?? '').split(/\s+/);
  const given = run.length >= 2 ? run[run.length - 2].replace(/[^\p{L}]/gu, '') : '';
  const g = given ? lexicon.firstNameGender(given) : null;
  if (g === 'm' || g === 'f') return g;
  const surname = run.at(-1)?.replace(/[’']s$/u, '').replace(/[^\p{L}-]/gu, '');
  if (surname && surname.length > 1) {
    if (new RegExp(`\\bMr\\.? ${surname}\\b`).test(articleText)) return 'm';
    if (new RegExp(`\\bM(?:rs|s)\\.? ${surname}\\b`).test(articleText)) return 'f';
  }
  return null;
}

const PRONOUN_GENDER = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f' };

/** Name runs that are bodies, places or works, not someone a "he" or "she" stands for. */
const NOT_PERSON = /\.com\b|\b(?:Watch|Street|News|Post|Times|Journal|Department|Committee|Party|Association|Institute|Foundation|Campaign|Council|Commission|Board|Agency|Ministry|Court|Office|Group|Center|Centre|Fund|Bank|University|College|Union|Network|Magazine|Press|Act)\b/;

/**
 * The name a Source stands for as a referent: a possessor stands for the owner ("Ada Roe’s tweet" → Ada Roe), and a
 * Source ending in a common noun with no name before a comma ("the editorial", "WSJ editorial") names no person.
 */
function personPart(t) {
  for (const part of t.trim().split(/\s+(?:who|which|of)\s/)[0].split(',')) {
    const head = part.trim();
    const possessor = /^(.*?\p{Lu}[\p{L}.-]*)[’']s?\s+\p{Ll}/u.exec(head);
    if (possessor) return possessor[1];
    if (/\p{Lu}[\p{L}.’'-]*\)?$/u.test(head)) return head; // "his wife, Jane": the name after the comma
  }
  return null;
}

/**
 * The silver referent of a Source with no name words: the nearest earlier Source naming one person (of the pronoun's
 * gender, for he and she), or null. `strict` (the rule the eval uses on train): "he" and "she" skip Sources that
 * name a body or a thing ("Outsports.com", "the WSJ editorial"), a possessor stands for its owner, and a relative
 * "who"/"which" takes the name just before it ("the Daily Beast, which ran …"). Chosen against the hand-checked
 * train sample (test/eval/polnear-train-hand.json); `strict: false` is the earlier rule, kept for the comparison.
 */
function silverReferent(spans, source, articleText, strict = true) {
  const at = source.ranges[0][0];
  const word = (source.text || '').trim().toLowerCase();
  const g = PRONOUN_GENDER[word] ?? null;
  if (strict && /^(?:who|which|that)$/.test(word)) {
    const run = /((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*)*),?\s*$/u.exec(articleText.slice(Math.max(0, at - 80), at));
    if (run) return run[1];
  }
  // "the Vermont senator" is itself a description, not a name; "the Daily News" is one.
  const described = (t) => /^the\s/i.test(t.trim()) && !/\p{Lu}[\p{L}.’'-]*\s+\p{Lu}/u.test(t);
  const before = [...spans.values()].filter((s) => s.type === 'Source' && s.ranges[0][0] < at && namesOne(s.text) && !described(s.text));
  before.sort((a, b) => b.ranges[0][0] - a.ranges[0][0]);
  // A surname alone takes the gender of a fuller Source of the article ("Sen. Ada Roe" … "Roe").
  const bySurname = new Map();
  for (const s of spans.values()) {
    if (s.type !== 'Source' || !namesOne(s.text)) continue;
    const sg = genderOf(s.text, articleText);
    const surname = nameTokens(s.text).at(-1);
    if (sg && surname && !bySurname.has(surname)) bySurname.set(surname, sg);
  }
  const genderOfSource = (s) => genderOf(s.text, articleText) ?? (nameTokens(s.text).length === 1 ? bySurname.get(nameTokens(s.text)[0]) : null);
  const person = (s) => !strict || (personPart(s.text) != null && !NOT_PERSON.test(personPart(s.text)));
  // He or she: not a body ("the FBI"), not someone of the other gender.
  const best = before.find((s) => !g || ((genderOfSource(s) ?? g) === g && !(genderOfSource(s) == null && /^the\s/i.test(s.text.trim())) && person(s)));
  if (!best) return null;
  return strict && g ? personPart(best.text) : best.text;
}

/**
 * The articles of a split: { base, text, quotes: [{ start, end, direct, source, goldName, resolved }] }, where
 * goldName is the Source when it names someone, else its referent (hand on dev, silver on train), and `resolved`
 * says the quote counts for the pronoun/description measure. One annotation file per article (on dev, the one the
 * hand resolution used). `silver`: silver referents also on dev, to compare the splits by the same yardstick.
 */
function readSplit(corpus, split, { silver = split !== 'dev' } = {}) {
  const dir = path.join(corpus, 'polnear', split);
  const hand = split === 'dev' ? JSON.parse(fs.readFileSync(path.join(corpus, 'polnear', 'pronoun-gold-dev.json'), 'utf8')) : [];
  const preferredAnn = new Map(hand.map((p) => [p.file, p.ann]));
  const handBy = new Map(hand.map((p) => [`${p.file}@${p.source[0]}`, p]));
  const checked = trainHand(corpus, split);
  const anns = fs.readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const out = [];
  for (const file of fs.readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const base = file.replace(/\.txt$/, '');
    const ann = preferredAnn.get(file) || anns.find((a) => a.startsWith(`${base}_`));
    if (!ann) continue;
    const text = fs.readFileSync(path.join(dir, 'text', file), 'utf8');
    const { spans, relations } = parseAnn(fs.readFileSync(path.join(dir, 'attributions', ann), 'utf8'));
    const quotes = goldQuotesOf(text, spans, relations).map((g) => {
      const src = g.source;
      if (!src) return { ...g, goldName: null, resolved: false };
      if (!silver) {
        const pg = handBy.get(`${file}@${src.ranges[0][0]}`);
        if (pg) return { ...g, goldName: pg.name, resolved: true };
        return { ...g, goldName: nameTokens(src.text).length ? src.text : null, resolved: false };
      }
      if (nameTokens(src.text).length) return { ...g, goldName: src.text, resolved: false };
      // handName: the hand-checked referent where the train sample holds this Source (null: no one named person).
      const handName = checked.get(`${file}@${src.ranges[0][0]}`);
      return { ...g, goldName: silverReferent(spans, src, text), resolved: true, ...(handName !== undefined ? { handName } : {}) };
    });
    out.push({ base, file, text, spans, quotes });
  }
  return out;
}

const TRAIN_HAND = path.join(__dirname, 'polnear-train-hand.json');
/**
 * The hand-checked train sample (test/eval/polnear-train-hand.json): 170 Sources with no name words drawn at random
 * (seeded) from PolNeAR train, each resolved by reading the article: `${file}@${start}` → name (null: a group, or
 * nobody named). It measures how far the silver rule, and the engine, are from a hand resolution on train. The first
 * 90 were drawn in one round; the last 80 in a later one, to make the figure less noisy: the Sources of gold quotes
 * not already in the file, sorted by `${file}@${start}`, shuffled with mulberry32 seed 20261130 (Fisher-Yates), the
 * first 80 resolved by reading the text before each (the engine's answer not shown).
 */
function trainHand(corpus, split) {
  if (split !== 'train' || !fs.existsSync(TRAIN_HAND)) return new Map();
  return new Map(JSON.parse(fs.readFileSync(TRAIN_HAND, 'utf8')).map((p) => [`${p.file}@${p.source[0]}`, p.name]));
}

/** How often the silver referent names the hand-resolved person on dev: [agreeing, compared]. */
function silverAgreement(corpus) {
  const hand = JSON.parse(fs.readFileSync(path.join(corpus, 'polnear', 'pronoun-gold-dev.json'), 'utf8'));
  let agree = 0, n = 0;
  for (const p of hand) {
    if (!p.name) continue;
    const { spans } = parseAnn(fs.readFileSync(path.join(corpus, 'polnear', 'dev', 'attributions', p.ann), 'utf8'));
    const text = fs.readFileSync(path.join(corpus, 'polnear', 'dev', 'text', p.file), 'utf8');
    const silver = silverReferent(spans, { ranges: [p.source], text: p.sourceText }, text);
    n++;
    if (silver && (sameSpeaker(p.name, silver) || sameSpeaker(silver, p.name))) agree++;
  }
  return [agree, n];
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one: each gold quote takes the unused predicted quote that overlaps it most, covering half of both. */
function matchQuotes(gold, predicted) {
  const used = new Set();
  return gold.map((g) => {
    const fits = (q) => !used.has(q) && overlap(q, g) * 2 >= g.end - g.start && overlap(q, g) * 2 >= q.end - q.start;
    const hit = predicted.filter(fits).sort((a, b) => overlap(b, g) - overlap(a, g))[0] || null;
    if (hit) used.add(hit);
    return hit;
  });
}

module.exports = { _parseAnn: parseAnn, _silverReferent: silverReferent, readSplit, matchQuotes, silverAgreement, overlap, namesOne };
