/** People clustered so that surnames, first names and titled forms share one canonical full name. */
import { TITLE_WORDS, isCommonWord, isPlaceWord } from './lexicon';
import type { NameMention } from './names';

const SUFFIX_NAMES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

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
