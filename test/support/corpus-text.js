#!/usr/bin/env node
// Finds corpus text in src/ (or in the folders given on the command line): runs of RUN or more words of any corpus file, and multi-word capitalised names that the
// corpus's articles use. Shared by test/unit/no-corpus-text.test.js; run directly to list the hits.
//
// Words are compared normalised (lower case, curly apostrophes straight, punctuation dropped except inside a word such
// as "well-known"; "3.5" is two words), so a quote re-wrapped in a comment still matches. The src/ shingles are hashed into a
// Map (small); each corpus file is then streamed once and every window of RUN words looked up, so the whole corpus
// (tens of MB) is checked in seconds. A hash hit is confirmed on the words themselves.
const fs = require('node:fs');
const path = require('node:path');

const RUN = Number(process.env.CORPUS_TEXT_RUN) || 8;
const WORD = /\p{L}+(?:['-]\p{L}+)*|\p{N}+/gu;

function walk(dir, keep, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, keep, out);
    else if (keep(e.name)) out.push(p);
  }
  return out.sort();
}

/** A file's text: for JSON, its string values only (keys are the format, not the text); otherwise as stored. */
function textOf(file) {
  const raw = fs.readFileSync(file, 'utf8');
  if (!file.endsWith('.json')) return raw;
  try {
    const parts = [];
    const visit = (v) => {
      if (typeof v === 'string') parts.push(v);
      else if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') Object.values(v).forEach(visit);
    };
    visit(JSON.parse(raw));
    return parts.join('\n');
  } catch {
    return raw;
  }
}

const words = (text) => (text.replace(/[’‘]/g, "'").match(WORD) || []);

