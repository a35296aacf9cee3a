// CASIE (AAAI 2020) cyber-security event annotations, dev split (60 articles).
//
// Breach detection (article level): gold positive = the article has an Attack.Databreach event with realis Actual;
// predicted positive = analyze(content).incidents has an incident of type 'breach'. P/R/F1 over articles.
//
// Named-victim recall: gold Victim arguments of Actual Databreach events that are names, deduplicated per article.
// A Victim argument is a name when, after dropping a parenthetical and trailing punctuation, its last word starts
// with a capital letter or digit ("Cathay Pacific Airways", "the Department of Defense", "app Wishbone") or it is a
// domain ("eurostar.com"); "the company", "its customers", "US customers" are descriptions, not names.
// A one-word capitalised common noun used in lower case elsewhere in the article ("Individuals") is not a name
// (a domain such as "verizon.com" does not count as lower-case use).
// Tolerant match: both sides are lower-cased, stripped of a leading determiner/possessive, "'s", punctuation,
// parentheticals and corporate suffixes (Inc, Corp, Ltd, LLC, Co, plc, Group); a gold name is found when some
// incident's victim or `victims` entry (in the same article, any type) equals it, or one contains the other as a
// whole-word sequence of at least 3 characters ("Verizon" ~ "Verizon Communications", "Starwood Hotels" ~
// "hospitality chains Starwood Hotels"), or one is the acronym of the other ("D&B" ~ "Dun & Bradstreet"), or both
// are single words of 5+ letters and one begins the other ("Sanrio" ~ "SanrioTown").
//
// Record-count recall: gold Number-of-Victim / Number-of-Data arguments of Actual Databreach events whose text parses
// to a number ("9.4 million", "Six million", "100,759,591", "87GB" → 87); vague ones ("millions", "hundreds",
// "several") are left out and counted separately. Found when some incident record's value is within 1% of it.
//
// Compromised-data recall: gold Compromised-Data arguments of Actual Databreach events (deduplicated per article);
// found when some incident's dataTypes entry or record `what` shares the head noun (last word, singular) with it or
// contains it / is contained in it as a whole-word sequence.
const fs = require('node:fs');
const path = require('node:path');

const WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, fifty: 50, hundred: 100 };
const SCALE = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12 };

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

const containsWords = (hay, needle) => needle.length >= 3 && (` ${hay} `).includes(` ${needle} `);
/** "D&B" ~ "Dun & Bradstreet", "IHG" ~ "InterContinental Hotels Group": letters of one = initials of the other. */
const initials = (s) => s.split(/[\s&-]+/).filter((w) => /^[\p{Lu}]/u.test(w)).map((w) => w[0]).join('');
const acronym = (short, long) => {
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 2 && short.replace(/[^\p{L}]/gu, '') === letters && initials(long) === letters;
};
/** "Sanrio" ~ "SanrioTown", "SanrioTown.com": a name of 5+ letters that begins a one-word name on the other side. */
const brandPrefix = (a, b) => !a.includes(' ') && !b.includes(' ') && Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
const nameMatch = (gold, pred) => {
  const g = normName(gold);
  const p = normName(pred);
  if (!g || !p) return false;
  return g === p || containsWords(g, p) || containsWords(p, g) || acronym(gold, pred) || acronym(pred, gold) || brandPrefix(g, p);
};

