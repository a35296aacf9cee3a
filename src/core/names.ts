/**
 * Name mentions: capitalised word sequences classified as person, organisation, outlet or place; titles split off
 * ("French President Jean Dupont" → role "French President", name "Jean Dupont"); people clustered so that surnames,
 * first names and titled forms share one canonical full name.
 */
import {
  CUE_VERBS, FUNCTION_WORDS, FEMALE_TITLES, KNOWN_ORGS, MALE_TITLES, ORG_SUFFIXES, TITLE_WORDS, VAGUE_HEADS,
  firstNameGender, isCommonWord, isKnownOrgWord, isLastNameWord, isPlaceWord,
} from './lexicon';
import { isCompanyName, isMastheadName, isSelfNaming } from './name-forms';
import { canonicalOutlet, findOutlets, isWeakOutletAlias } from './outlets';
import type { Token } from './tokens';

export type MentionKind = 'person' | 'organization' | 'outlet' | 'place' | 'unknown';

export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Token index range [first, last] in the sentence's token list. */
  first: number;
  last: number;
  sentence: number;
  kind: MentionKind;
  /** The name without title or possessive, as written ("Jean Dupont", "Dupont", "WSJ"). */
  name: string;
  /** Offsets of the name part. */
  nameStart: number;
  nameEnd: number;
  /** Canonical name, filled by clustering ("Jean Dupont" for "Dupont"; "The Wall Street Journal" for "WSJ"). */
  canonical: string;
  role: string | null;
  gender: 'm' | 'f' | null;
  /** The gender a title says ("Mrs. Roe"): firmer than the first-name word list's guess. */
  titleGender?: 'm' | 'f';
  quoted: boolean;
  /** Weak outlet alias ("Fox", "Time"): an outlet only where the context says so. */
  weak?: boolean;
  /** A capitalised common word at a sentence start: a name only if it matches a known person. */
  weakCap?: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'al', 'du', 'da', 'del', 'di', 'y', '&']);
