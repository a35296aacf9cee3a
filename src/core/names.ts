/**
 * Name mentions: capitalised word sequences classified as person, organisation, outlet or place; titles split off
 * ("French President Jean Dupont" → role "French President", name "Jean Dupont"); people clustered so that surnames,
 * first names and titled forms share one canonical full name.
 *
 * The stages: this file finds the capitalised runs and outlets of a sentence; name-classify.ts says what each run is
 * (and splits off its title); name-clusters.ts groups a document's person mentions under one canonical name.
 */
import { classify } from './name-classify';
import { canonicalOutlet, findOutlets, isWeakOutletAlias } from './outlets';
import type { Token } from './tokens';

export { clusterPeople, type PersonCluster } from './name-clusters';

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
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|twitter|facebook|instagram|youtube|election|day|night)$/;

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

export { canonicalOutlet };
