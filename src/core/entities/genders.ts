/** Genders learned from the document's own pronouns, where the first-name list is silent or wrong. */
import type { SentenceInfo } from '../cues';
import { PRONOUNS } from '../lexicon';
import type { PersonCluster } from '../names';
import { subjectMention } from './subjects';

/**
 * Genders the first-name list does not know ("Ivanka") or guesses wrong: count he/his/him against she/her in
 * sentences whose only person is that one, and in the sentence right after.
 */
export function learnGenders(sentences: SentenceInfo[], clusterOf: Map<string, PersonCluster>): void {
  const votes = new Map<PersonCluster, { m: number; f: number }>();
  for (let i = 0; i < sentences.length; i++) {
    const people = new Set(sentences[i].mentions.filter((m) => m.kind === 'person' && !m.quoted).map((m) => m.canonical));
    if (people.size !== 1) continue;
    const c = clusterOf.get([...people][0]);
    if (!c) continue;
    const first = sentences[i].mentions.find((m) => m.kind === 'person' && !m.quoted)!;
    const count = (info: SentenceInfo, from: number) => {
      let m = 0, f = 0;
      for (let k = 0; k < info.tokens.length; k++) {
        const t = info.tokens[k];
        if (t.start < from || t.quoted) continue;
        const g = PRONOUNS.get(t.lower);
        if (g === 'm') m++;
        else if (g === 'f') f++;
      }
      return { m, f };
    };
    const a = count(sentences[i], first.end);
    const next = sentences[i + 1];
    const b = next && next.paragraph === sentences[i].paragraph ? (!next.mentions.some((m) => m.kind === 'person' && !m.quoted) ? count(next, 0) : subjectMention(sentences[i]) === first ? openingPronoun(next) : { m: 0, f: 0 }) : { m: 0, f: 0 };
    const v = votes.get(c) ?? { m: 0, f: 0 };
    v.m += a.m + b.m;
    v.f += a.f + b.f;
    votes.set(c, v);
  }
  for (const [c, v] of votes) {
    const learned = v.m >= 2 && v.f === 0 ? 'm' : v.f >= 2 && v.m === 0 ? 'f' : null;
    if (!learned) continue;
    if (!c.gender || (c.gender !== learned && (v.m + v.f) >= 3)) {
      c.gender = learned;
      for (const m of c.mentions) m.gender = learned;
    }
  }
}

/** The vote of a he/she that opens a sentence ("He had protested X"): it stands for the person just before, not X. */
function openingPronoun(info: SentenceInfo): { m: number; f: number } {
  const first = info.tokens.find((t) => t.word);
  const g = first && !first.quoted ? PRONOUNS.get(first.lower) : undefined;
  return { m: g === 'm' ? 1 : 0, f: g === 'f' ? 1 : 0 };
}
