/** What a capitalised run is: a person (title split off), an organisation, an outlet, a place, or unknown. */
import {
  CUE_VERBS, FUNCTION_WORDS, FEMALE_TITLES, KNOWN_ORGS, MALE_TITLES, ORG_SUFFIXES, TITLE_WORDS, VAGUE_HEADS,
  firstNameGender, isCommonWord, isKnownOrgWord, isLastNameWord, isPlaceNameWords, isPlaceWord,
} from './lexicon';
import { isCompanyName, isMastheadName, isSelfNaming } from './name-forms';
import type { MentionKind, NameMention } from './names';
import type { Token } from './tokens';

const GEO_SUFFIXES = new Set(['valley', 'river', 'mountain', 'mountains', 'county', 'street', 'avenue', 'park', 'island',
  'islands', 'bay', 'lake', 'beach', 'city', 'square', 'hall', 'bridge', 'airport', 'station', 'road', 'hill', 'hills',
  'heights', 'plaza', 'tower', 'building', 'coast', 'sea', 'ocean', 'gulf', 'peninsula', 'desert', 'canyon', 'falls',
  'springs', 'harbor', 'port', 'district', 'province', 'region', 'territory', 'village', 'town', 'township', 'parish',
  'boulevard', 'drive', 'lane', 'way', 'arena', 'stadium', 'field', 'memorial', 'monument', 'museum', 'library',
  'cathedral', 'mall', 'hotel', 'resort', 'center', 'centre', 'day', 'week', 'month', 'act', 'bill', 'law', 'amendment',
  'treaty', 'accord', 'agreement', 'plan', 'report', 'index', 'award', 'prize', 'war', 'crisis', 'forum', 'summit',
  'conference', 'convention', 'debate', 'election', 'primary', 'caucuses', 'games', 'olympics', 'cup', 'series', 'show',
  'program', 'programme', 'podcast', 'hour', 'tonight', 'live', 'radio', 'tv', 'online', 'channel']);
