/**
 * What an incident's sentences say about it besides the victim: counts (records, people), data types, the attacker,
 * who is suspected, and the date.
 */
import { analysisMemo } from '../learn/analysis-memo';
import { ATTACKER_ACTS, BY_ATTACKER, COUNTED_VICTIMS, DATA_TYPES, NOT_NAME, SUSPECT_OBJECT, SUSPECT_SUBJECT } from '../incident-vocabulary';
import type { Doc, Sentence } from '../text';
import type { Figure } from '../types';
import type { Draft, Trigger } from './draft';
import { resetTest } from './phrases';
import { countedKind, isRecordCount, withoutAsides } from './record-counts';

const RECORD_UNIT = /byte$/i;
export const isByteMeasure = (f: Figure) => f.kind === 'measure' && ((!!f.unit && RECORD_UNIT.test(f.unit)) || /\d\s*(?:[KMGTP]B|bytes?)$/i.test(f.text));
export const isCountFigure = (f: Figure) => f.kind === 'count' || isByteMeasure(f);


export function describe(doc: Doc, s: Sentence, si: number, placed: Trigger[], figures: Figure[], figs: number[]): void {
  const owner = (offset: number): Draft => {
    let best = placed[0];
    for (const t of placed) if (t.start <= offset) best = t;
    return best.incident!;
  };
  let lastRecordEnd = -Infinity;
  for (const fi of figs) {
    const f = figures[fi];
    // A bare number within a short stretch after a count goes on its list ("Arbor with 4,100 records, Birch with 3,900").
    if (addFigure(doc, owner(f.start), f, fi, false, f.start - lastRecordEnd < 40)) lastRecordEnd = f.end;
  }
  for (const m of dataTypesIn(s.text)) addDataType(owner(s.start + m.index), m.text);
  // What a data verb took: "leaked the agency's staff accounts", "customer files were stolen".
  for (const t of placed) {
    if (t.strength !== 'data') continue;
    const a = t.start - s.start;
    const b = t.end - s.start;
    const after = DATA_OBJECT_AFTER.exec(s.text.slice(b, b + 60));
    if (after && isDataKind(after[1])) addDataType(t.incident!, after[1]);
    const window = s.text.slice(Math.max(0, a - 60), a);
    const before = DATA_OBJECT_BEFORE.exec(window);
    // "212 staff accounts were compromised": the counted noun of a count is what was counted, not a kind of data.
    const counted = before && /\d\s*(?:(?:thousand|million|billion)\s+)?$/i.test(window.slice(0, before.index + before[0].indexOf(before[1])));
    if (before && !counted && isDataKind(before[1])) addDataType(t.incident!, before[1]);
  }
  const drafts = [...new Set(placed.map((t) => t.incident!))];
  const attacker = findAttacker(s.text);
  if (attacker) owner(s.start + attacker.at).attacker ??= attacker.name;
  const suspect = findSuspect(s.text);
  if (suspect) for (const d of drafts) d.suspected ??= suspect;
  void si;
}

/** A sentence right after an incident's that gives counts or data without a trigger word ("The data included ..."). */
export function describeFollowUp(doc: Doc, s: Sentence, si: number, d: Draft, figures: Figure[], figs: number[]): void {
  // "The attackers, a group calling itself X, demanded …": the incident just told of is named by its attacker.
  const alias = ATTACKER_HINT.test(s.text) ? ATTACKER_ALIAS.exec(s.text) : null;
  // The name it goes by beats a bare noun found earlier ("Hackers breached …").
  if (alias && (!d.attacker || (/^[\p{L}-]+$/u.test(d.attacker) && ATTACKER_HINT.test(d.attacker)))) d.attacker = cleanNp(alias[1]);
  const lists = /\b(?:includ\w*|contain\w*|consist\w*|compris\w*|such as|affect\w*|impact\w*|involv\w*|belong\w*|exposed|stolen|accessed|compromised|taken|circulat\w*|posted|published|sold|selling|leaked|dumped)\b/i.test(s.text);
  if (!lists) return;
  let used = false;
  for (const fi of figs) {
    if (addFigure(doc, d, figures[fi], fi, true)) used = true;
  }
  for (const m of dataTypesIn(s.text)) {
    addDataType(d, m.text);
    used = true;
  }
  if (used) d.sentences.add(si);
}