/** FNV-1a of one word, 32 bits. */
function wordHash(w) {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
/** Two independent 32-bit mixes of RUN word hashes, folded into one safe integer key. */
function windowKey(hs, at) {
  let a = 0x9e3779b9, b = 0x85ebca6b;
  for (let k = at; k < at + RUN; k++) {
    a = Math.imul(a ^ hs[k], 0xcc9e2d51);
    a = (a << 13) | (a >>> 19);
    b = Math.imul(b + hs[k], 0x1b873593) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

function srcShingles(srcFiles) {
  const map = new Map(); // key → [{ file, line, words }]
  for (const [file, text] of srcFiles) {
    const tokens = [];
    for (const m of text.replace(/[’‘]/g, "'").matchAll(WORD)) tokens.push({ w: m[0].toLowerCase(), at: m.index });
    const hs = tokens.map((t) => wordHash(t.w));
    for (let i = 0; i + RUN <= tokens.length; i++) {
      const key = windowKey(hs, i);
      const line = text.slice(0, tokens[i].at).split('\n').length;
      const entry = { file, line, words: tokens.slice(i, i + RUN).map((t) => t.w).join(' ') };
      if (map.has(key)) map.get(key).push(entry);
      else map.set(key, [entry]);
    }
  }
  return map;
}

// --- names ---
// Capitalised words that start a phrase without being part of a name ("The", "In", "When").
const LEADING = new Set('the a an and or but if in on at to for of by with from as this that these those when while where what which who why how it its he she they we you i my our their his her not no all any each every some one new old see eg ie note'.split(' '));
const CONNECT = new Set(['of', 'de', 'van', 'von', 'da', 'al', 'bin', 'la', 'le', 'del']);
const CAP = /^\p{Lu}[\p{Ll}'’.-]*\p{L}?$|^\p{Lu}\.?$/u;
// Words that never make a phrase a corpus name on their own: titles, organisation words, days, months, country
// abbreviations and demonyms. "French President" or "Group Inc" is general; "Ada Lovelace" is a name.
const GENERAL_WORDS = new Set(`mr mrs ms dr sir president vice sen senator rep representative gov governor mayor minister
  secretary chief judge justice general prime chairman chairwoman ceo director spokesman spokeswoman officer office
  inc corp co ltd llc plc group company university college school association department ministry agency council court
  committee party union institute bank house senate congress parliament state states united national federal
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december u.s u.k us uk eu american british english french german chinese russian
  iranian israeli japanese korean indian european african asian canadian mexican australian italian spanish`.split(/\s+/));
// General names any news text uses: places, products and institutions, never people, victims or attackers.
const GENERAL_NAMES = ['New York', 'Los Angeles', 'San Francisco', 'Des Moines', 'Wall Street', 'White House', 'Supreme Court',
  'Amazon Web Services', 'Google Cloud', 'Adobe Flash', 'Apache Struts', 'Internet of Things'];

/** Multi-word capitalised runs in a text ("Ada Lovelace", "Bank of Somewhere"), each sub-run of two words or more.
 * Only spaces join the words of a run: "Alpha|Beta" or "Alpha, Beta" are two runs. */
function capitalisedRuns(text) {
  const out = new Set();
  let run = [];
  const flush = () => {
    while (run.length && (CONNECT.has(run[run.length - 1]) || LEADING.has(run[run.length - 1].toLowerCase()))) run.pop();
    while (run.length && LEADING.has(run[0].toLowerCase())) run.shift();
    for (let i = 0; i < run.length; i++) {
      if (CONNECT.has(run[i])) continue;
      for (let j = i + 1; j < run.length; j++) if (!CONNECT.has(run[j])) out.add(run.slice(i, j + 1).join(' '));
    }
    run = [];
  };
  for (const line of text.split('\n')) {
    for (const chunk of line.split(/[ \t]+/)) {
      // "(Ada" or "Lovelace," or "Alpha|Beta": punctuation around or inside a chunk ends the run there.
      const pieces = chunk.split(/[^\p{L}'’.-]+/u);
      pieces.forEach((raw, k) => {
        if (k > 0) flush();
        const t = raw.replace(/^[.'’-]+|[.'’-]+$/gu, '');
        if (!t) return;
        if (CAP.test(t) && t.length > 1 && !/^\p{Lu}{2,}$/u.test(t)) run.push(t);
        else if (CONNECT.has(t) && run.length) run.push(t);
        else flush();
        if (raw !== t && /[.'’]$/.test(raw) && !/^\p{Lu}(\.\p{Lu})*$/u.test(t)) flush(); // "Lovelace." ends a sentence
      });
    }
    flush();
  }
  return out;
}

/** Text written as articles, speeches or posts (not the corpus's README, licences or format specifications). */
const articles = (file) => !/(?:README\.md|SOURCE\.txt)$/.test(file) && !file.includes(`${path.sep}recognizers-text${path.sep}`);

/** The general list of news outlets in src/ (each quoted name with its sub-runs). */
function outletNames(root) {
  const src = fs.readFileSync(path.join(root, 'src', 'core', 'outlets.ts'), 'utf8');
  return [...src.matchAll(/(['"])([^\n]*?)\1/g)].map((m) => m[2]);
}

/**
 * Scans the corpus once: 8-word runs shared with src/, and src/'s capitalised names found in corpus articles, with
 * how often each of their words appears lower-case there (a name made only of ordinary words, "Annual Report", is
 * not a corpus name).
 */
function scan({ root, corpus, dirs = ['src'] }) {
  const srcFiles = dirs.flatMap((d) => walk(path.join(root, d), () => true)).map((p) => [path.relative(root, p), fs.readFileSync(p, 'utf8')]);
  const shingles = srcShingles(srcFiles);
  const names = new Map(); // name → [files in src]
  for (const [file, text] of srcFiles) for (const n of capitalisedRuns(text)) (names.get(n) || names.set(n, []).get(n)).push(file);
  const byFirst = new Set([...names.keys()].map((n) => n.split(' ')[0]));
  const longest = Math.max(0, ...[...names.keys()].map((n) => n.split(' ').length));
  const nameWords = new Set([...names.keys()].flatMap((n) => n.split(' ')).filter((w) => !CONNECT.has(w)).map((w) => w.toLowerCase()));
  const lower = new Map(); // word → lower-case occurrences in the corpus
  const upper = new Map(); // word → capitalised occurrences
  const nameHits = new Map(); // name → first corpus file using it

  const runs = new Map(); // "src file:line" → { file, line, words, corpus }
  let scanned = 0;
  for (const file of walk(corpus, () => true)) {
    const text = textOf(file);
    scanned++;
    const ws = words(text);
    const hs = new Array(ws.length);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      const l = w.toLowerCase();
      hs[i] = wordHash(l);
      if (nameWords.has(l)) (w === l ? lower : upper).set(l, ((w === l ? lower : upper).get(l) || 0) + 1);
    }
    for (let i = 0; i + RUN <= ws.length; i++) {
      const found = shingles.get(windowKey(hs, i));
      if (!found) continue;
      const seq = ws.slice(i, i + RUN).join(' ').toLowerCase();
      for (const e of found) {
        if (e.words !== seq) continue;
        const k = `${e.file}:${e.line}`;
        if (!runs.has(k)) runs.set(k, { ...e, corpus: path.relative(corpus, file) });
      }
    }
    if (!articles(file)) continue;
    for (let i = 0; i < ws.length; i++) {
      if (!byFirst.has(ws[i])) continue;
      let seq = ws[i];
      for (let j = i + 1; j < ws.length && j < i + longest; j++) {
        seq += ` ${ws[j]}`;
        if (names.has(seq) && !nameHits.has(seq)) nameHits.set(seq, path.relative(corpus, file));
      }
    }
  }
  // A corpus name has a word that the corpus seldom writes in lower case: "Lovelace" in "Ada Lovelace", not "Annual".
  const proper = (w) => !GENERAL_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')) && (upper.get(w.toLowerCase()) || 0) > 4 * (lower.get(w.toLowerCase()) || 0);
  const general = [...GENERAL_NAMES, ...outletNames(root)];
  const nameList = [...nameHits]
    .filter(([n]) => n.split(' ').some((w) => !CONNECT.has(w) && proper(w)))
    .filter(([n]) => !general.some((g) => ` ${g} `.includes(` ${n} `)))
    .map(([name, corpusFile]) => ({ name, src: names.get(name), corpus: corpusFile }));
  return { runs: [...runs.values()], names: nameList, scanned, srcShingles: shingles.size };
}

module.exports = { scan, capitalisedRuns, RUN };

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  const corpus = process.env.POLICY_LENS_CORPUS || path.join(root, '..', 'shared', 'corpus');
  const t0 = Date.now();
  const dirs = process.argv.slice(2);
  const r = scan({ root, corpus, dirs: dirs.length ? dirs : undefined });
  for (const h of r.runs) console.log(`run   ${h.file}:${h.line}  "${h.words}"  (${h.corpus})`);
  for (const n of r.names) console.log(`name  ${n.name}  in ${n.src.join(', ')}  (${n.corpus})`);
  console.log(`${r.scanned} corpus files, ${r.srcShingles} src shingles, ${Date.now() - t0} ms`);
}
