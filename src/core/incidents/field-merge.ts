/** Moving and joining incident fields (schema 2) when a long document's sections are merged (merge.ts). */
import type { IncidentFields, Span } from '../types';

const shiftSpan = (s: Span | null, d: number): Span | null => s && { start: s.start + d, end: s.end + d, text: s.text };

/** A copy of `f` with every span moved by `d` and ransom figure indices moved by `figureBase`. */
export function shiftFields(f: IncidentFields, d: number, figureBase = 0): IncidentFields {
  return {
    victim: shiftSpan(f.victim, d),
    attacker: shiftSpan(f.attacker, d),
    suspected: shiftSpan(f.suspected, d),
    date: shiftSpan(f.date, d),
    place: shiftSpan(f.place, d),
    ransom: f.ransom.map((r) => ({ ...r, start: r.start + d, end: r.end + d, figure: r.figure + figureBase, payment: shiftSpan(r.payment, d) })),
    cves: f.cves.map((c) => shiftSpan(c, d)!),
    product: shiftSpan(f.product, d),
    version: shiftSpan(f.version, d),
    discoverer: shiftSpan(f.discoverer, d),
    patchedBy: shiftSpan(f.patchedBy, d),
    patch: shiftSpan(f.patch, d),
  };
}

type SingleField = 'victim' | 'attacker' | 'suspected' | 'date' | 'place' | 'product' | 'version' | 'discoverer' | 'patchedBy' | 'patch';
const SINGLE: SingleField[] = ['victim', 'attacker', 'suspected', 'date', 'place', 'product', 'version', 'discoverer', 'patchedBy', 'patch'];

/** Adds a later section's fields of the same incident to `into`: the first statement of each field stays. */
export function joinFields(into: IncidentFields, later: IncidentFields): void {
  for (const k of SINGLE) into[k] ??= later[k];
  for (const r of later.ransom) into.ransom.push(r);
  for (const c of later.cves) if (!into.cves.some((x) => x.text.toUpperCase() === c.text.toUpperCase())) into.cves.push(c);
}