const PLACE_FIRST = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|st\.?|saint|fort|port|mount|lake|cape)$/;
const stripPoss = (s: string) => {
  const last = s[s.length - 1];
  return last === "'" || last === '’' || last === 's' ? s.replace(/[’']s?$/u, '') : s;
};
const isTitleTok = (t: Token) => TITLE_WORDS.has(t.lower) || (t.lower.endsWith('.') && TITLE_WORDS.has(t.lower.slice(0, -1)));

/** The mention made of tokens i..j of a sentence, or null when they name nothing. */
export function classify(text: string, tokens: Token[], i: number, j: number, sentence: number): NameMention | null {
  // Drop leading common words ("But", "The", "According") and trailing connectors.
  // Mid-sentence, a capitalised common word is a name ("Tester said", "Sen. Rice"); at a sentence or clause start only
  // function words and lexicon words that are not followed by a speech verb are dropped.
  let a = i;
  const clauseStart = (x: number) => x === 0 || !tokens[x - 1].word && !/^[,&-]$/.test(tokens[x - 1].text);
  const cueNext = CUE_VERBS.has(tokens[j + 1]?.lower ?? '') && j - i <= 1;
  let titled = false;
  for (let x = i; x < j; x++) if (isTitleTok(tokens[x])) titled = true;
  while (a <= j && !isTitleTok(tokens[a]) && !KNOWN_ORGS.has(tokens[a].text)) {
    const w = stripPoss(tokens[a].text);
    // a first name that is also a word ("Bill", "Grace") stays before a surname-like word: "Bill Okafor"
    const firstName = a < j && firstNameGender(w) !== null && !isCommonWord(stripPoss(tokens[a + 1].text)) && !isPlaceWord(stripPoss(tokens[a + 1].text));
    if (FUNCTION_WORDS.has(w.toLowerCase()) || !titled && (clauseStart(a) || a > i) && !cueNext && !firstName && isCommonWord(w)) a++;
    else break;
  }
  // A compound epithet before the name ("Oscar-winner Ada Roe", "Prize-winning Ada Roe") is no part of it.
  for (let x = j - 1; x >= a; x--) {
    if (/^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(tokens[x].text)) {
      a = x + 1;
      break;
    }
  }
  if (a > j) {
    // "Ham went on …": a common word at a sentence start may still be a known person's surname (kept weakly).
    if (j - i > 1 || FUNCTION_WORDS.has(stripPoss(tokens[j].text).toLowerCase()) || VAGUE_HEADS.has(tokens[j].lower)) return null;
    const s = tokens[i].start, e = tokens[j].start + stripPoss(tokens[j].text).length;
    return {
      start: s, end: tokens[j].end, text: text.slice(s, tokens[j].end), first: i, last: j, sentence, quoted: tokens[i].quoted,
      kind: 'unknown', name: text.slice(s, e), nameStart: s, nameEnd: e, canonical: text.slice(s, e), role: null, gender: null, weakCap: true,
    };
  }
  const toks = tokens.slice(a, j + 1);
  const words = toks.map((t) => stripPoss(t.text));
  const lowers = words.map((w) => w.toLowerCase());
  const base = {
    start: toks[0].start, end: toks[toks.length - 1].end, first: a, last: j, sentence, quoted: toks[0].quoted,
    text: text.slice(toks[0].start, toks[toks.length - 1].end),
  };
  const lastLower = lowers[lowers.length - 1];
  const nameOf = (from: number, to: number) => {
    const s = toks[from].start;
    const e = toks[to].start + stripPoss(toks[to].text).length;
    return { name: text.slice(s, e), nameStart: s, nameEnd: e };
  };
  const whole = nameOf(0, toks.length - 1);
  // The same object as { ...base, kind, ...nm, canonical: nm.name, role, gender }, key for key, without the spreads
  // (object spread is several times slower in V8, and every name run of the article comes here).
  const mention = (kind: MentionKind, nm: { name: string; nameStart: number; nameEnd: number }, role: string | null, gender: 'm' | 'f' | null): NameMention => ({
    start: base.start, end: base.end, first: base.first, last: base.last, sentence: base.sentence, quoted: base.quoted, text: base.text,
    kind, name: nm.name, nameStart: nm.nameStart, nameEnd: nm.nameEnd, canonical: nm.name, role, gender,
  });
  // Known by form: a masthead ("Harlow Courier") is an outlet; a name a group gives itself is an organisation.
  if (isMastheadName(words, tokens[a - 1]?.lower === 'the')) return mention('outlet', whole, null, null);
  if (isSelfNaming(tokens[a - 1]?.lower) || isCompanyName(words)) return mention('organization', whole, null, null);
  // Organisations: suffix word or a well-known single name.
  // "Guild of Harbour Pilots", "Board of Review for the Western District": an organisation word before "of"/"for".
  const headed = lowers.some((w, x) => x < lowers.length - 1 && ORG_SUFFIXES.has(w) && /^(of|for|on)$/.test(lowers[x + 1]));
  const orgish = headed || ORG_SUFFIXES.has(lastLower) || KNOWN_ORGS.has(words[words.length - 1]) || (toks.length === 1 && isKnownOrgWord(words[0]));
  // Titles: the last title word with a name after it.
  let k = -1;
  for (let x = 0; x < toks.length - 1; x++) if (isTitleTok(toks[x])) k = x;
  if (k >= 0 && !orgish) {
    let nameFrom = k + 1;
    while (nameFrom < toks.length - 1 && isTitleTok(toks[nameFrom])) nameFrom++;
    // "Del. Ada Roe of the Example Islands": the name stops before "of" (the place or body is not part of it).
    const of = lowers.indexOf('of', nameFrom + 1);
    const nameTo = of > nameFrom ? of - 1 : toks.length - 1;
    const nameWords = lowers.slice(nameFrom, nameTo + 1);
    const plain = (w: string) => !isCommonWord(w) || firstNameGender(w) !== null || isLastNameWord(w);
    if (nameWords.length <= 4 && !nameWords.every((w) => isPlaceWord(w)) && (firstNameGender(nameWords[0]) !== null || nameWords.every(plain) || nameWords.length >= 2 && plain(nameWords[nameWords.length - 1]) && !isPlaceWord(nameWords[nameWords.length - 1]))) {
      const titles = lowers.slice(0, nameFrom);
      const titleGender = titles.some((w) => MALE_TITLES.has(w)) ? 'm' : titles.some((w) => FEMALE_TITLES.has(w)) ? 'f' : undefined;
      const gender = titleGender ?? genderOf(words.slice(nameFrom));
      const nm = nameOf(nameFrom, nameTo);
      const honorificOnly = titles.every((w) => /^(mr|mrs|ms|miss|dr|prof)\.?$/.test(w));
      const person = mention('person', nm, honorificOnly ? null : text.slice(toks[0].start, toks[k].end), gender);
      if (titleGender) person.titleGender = titleGender;
      return person;
    }
  }
  if (orgish) return mention('organization', whole, null, null);
  if (toks.length === 1 && isTitleTok(toks[0])) return null;
  const g = firstNameGender(words[0]);
  // A gendered first name before a surname that is also a town ("Ada Bolton") is a person; "Ada Falls" is not.
  if (toks.length >= 2 && toks.length <= 4 && g && (!isPlaceWord(lastLower) || g !== 'u' && toks.length === 2 && !GEO_SUFFIXES.has(lastLower))) {
    return mention('person', whole, null, g === 'u' ? null : g);
  }
  // An epithet before a first name ("Crooked Jane Roe").
  const g1 = toks.length >= 3 && toks.length <= 4 && !g && !isTitleTok(toks[0]) ? firstNameGender(words[1]) : null;
  if (g1 && !isPlaceWord(lastLower)) {
    const nm = nameOf(1, toks.length - 1);
    return mention('person', nm, null, g1 === 'u' ? null : g1);
  }
  // A middle initial between two names ("Ada J. Roe", "Ada J. Roe Jr.") is a person's, whatever the first name.
  if (toks.length >= 3 && toks.length <= 5 && /^\p{Lu}\.$/u.test(words[1]) && !isPlaceWord(lastLower)) {
    return mention('person', whole, null, genderOf(words));
  }
  if (GEO_SUFFIXES.has(lastLower)) return mention('place', whole, null, null);
  if (isPlaceNameWords(words)) {
    return mention('place', whole, null, null);
  }
  // "West Ardmore", "St. Albans", "British Elmhurst": a compass word, a saint or a demonym first makes a place.
  if (toks.length >= 2 && toks.length <= 3 && (PLACE_FIRST.test(lowers[0]) || isPlaceWord(words[0]) && !isLastNameWord(lowers[0]))) {
    return mention('place', whole, null, null);
  }
  if (toks.length >= 2 && toks.length <= 3 && (isLastNameWord(lastLower) || words.every((w) => !isCommonWord(w) && !isPlaceWord(w) && !isKnownOrgWord(w) && /^\p{Lu}\p{Ll}/u.test(w)))) {
    return mention('person', whole, null, genderOf(words));
  }
  if (VAGUE_HEADS.has(lastLower)) return null;
  // A lone first name ("Maria said") is a person.
  if (toks.length === 1 && (g === 'm' || g === 'f') && !isPlaceWord(lastLower)) {
    return mention('person', whole, null, g);
  }
  return mention('unknown', whole, null, null);
}

function genderOf(words: string[]): 'm' | 'f' | null {
  let g = words.length ? firstNameGender(words[0]) : null;
  if (!g && words.length >= 3) g = firstNameGender(words[1]);
  return g === 'm' || g === 'f' ? g : null;
}
