/**
 * The one victim matcher: whether two names an article (or two articles) give a victim are the same organisation.
 * The single pass, the section merge and the workspace merge all call it, so an article analysed whole, in sections
 * or beside another article groups its incidents alike.
 *
 * Same: equal after dropping case, "the", "'s", punctuation and corporate suffixes ("Acme Corp." ~ "Acme"); an
 * acronym of the other ("BLR" ~ "Bureau of Land Records"); or the shorter is a run of the longer's whole words that the
 * longer does not carry on with "and", "of", "for" or "&" ("U.S. Bureau of Land Records" ~ "Bureau of Land Records",
 * "Northwind Mutual" ~ "Northwind Mutual Insurance"). Apart: "Department of Health" and "Department of Health and
 * Human Services" (the longer goes on with "and": another body), "Acme Bank" and "Acme Insurance" (words shared, but
 * neither holds the other).
 */

const SUFFIX = /\s+(?:inc|incorporated|corp|corporation|ltd|llc|co|company|plc|group|limited|holdings)$/;
/** Words that, following a shorter name inside a longer one, make the longer name another body. */
const CONTINUES = new Set(['and', '&', 'of', 'for']);
/** One generic word is not a name to match by containment ("Department" in "Department of Justice"). */
const GENERIC = new Set(['department', 'ministry', 'office', 'agency', 'bureau', 'bank', 'university', 'college', 'school', 'hospital', 'city', 'county', 'state', 'council', 'service', 'services', 'health', 'national', 'federal', 'company', 'group', 'government', 'police']);

/** What the matcher reads of a name, worked out once: an article's names are compared pairwise, each many times. */
interface VictimName {
  words: string[];
  /** `words` joined by single spaces. */
  joined: string;
  /** The capitals of an acronym-shaped name ("BLR", "B.L.R."), or null. */
  acronym: string | null;
  /** The initials of its capitalised words, read when the other name is an acronym. */
  initials: string;
}

/** VictimName of names seen lately. */
const namesSeen = new Map<string, VictimName>();

function victimName(name: string): VictimName {
  let v = namesSeen.get(name);
  if (!v) {
    if (namesSeen.size >= 5000) namesSeen.clear();
    const words = splitVictimWords(name);
    v = { words, joined: words.join(' '), acronym: acronymLetters(name), initials: initialsOf(name) };
    namesSeen.set(name, v);
  }
  return v;
}

/** Lower-case words of a name without determiner, possessive, punctuation or corporate suffix. */
export function victimWords(name: string): string[] {
  return victimName(name).words;
}

function splitVictimWords(name: string): string[] {
  let t = name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}&\s.-]/gu, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(/^the\s+/, '').replace(SUFFIX, '').trim();
  }
  return t ? t.split(' ') : [];
}

/** The capitals of `short` if it can be an acronym (capitals only, 2+, no lower-case letter or digit), else null. */
function acronymLetters(short: string): string | null {
  const s = short.trim();
  if (/[\p{Ll}\d]/u.test(s)) return null;
  const letters = s.replace(/[^\p{Lu}]/gu, '');
  return letters.length < 2 || letters.length !== s.replace(/[\s.]/g, '').length ? null : letters;
}

function initialsOf(long: string): string {
  return long
    .split(/[\s&-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Whether `short`'s acronym spells the initials of `long`'s capitalised words, in full, or its head or tail. */
function isAcronymOf(short: VictimName, long: VictimName): boolean {
  const letters = short.acronym;
  if (letters === null) return false;
  const initials = long.initials;
  if (initials.length <= letters.length) return initials === letters;
  return initials === letters || initials.endsWith(letters) || initials.startsWith(letters);
}

/** Where `small` stands as a run of whole words in `large`, not followed by a connective; -1 if nowhere. */
function runIn(small: string[], large: string[]): number {
  for (let i = 0; i + small.length <= large.length; i++) {
    if (!small.every((w, k) => large[i + k] === w)) continue;
    const next = large[i + small.length];
    if (next === undefined || !CONTINUES.has(next)) return i;
  }
  return -1;
}

export function sameVictim(a: string, b: string): boolean {
  const va = victimName(a);
  const vb = victimName(b);
  if (isAcronymOf(va, vb) || isAcronymOf(vb, va)) return true;
  if (!va.words.length || !vb.words.length) return false;
  const [small, large] = va.words.length <= vb.words.length ? [va, vb] : [vb, va];
  if (small.words.length === large.words.length) return small.joined === large.joined;
  if (small.joined.length < 3 || (small.words.length === 1 && GENERIC.has(small.words[0]))) return false;
  return runIn(small.words, large.words) >= 0;
}
