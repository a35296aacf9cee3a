// Scoring helpers shared by the eval parts: precision/recall/F1 rows and the speaker-name rule.

const pct = (n, d) => (d ? (100 * n) / d : null);

/**
 * Three metric rows for one measure: precision = right / emitted, recall = right / gold, F1. `rightP` may differ from
 * `rightR` when one emitted item can stand for several gold ones (never the case with one-to-one matching).
 */
function prf(measure, { right, emitted, gold, rightP = right }, extra = {}) {
  const p = pct(rightP, emitted);
  const r = pct(right, gold);
  const f = p != null && r != null && p + r > 0 ? (2 * p * r) / (p + r) : p != null && r != null ? 0 : null;
  return [
    { metric: `${measure} precision (${rightP}/${emitted})`, value: p, unit: '%' },
    { metric: `${measure} recall (${right}/${gold})`, value: r, unit: '%' },
    { metric: `${measure} F1`, value: f, unit: '%', ...extra },
  ];
}

// Words that are not part of a person's name in a Source span or a predicted speaker.
const NOT_NAME = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'i', 'we', 'you', 'his', 'her', 'their', 'its', 'our',
  'my', 'who', 'that', 'this', 'these', 'those', 'one', 'some', 'many', 'and', 'of', 'in', 'at', 'for', 'on', 'to', 'by',
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'president', 'former', 'retired', 'said', 'jr', 'sr',
  'republican', 'democrat', 'democratic', 'gop', 'vice', 'governor', 'senator', 'secretary', 'ii', 'iii', 'iv', 'professor', 'prof', 'admiral', 'representative', 'judge', 'mayor', 'ambassador']);

/** The capitalised name words of a phrase, lower-cased: "Sen. Ada K. Lovelace's" → ["ada", "k", "lovelace"]. */
function nameTokens(s) {
  return (s || '')
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .map((t) => t.replace(/[’']s$/u, '').replace(/^[.'’-]+|[.'’-]+$/gu, ''))
    .filter((t) => t && /^\p{Lu}/u.test(t) && !NOT_NAME.has(t.toLowerCase()))
    .map((t) => t.toLowerCase());
}

/** The runs of capitalised name words in a phrase: "Republican nominee Gov. Ada K. Lovelace (R-XY), head of the
 * Example Caucus" → [["ada", "k", "lovelace"], ["example", "caucus"]] (titles, parties and bracketed codes dropped). */
function nameRuns(s) {
  const runs = [];
  let run = [];
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (const raw of (s || '').split(/\s+/)) {
    if (/^[([]/.test(raw)) flush();
    const w = raw.replace(/[’']s\b.*$/u, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, '');
    // An initial ("A.") is a name word even when it spells a function word.
    const initial = /^\p{Lu}\.,?$/u.test(raw);
    if (w && /^\p{Lu}/u.test(w) && (initial || !NOT_NAME.has(w.toLowerCase())) && !/^[([]/.test(raw)) run.push(w.toLowerCase());
    else flush();
    if (/[,;:)\]]$|[’']s$/u.test(raw)) flush();
  }
  flush();
  return runs;
}

/**
 * The predicted speaker names the gold person: the same full name, or the same surname (the last word of a name run)
 * when the given names do not conflict. They conflict when both sides have words before the surname and the predicted
 * given name is none of the gold's words nor an initial of one ("Bill Clinton" is not "Hillary Clinton"; "Clinton" and "H. Clinton" are).
 */
function sameSpeaker(gold, predicted) {
  const p = nameRuns(predicted)[0];
  if (!p) return false;
  const compatible = (x, y) => x === y || (x.replace(/\./g, '').length === 1 && y.startsWith(x[0])) || (y.replace(/\./g, '').length === 1 && x.startsWith(y[0]));
  return nameRuns(gold).some((g) => {
    if (g.join(' ') === p.join(' ')) return true;
    // A surname of two words ("Le Roe") written alone matches the full name that ends with it.
    if (g.length >= 2 && g.length < p.length && p.slice(-g.length).join(' ') === g.join(' ')) return true;
    if (g[g.length - 1] !== p[p.length - 1]) return false;
    // The gold run may carry a title first ("Mayor Ada Lovelace"): the given name may be any of its earlier words.
    return g.length === 1 || p.length === 1 || g.slice(0, -1).some((x) => compatible(x, p[0]));
  });
}

module.exports = { pct, prf, nameTokens, sameSpeaker };