const GEO_SUFFIXES = new Set(['valley', 'river', 'mountain', 'mountains', 'county', 'street', 'avenue', 'park', 'island',
  'islands', 'bay', 'lake', 'beach', 'city', 'square', 'hall', 'bridge', 'airport', 'station', 'road', 'hill', 'hills',
  'heights', 'plaza', 'tower', 'building', 'coast', 'sea', 'ocean', 'gulf', 'peninsula', 'desert', 'canyon', 'falls',
  'springs', 'harbor', 'port', 'district', 'province', 'region', 'territory', 'village', 'town', 'township', 'parish',
  'boulevard', 'drive', 'lane', 'way', 'arena', 'stadium', 'field', 'memorial', 'monument', 'museum', 'library',
  'cathedral', 'mall', 'hotel', 'resort', 'center', 'centre', 'day', 'week', 'month', 'act', 'bill', 'law', 'amendment',
  'treaty', 'accord', 'agreement', 'plan', 'report', 'index', 'award', 'prize', 'war', 'crisis', 'forum', 'summit',
  'conference', 'convention', 'debate', 'election', 'primary', 'caucuses', 'games', 'olympics', 'cup', 'series', 'show',
  'program', 'programme', 'podcast', 'hour', 'tonight', 'live', 'radio', 'tv', 'online', 'channel']);
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|twitter|facebook|instagram|youtube|election|day|night)$/;
const PLACE_FIRST = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|st\.?|saint|fort|port|mount|lake|cape)$/;
const SUFFIX_NAMES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const stripPoss = (s: string) => {
  const last = s[s.length - 1];
  return last === "'" || last === '’' || last === 's' ? s.replace(/[’']s?$/u, '') : s;
};
const isTitleTok = (t: Token) => TITLE_WORDS.has(t.lower) || (t.lower.endsWith('.') && TITLE_WORDS.has(t.lower.slice(0, -1)));

/** Capitalised sequences and outlets in one sentence's tokens. */
export function findNameMentions(text: string, tokens: Token[], sentence: number): NameMention[] {
  const out: NameMention[] = [];
  if (!tokens.length) return out;
  const sStart = tokens[0].start;
  const sEnd = tokens[tokens.length - 1].end;
  const outletAt = new Map<number, ReturnType<typeof findOutlets>[number]>();
  for (const o of findOutlets(text, sStart, sEnd)) outletAt.set(o.start, o);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const o = outletAt.get(t.start);
    if (o) {
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1].end <= o.end) j++;
      // "Fox News’s" → keep the possessive out of the name.
      let end = j;
      if (j + 1 < tokens.length && /^[’']s$/.test(tokens[j + 1].text) && tokens[j + 1].start === o.end) end = j + 1;
      out.push({
        start: o.start, end: tokens[end].end, text: text.slice(o.start, tokens[end].end), first: i, last: end, sentence,
        kind: 'outlet', name: o.text, nameStart: o.start, nameEnd: o.end, canonical: o.canonical, role: null, gender: null,
        quoted: t.quoted, weak: isWeakOutletAlias(o.text),
      });
      i = end + 1;
      continue;
    }
    if (!t.word || !t.cap) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1];
      if (outletAt.has(n.start)) break;
      if (/[’']s$/u.test(tokens[j].text)) break; // possessive ends a name
      if (n.word && n.cap && n.quoted === t.quoted) {
        j++;
        continue;
      }
      if (n.word && CONNECTORS.has(n.lower) && j + 2 < tokens.length && tokens[j + 2].cap && tokens[j + 2].word && !outletAt.has(tokens[j + 2].start) && !TIME_WORDS.test(tokens[j + 2].lower)) {
        // "of the" inside an organisation name
        j += 2;
        continue;
      }
      if ((n.lower === 'of' || n.lower === 'for') && j + 3 < tokens.length && tokens[j + 2].lower === 'the' && tokens[j + 3].cap && tokens[j + 3].word) {
        j += 3;
        continue;
      }
      break;
    }
    const m = classify(text, tokens, i, j, sentence);
    if (m) out.push(m);
    i = j + 1;
  }
  return out;
}

function classify(text: string, tokens: Token[], i: number, j: number, sentence: number): NameMention | null {
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
  if (words.every((w) => isPlaceWord(w) || w === 'New' || w === 'United' || w === 'North' || w === 'South' || w === 'East' || w === 'West')) {
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

export interface PersonCluster {
  name: string;
  role: string | null;
  gender: 'm' | 'f' | null;
  mentions: NameMention[];
  tokens: Set<string>;
  /** Lower-case name words (internal index). */
  words?: string[];
}

/** The words of a name without suffixes and initials; memoised by name (read-only: callers copy before changing). */
const NAME_TOKENS = new Map<string, readonly string[]>();
const nameTokens = (name: string): readonly string[] => {
  const hit = NAME_TOKENS.get(name);
  if (hit) return hit;
  const words = name.split(/\s+/).map((w) => w.replace(/\.$/, '')).filter((w) => !SUFFIX_NAMES.has(w.toLowerCase()) && !/^\p{Lu}$/u.test(w));
  if (NAME_TOKENS.size >= 50000) NAME_TOKENS.clear();
  NAME_TOKENS.set(name, words);
  return words;
};

/**
 * Cluster person mentions: full names first, then single words that match a known first or last name. Unknown
 * sequences that match a person's name become that person. Mutates mention.kind/canonical/gender.
 */
export function clusterPeople(mentions: NameMention[], speakers: Set<NameMention>): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const byKey = new Map<string, PersonCluster>();
  const keyOf = (name: string) => {
    const w = nameTokens(name);
    return w.length >= 2 ? `${w[0]} ${w[w.length - 1]}`.toLowerCase() : name.toLowerCase();
  };
  // Full names.
  for (const m of mentions) {
    if (m.kind !== 'person' || nameTokens(m.name).length < 2) continue;
    const key = keyOf(m.name);
    let c = byKey.get(key);
    if (!c) {
      c = { name: m.name, role: m.role, gender: m.gender, mentions: [], tokens: new Set(nameTokens(m.name).map((w) => w.toLowerCase())) };
      byKey.set(key, c);
      clusters.push(c);
    }
    if (!c.role && m.role) c.role = m.role;
    if (!c.gender && m.gender) c.gender = m.gender;
  }
  const byWord = new Map<string, PersonCluster[]>();
  const index = (c: PersonCluster) => {
    c.words = nameTokens(c.name).map((w) => w.toLowerCase());
    for (const w of new Set(c.words)) {
      const list = byWord.get(w);
      if (list) list.push(c);
      else byWord.set(w, [c]);
    }
  };
  clusters.forEach(index);
  // Single words and unknown sequences attach to the nearest earlier (else later) cluster sharing a name word.
  const find = (m: NameMention): PersonCluster | null => {
    const words = nameTokens(m.name).map((w) => w.toLowerCase());
    if (!words.length) return null;
    let best: PersonCluster | null = null;
    let bestScore = -Infinity;
    const clash = !!m.titleGender && (byWord.get(words[0]) ?? []).some((c) => c.gender && c.gender !== m.titleGender);
    for (const c of byWord.get(words[0]) ?? []) {
      const full = c.words;
      if (!full) continue;
      const lastHit = words.length === 1 ? full[full.length - 1] === words[0] : words.every((w) => c.tokens.has(w));
      const firstHit = words.length === 1 && full[0] === words[0];
      if (!lastHit && !firstHit) continue;
      // "Mrs. Roe" is not the Mr. Roe named before her, nor, once he is named, anyone whose gender is unknown.
      if (m.titleGender && (c.gender ? c.gender !== m.titleGender : clash)) continue;
      // Prefer the surname, then the most recent cluster mentioned before this one.
      // Mentions are added in reading order, so the last one is the most recent before this one.
      const recency = c.mentions.length ? c.mentions[c.mentions.length - 1].start : -1e9;
      const score = (lastHit ? 2e9 : 0) + (recency > -1e9 ? recency : -m.start - 1e8);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  };
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  for (const m of sorted) {
    if (m.kind === 'outlet' || m.kind === 'organization') continue;
    if (m.kind === 'person' && nameTokens(m.name).length >= 2) {
      const c = byKey.get(keyOf(m.name))!;
      c.mentions.push(m);
      m.canonical = c.name;
      if (!m.gender) m.gender = c.gender;
      continue;
    }
    const c = find(m);
    if (m.weakCap) {
      if (c) {
        m.kind = 'person';
        m.canonical = c.name;
        m.gender = c.gender;
        c.mentions.push(m);
      }
      continue;
    }
    // A town's name that is the surname of someone named in full speaks as that person ("…,” said Bolton).
    const surnameSpeaker = (x: PersonCluster) => speakers.has(m) && x.words?.at(-1) === nameTokens(m.name)[0]?.toLowerCase();
    if (c && (m.kind === 'person' || m.kind === 'unknown' || (m.kind === 'place' && nameTokens(m.name).length === 1 && (!isPlaceWord(m.name) || surnameSpeaker(c))))) {
      m.kind = 'person';
      m.canonical = c.name;
      // A surname that is also a first name ("Christie") takes the person's gender, not the word list's.
      m.gender = c.gender ?? m.gender;
      c.mentions.push(m);
      continue;
    }
    if ((m.kind === 'unknown' || m.kind === 'person') && (speakers.has(m) || m.kind === 'person')) {
      // A surname-only speaker ("said Harlow"): a person of its own.
      const words = nameTokens(m.name);
      if (!words.length || words.length > 4) continue;
      // A plural noun ("Delegates said"), a demonym ("Muslims") or a bare title ("Editor’s note") is nobody's name.
      const stem = words[0].replace(/s$/, '');
      if (words.length === 1 && (/s$/.test(words[0]) && (isCommonWord(words[0]) || isPlaceWord(words[0]) || isCommonWord(stem) || isPlaceWord(stem)) || TITLE_WORDS.has(words[0].toLowerCase()))) continue;

      m.kind = 'person';
      const key = keyOf(m.name);
      let own = byKey.get(key);
      if (!own) {
        own = { name: m.name, role: m.role, gender: m.gender, mentions: [], tokens: new Set(words.map((w) => w.toLowerCase())) };
        byKey.set(key, own);
        clusters.push(own);
        index(own);
      }
      own.mentions.push(m);
      m.canonical = own.name;
    }
  }
  return clusters.filter((c) => c.mentions.length);
}

export { canonicalOutlet };
