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

/** victimWords of names seen lately: an article's names are compared pairwise, each many times. */
const wordsOf = new Map<string, string[]>();

/** Lower-case words of a name without determiner, possessive, punctuation or corporate suffix. */
export function victimWords(name: string): string[] {
  let words = wordsOf.get(name);
  if (!words) {
    if (wordsOf.size >= 5000) wordsOf.clear();
    words = splitVictimWords(name);
    wordsOf.set(name, words);
  }
  return words;
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

/** Whether `short` (capitals only, 2+) spells the initials of `long`'s capitalised words, in full, or its head or tail. */
function isAcronymOf(short: string, long: string): boolean {
  const s = short.trim();
  // Cheap refusal first: an acronym has no lower-case letter or digit (most names compared are not acronyms).
  if (/[\p{Ll}\d]/u.test(s)) return false;
  const letters = s.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || letters.length !== s.replace(/[\s.]/g, '').length) return false;
  const initials = long
    .split(/[\s&-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
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
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return true;
  const wa = victimWords(a);
  const wb = victimWords(b);
  if (!wa.length || !wb.length) return false;
  const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (small.length === large.length) return small.join(' ') === large.join(' ');
  if (small.join(' ').length < 3 || (small.length === 1 && GENERIC.has(small[0]))) return false;
  return runIn(small, large) >= 0;
}
