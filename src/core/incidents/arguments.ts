/**
 * Victims and attackers chosen by the role model among the article's candidate names. An incident without a victim
 * from the frames takes its most likely victim candidate in or next to its sentences (or, when the trained mode says
 * so, the model's victim replaces the frames' one); a named attacker goes to the incident nearest to it.
 */
import type { Entities } from '../entities';
import type { Sentence } from '../text';
import { nameCandidates, triggerSpans, type Candidate } from './candidates';
import type { Draft } from './draft';
import { collectLowerWords, sameVictim } from './phrases';
import { roleFeatures } from './roles';
import { isHeadline, personTokens } from './victims';

export interface RoleInputs {
  candidates: Candidate[];
  features: string[][];
}

export interface RoleThresholds {
  victim: number;
  attacker: number;
  /** 'fill': only incidents the frames left without a victim take the model's; 'replace': the model's also replaces
   * a frame's victim that it does not score as a victim. */
  victimMode: 'fill' | 'replace';
}

/** The candidate names of the article and their role features (the trainer computes them alike). */
export function roleInputs(text: string, sentences: Sentence[], entities: Entities): RoleInputs {
  const lowerWords = collectLowerWords(text);
  const people = personTokens(entities);
  // A title-case headline's capitalised words are not names (as for the frames).
  const candidates = sentences.flatMap((s, si) => (isHeadline(s.text) ? [] : nameCandidates(s, si, lowerWords)));
  const frequency = new Map<string, number>();
  for (const c of candidates) frequency.set(c.text.toLowerCase(), (frequency.get(c.text.toLowerCase()) ?? 0) + 1);
  const triggers = new Map<number, ReturnType<typeof triggerSpans>>();
  const features = candidates.map((c) => {
    const s = sentences[c.sentence];
    if (!triggers.has(c.sentence)) triggers.set(c.sentence, triggerSpans(s.text));
    return roleFeatures(c, s, triggers.get(c.sentence)!, { people, frequency });
  });
  return { candidates, features };
}

/** Sets victims and attackers from the role probabilities ([victim, attacker] per candidate). */
export function assignRoles(drafts: Draft[], inputs: RoleInputs, probs: Array<[number, number]>, th: RoleThresholds): void {
  if (!drafts.length) return;
  const { candidates } = inputs;
  const taken = new Set(drafts.map((d) => d.victim?.toLowerCase()).filter(Boolean));
  for (const d of drafts) {
    const near = new Set([...d.sentences].flatMap((si) => [si - 1, si, si + 1]));
    let best = -1;
    let own = 0;
    candidates.forEach((c, k) => {
      if (!near.has(c.sentence)) return;
      if (d.victim && sameVictim(d.victim, c.text)) own = Math.max(own, probs[k][0]);
      else if (taken.has(c.text.toLowerCase())) return;
      if (probs[k][0] >= th.victim && (best < 0 || probs[k][0] > probs[best][0])) best = k;
    });
    if (best < 0) continue;
    const name = candidates[best].text;
    // 'replace': the model overrules a frame's victim only when it does not take that name for a victim itself.
    if (!d.victim || (th.victimMode === 'replace' && own < th.victim && !sameVictim(d.victim, name))) {
      d.victim = name;
      taken.add(name.toLowerCase());
    }
  }
  const distanceTo = (d: Draft, si: number) => Math.min(...[...d.sentences].map((x) => Math.abs(x - si)));
  const attackerProb = new Map<Draft, number>();
  candidates.forEach((c, k) => {
    if (probs[k][1] < th.attacker) return;
    if (drafts.some((d) => d.victim && sameVictim(d.victim, c.text))) return;
    let owner = drafts[0];
    for (const d of drafts) if (distanceTo(d, c.sentence) < distanceTo(owner, c.sentence)) owner = d;
    if (probs[k][1] > (attackerProb.get(owner) ?? 0)) {
      attackerProb.set(owner, probs[k][1]);
      owner.attacker = c.text;
    }
  });
}