export function addFigure(doc: Doc, d: Draft, f: Figure, fi: number, strict = false, listed = false): boolean {
  if (f.kind === 'date') {
    d.date ??= f.date;
    return false;
  }
  if (f.value == null) return false;
  const value = Array.isArray(f.value) ? f.value[1] : f.value;
  // The text after the figure, read by what it counts, whether it is a record count and what kind it counts.
  const tail = withoutAsides(doc.text.slice(f.end, f.end + 120));
  const after = tail.slice(0, 60);
  const what = countedNoun(doc.text, f, after);
  const bytes = isByteMeasure(f);
  const countable =
    f.kind === 'count' ||
    bytes ||
    (f.kind === 'number' && (!!what || (!strict && value >= 10 && !/^(?:1[89]|20)\d\d$/.test(f.text))));
  if (!countable) return false;
  // "3 years", "twice": counts of time, not of what was compromised.
  if (what && NOT_RECORD.test(what)) return false;
  if (strict && !what) return false;
  if (!isRecordCount(doc.text, f, what, bytes, listed, after)) return false;
  if (d.recordFigures.has(fi)) return false;
  d.recordFigures.add(fi);
  d.countedKinds.set(fi, bytes ? 'people-or-data' : countedKind(tail));
  d.records.push({ value, what, qualifier: f.qualifier, figure: fi });
  if (what && resetTest(DATA_TYPES, what)) addDataType(d, what);
  return true;
}

export const DATA_HEAD = String.raw`(?:accounts|databases?|files|documents|records|emails|e-mails|messages|logs|backups?|credentials|information|data|details|photos|images|recordings|archives?|dumps?)`;
/** The object of a data verb: up to three words ending in a data noun, right after the verb. */
export const DATA_OBJECT_AFTER = new RegExp(String.raw`^\s+(?:(?:the|a|an|its|their|his|her|some|all|of)\s+){0,2}((?:[\p{L}.'’-]+\s+){0,2}?${DATA_HEAD})\b`, 'iu');
/** The subject of a passive data verb: "customer files were stolen". */
export const DATA_OBJECT_BEFORE = new RegExp(String.raw`(?:^|\s)((?:[\p{L}'’-]+\s){0,2}${DATA_HEAD})\s(?:were|was|had been|have been|has been|are|is|being)\s(?:\w+ly\s)?$`, 'iu');

export const NOT_RECORD = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times?|percent|per cent|points?|dollars?|euros?|pounds?|miles?|feet)$/i;
export const COUNTED_AFTER = new RegExp(String.raw`^\s*(?:of\s+(?:the\s+|its\s+|their\s+)?)?((?:[\p{L}'’-]+\s+){0,3}?${COUNTED_VICTIMS.source.replace(/^\\b|\\b$/g, '')})\b`, 'iu');

/** A data type right where lastIndex is set. */
const DATA_TYPE_AT = new RegExp(DATA_TYPES.source, 'iy');

/** What a count counts: the figure's own `counts` when it is a whole noun phrase, else the victim/data noun after it.
 * `after`: the text after the figure, its asides dropped (as addFigure has it already). */
export function countedNoun(text: string, f: Figure, after = withoutAsides(text.slice(f.end, f.end + 120)).slice(0, 60)): string | null {
  const m = COUNTED_AFTER.exec(after);
  if (m && !/[.;:]/.test(m[1])) {
    const phrase = m[1].replace(/\s+/g, ' ').trim();
    if (!f.counts || phrase.length > f.counts.length) return phrase;
  }
  if (f.counts) return f.counts;
  DATA_TYPE_AT.lastIndex = /^\s*(?:of\s+)?/.exec(after)![0].length;
  const d = DATA_TYPE_AT.exec(after);
  return d ? d[0] : null;
}