function isName(text, content) {
  const t = text.replace(/\([^)]*\)/g, ' ').replace(/[\s.,;:'’"]+$/, '').trim();
  // A one-word capitalised common noun ("Individuals" opening a sentence) is used in lower case elsewhere.
  if (!/\s/.test(t) && /^\p{Lu}\p{Ll}+$/u.test(t) && new RegExp(`(?<![\\w.@/])${t.toLowerCase()}(?![\\w@]|\\.\\w)`).test(content)) return false;
  if (/^[\w-]+(\.[\w-]+)*\.(com|net|org|io|co|gov|edu|uk)$/i.test(t)) return true;
  const last = t.split(/\s+/).pop() || '';
  return /^[\p{Lu}\p{N}]/u.test(last);
}

const singular = (w) => w.replace(/ies$/, 'y').replace(/(s|x|ch|sh)es$/, '$1').replace(/([^s])s$/, '$1');
const normData = (s) => normName(s).split(/\s+/).map(singular).join(' ');
function dataMatch(gold, pred) {
  const g = normData(gold);
  const p = normData(pred);
  if (!g || !p) return false;
  const head = (x) => x.split(' ').pop();
  return head(g) === head(p) || containsWords(g, p) || containsWords(p, g);
}

function goldOf(ann) {
  const events = ann.cyberevent.hopper.flatMap((h) => h.events);
  const actual = events.filter((e) => e.subtype === 'Databreach' && e.realis === 'Actual');
  const args = actual.flatMap((e) => e.argument || []);
  const uniq = (list) => [...new Map(list.map((a) => [a.text.toLowerCase(), a])).values()];
  return {
    breach: actual.length > 0,
    types: [...new Set(events.map((e) => `${e.subtype}/${e.realis}`))],
    victims: uniq(args.filter((a) => a.role.type === 'Victim' && isName(a.text, ann.content))),
    numbers: uniq(args.filter((a) => a.role.type === 'Number-of-Victim' || a.role.type === 'Number-of-Data')),
    data: uniq(args.filter((a) => a.role.type === 'Compromised-Data')),
  };
}

module.exports = {
  name: 'casie',
  source: 'CASIE dev',
  run({ analyze, corpus }) {
    const dir = path.join(corpus, 'casie', 'dev', 'annotation');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort((a, b) => parseInt(a) - parseInt(b));
    let tp = 0, fp = 0, fn = 0;
    let victims = 0, victimsFound = 0;
    let numbers = 0, numbersFound = 0, vagueNumbers = 0;
    let data = 0, dataFound = 0;
    const misses = {
      'breach article without a breach incident': [],
      'breach incident in an article without an actual breach': [],
      'named victim not found': [],
      'record count not found': [],
      'compromised data not found': [],
    };
    for (const f of files) {
      const ann = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const gold = goldOf(ann);
      const a = analyze(ann.content);
      const incidents = a.incidents;
      const breaches = incidents.filter((i) => i.type === 'breach');
      const title = (ann.info && ann.info.title) || ann.content.slice(0, 80);
      const ours = incidents.map((i) => `${i.type}:${i.victim ?? '—'}`).join('; ') || 'none';
      if (gold.breach && breaches.length) tp++;
      else if (gold.breach) {
        fn++;
        misses['breach article without a breach incident'].push(`${f} "${title}" ours=[${ours}]`);
      } else if (breaches.length) {
        fp++;
        const m = breaches[0].mentions[0];
        misses['breach incident in an article without an actual breach'].push(`${f} "${title}" gold=${gold.types.join(',')} ours=[${ours}] at "${m ? m.text : ''}"`);
      }
      const predVictims = [...new Set(incidents.flatMap((i) => [i.victim, ...(i.victims || [])]).filter(Boolean))];
      for (const v of gold.victims) {
        victims++;
        if (predVictims.some((p) => nameMatch(v.text, p))) victimsFound++;
        else misses['named victim not found'].push(`${f} "${v.text}" ours=[${predVictims.join('; ')}]`);
      }
      const values = incidents.flatMap((i) => i.records.map((r) => r.value));
      for (const n of gold.numbers) {
        const v = parseNumber(n.text);
        if (v == null) {
          vagueNumbers++;
          continue;
        }
        numbers++;
        if (values.some((x) => Math.abs(x - v) <= 0.01 * Math.abs(v))) numbersFound++;
        else {
          const fig = a.figures.find((g) => g.start <= n.startOffset + 2 && g.end >= n.endOffset - 2);
          const why = fig ? `figure ${fig.kind} ${JSON.stringify(fig.value)}` : 'no figure there';
          misses['record count not found'].push(`${f} "${n.text}" (${why}) ctx="${ann.content.slice(Math.max(0, n.startOffset - 60), n.endOffset + 40)}"`);
        }
      }
      const predData = incidents.flatMap((i) => [...i.dataTypes, ...i.records.map((r) => r.what).filter(Boolean)]);
      for (const d of gold.data) {
        data++;
        if (predData.some((p) => dataMatch(d.text, p))) dataFound++;
        else misses['compromised data not found'].push(`${f} "${d.text}" ours=[${predData.join('; ')}]`);
      }
    }
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    return {
      metrics: [
        { metric: 'breach detection P', value: 100 * p, unit: '%' },
        { metric: 'breach detection R', value: 100 * r, unit: '%' },
        { metric: 'breach detection F1', value: 100 * f1, unit: '%', target: '≥ 80 (stretch 92)' },
        { metric: `named-victim recall (${victims} names)`, value: (100 * victimsFound) / (victims || 1), unit: '%', target: '≥ 85' },
        { metric: `record-count recall (${numbers} numbers; ${vagueNumbers} vague left out)`, value: (100 * numbersFound) / (numbers || 1), unit: '%', target: '≥ 90' },
        { metric: `compromised-data recall (${data} phrases)`, value: (100 * dataFound) / (data || 1), unit: '%' },
      ],
      misses,
    };
  },
};
