/**
 * The victim name the frames gave an incident but the analysis withheld (a vulnerability's vendor, a name the role
 * model vetoed), kept beside the incident, off the Analysis: the section merge joins a victimless incident to the
 * same-type incident of another section by it, as the single pass grouped their frames by it before withholding it.
 * Whoever copies an incident before the merge passes it on (keepWithheld). A WeakMap, not a field: a field would join
 * the Analysis JSON (the schema, the webview, the exports); a symbol-keyed one, though spreads would carry it, would
 * ride on every later copy too and count in deep comparisons. The copies before the merge are few (fields.ts; merge.ts's
 * shift, rebase and own copy), each through keepWithheld.
 */
import type { Incident } from '../types';

const withheld = new WeakMap<Incident, string>();

export function setWithheldVictim(i: Incident, name: string): void {
  withheld.set(i, name);
}

/** The incident's victim, else the name withheld from it, else null: what the section merge matches incidents by. */
export function victimKey(i: Incident): string | null {
  return i.victim ?? withheld.get(i) ?? null;
}

/** `to` (a copy of `from`) with `from`'s withheld name. */
export function keepWithheld<T extends Incident>(from: Incident, to: T): T {
  const name = withheld.get(from);
  if (name !== undefined) withheld.set(to, name);
  return to;
}