/** Where DATA_TYPES matches in a sentence, found once per analysis: the trigger frames ask whether the sentence names
 * data, describe takes every one. */
export const dataTypesIn: (sentence: string) => ReadonlyArray<{ index: number; text: string }> = analysisMemo((sentence) => {
  const found: Array<{ index: number; text: string }> = [];
  DATA_TYPES.lastIndex = 0;
  for (let m = DATA_TYPES.exec(sentence); m; m = DATA_TYPES.exec(sentence)) found.push({ index: m.index, text: m[0] });
  return found;
});

/** A kind of data ("customer files", "passwords", "medical records"), not a unit of victims ("staff accounts"). */
const isDataKind = (phrase: string) => resetTest(DATA_TYPES, phrase);

export function addDataType(d: Draft, phrase: string): void {
  const p = phrase.replace(/\s+/g, ' ').trim();
  if (!d.dataTypes.some((x) => x.toLowerCase() === p.toLowerCase())) d.dataTypes.push(p);
}

export const ATTACKER_HINT = /hack|criminal|attacker|fraudster|thie|intruder|scammer|actor|crook|adversar|extortion|perpetrator|gang|group|crew|collective/i;
export const SUSPECT_HINT = /suspect|blam|attribut|believed|thought to|traced|pinned|linked|tied|alleged|behind|responsible/i;

/** An attacker named by the name it goes by: "a group calling itself Night Owl", "hackers known as Grey Fox". Exact. */
const ATTACKER_ALIAS = /\b(?:[Gg]roup|[Gg]ang|[Cc]rew|[Cc]ollective|[Hh]ackers?|[Aa]ttackers?|[Aa]ctors?|[Cc]riminals?)\b[^.;]{0,30}?\b(?:calling (?:itself|themselves)|known as|dubbed|who call themselves)\s+["“']?((?:the\s+)?[\p{Lu}\d][\p{L}\d-]*(?:\s+[\p{Lu}\d][\p{L}\d-]*){0,3})/u;

export function findAttacker(sentence: string): { name: string; at: number } | null {
  if (!ATTACKER_HINT.test(sentence)) return null;
  const alias = ATTACKER_ALIAS.exec(sentence);
  if (alias) return { name: cleanNp(alias[1]), at: alias.index + alias[0].lastIndexOf(alias[1]) };
  const suspectSpan = suspectRange(sentence);
  for (const re of [ATTACKER_ACTS, BY_ATTACKER]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const at = m.index + m[0].indexOf(m[1]);
      if (suspectSpan && at >= suspectSpan[0] && at < suspectSpan[1]) continue;
      return { name: cleanNp(m[1]), at };
    }
  }
  return null;
}

export function suspectRange(sentence: string): [number, number] | null {
  if (!SUSPECT_HINT.test(sentence)) return null;
  SUSPECT_SUBJECT.lastIndex = 0;
  const m = SUSPECT_SUBJECT.exec(sentence);
  return m ? [m.index, m.index + m[0].length] : null;
}

export function findSuspect(sentence: string): string | null {
  if (!SUSPECT_HINT.test(sentence)) return null;
  SUSPECT_SUBJECT.lastIndex = 0;
  const m = SUSPECT_SUBJECT.exec(sentence);
  if (m) return cleanNp(m[1]);
  SUSPECT_OBJECT.lastIndex = 0;
  const o = SUSPECT_OBJECT.exec(sentence);
  if (o && !NOT_NAME.has(cleanNp(o[1]).toLowerCase())) return cleanNp(o[1]);
  return null;
}

export const cleanNp = (np: string) => np.replace(/^(?:a|an|the|some|several)\s+/i, '').replace(/^(?:The|A|An)\s+/, '').trim();
