/**
 * Names written in one coordinated list ("A, B and C claimed responsibility", "the groups A and B"): the sentence says
 * the same of each, so a list that holds a card's attacker holds its other attackers (attackers.ts assignAttackers).
 * An exact rule over the candidates: neighbours in one sentence with only a comma, "and", "or" or "&" between them.
 */
import type { Candidate } from './candidates';
import { sameVictim } from './phrases';
import type { RoleName } from './role-names';

/** What may stand between two names of one list: ", ", " and ", ", and ", " or ", " & " (an article after it). */
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?$/i;

/** The cue of a candidate listed with the one before it in a list of actors (the name model does not read it). */
export const LIST_CUE = 'm:list-prev';

/** What the sentence says of the whole list right after it: "A and B claimed / hacked / were behind". */
const LIST_ACTS = /^\s+(?:(?:have|has|had|both|all|also|jointly|reportedly|allegedly|later|then)\s+){0,2}(?:claimed|took credit|hacked|breached|attacked|stole|leaked|launched|carried out|targeted|compromised|defaced|dumped|(?:are|were) (?:\w+ )?(?:behind|responsible))\b/i;
/** An actor noun or "by" right before the list: "the hacking groups A, B and C", "hackers such as A and B", "stolen
 * by A and B". */
const LIST_ACTORS_BEFORE = /(?:\b(?:hack(?:ers|ing groups?|tivists?|ing crews?)|groups|gangs|crews|collectives|outfits|actors|attackers|cybercriminals|criminals)(?:\s*[,:]|\s(?:such as|including|like|called|named|dubbed|known as))?|\b(?:\w+ed|stolen|taken|carried out)\s+by)\s+(?:the\s+)?$/i;

/** Marks each candidate joined to the one before it by LIST_GAP in a list the sentence speaks of as actors (LIST_ACTS
 * after it, LIST_ACTORS_BEFORE before it); `nameCues`: the candidates' cues, pushed to. */
export function markLists(text: string, candidates: Candidate[], nameCues: string[][]): void {
  let first = 0;
  for (let k = 1; k <= candidates.length; k++) {
    const prev = candidates[k - 1];
    const c = candidates[k];
    if (c && prev.sentence === c.sentence && LIST_GAP.test(text.slice(prev.end, c.start))) continue;
    // A list of candidates first .. k - 1.
    if (k - 1 > first && (LIST_ACTS.test(text.slice(prev.end, prev.end + 60)) || LIST_ACTORS_BEFORE.test(text.slice(Math.max(0, candidates[first].start - 50), candidates[first].start))))
      for (let j = first + 1; j < k; j++) nameCues[j].push(LIST_CUE);
    first = k;
  }
}

/** The names with the other names each is listed with (`partners`); the names unchanged when no list joins two.
 * `cues`: the candidates' cues with LIST_CUE (markLists). */
export function withListPartners(names: RoleName[], candidates: Candidate[], cues: string[][] = []): RoleName[] {
  const lists: number[][] = [];
  cues.forEach((f, k) => {
    if (!f.includes(LIST_CUE)) return;
    const last = lists[lists.length - 1];
    if (last && last[last.length - 1] === k - 1) last.push(k);
    else lists.push([k - 1, k]);
  });
  if (!lists.length) return names;
  const nameOf = (k: number) => names.find((n) => sameVictim(n.name, candidates[k].text))?.name;
  const partners = new Map<string, Set<string>>();
  for (const list of lists) {
    const members = [...new Set(list.map(nameOf).filter((x): x is string => !!x))];
    for (const m of members) for (const o of members) if (o !== m) (partners.get(m) ?? partners.set(m, new Set()).get(m)!).add(o);
  }
  return names.map((n) => (partners.has(n.name) ? { ...n, partners: [...partners.get(n.name)!] } : n));
}
