/**
 * Article-level role scores: the mentions of one name ("Acme Health", "Acme") are grouped with the victim matcher and
 * the name takes its mentions' highest victim and attacker probabilities, so a victim named plainly in one sentence
 * and spoken of loosely in the next is scored by its best mention rather than mention by mention.
 */
import type { Candidate } from './candidates';
import type { Draft } from './draft';
import { sameVictim } from './phrases';

export interface RoleName {
  /** The fullest form of the name the article writes (the longest mention). */
  name: string;
  victim: number;
  attacker: number;
  /** Sentences of its mentions, in order. */
  sentences: number[];
  /** Other names the article gives the same actor ("X, also known as Y"; attacker-names.ts shareAliases). */
  aliases?: string[];
  /** Names written in one list with it ("A, B and C claimed"; attacker-lists.ts withListPartners). */
  partners?: string[];
}

/** The article's names with their best victim and attacker probabilities, in order of first mention. */
export function roleNames(candidates: Candidate[], probs: Array<[number, number]>): RoleName[] {
  const out: RoleName[] = [];
  candidates.forEach((c, k) => {
    // The matcher is symmetric; the candidate first keeps its memo row at hand over the names (phrases.ts).
    let n = out.find((x) => sameVictim(c.text, x.name));
    if (!n) out.push((n = { name: c.text, victim: 0, attacker: 0, sentences: [] }));
    if (c.text.length > n.name.length) n.name = c.text;
    n.victim = Math.max(n.victim, probs[k][0]);
    n.attacker = Math.max(n.attacker, probs[k][1]);
    if (n.sentences[n.sentences.length - 1] !== c.sentence) n.sentences.push(c.sentence);
  });
  return out;
}

/** Sentences between a name's mention and an incident's sentences, at the closest. */
export function gap(n: RoleName, sentences: Set<number>): number {
  let best = Infinity;
  for (const a of n.sentences) for (const b of sentences) best = Math.min(best, Math.abs(a - b));
  return best;
}

/** The incident whose sentences come closest to a name's mentions (the first of those as close); `drafts` not empty. */
export function nearestDraft(n: RoleName, drafts: Draft[]): Draft {
  return drafts.reduce((o, d) => (gap(n, d.sentences) < gap(n, o.sentences) ? d : o), drafts[0]);
}
