/** Moving and joining incident fields (schema 2) when a long document's sections are merged (merge.ts). */
import type { IncidentFields, Span } from '../types';

/** A copy of `f` with every span passed through `move` and ransom figure indices moved by `figureBase`. */
export function mapFields(f: IncidentFields, move: (s: Span) => Span, figureBase = 0): IncidentFields {
  const one = (s: Span | null) => s && move(s);
  return {
    victim: one(f.victim),
    attacker: one(f.attacker),
    suspected: one(f.suspected),
    date: one(f.date),
    place: one(f.place),
    ransom: f.ransom.map((r) => ({
      ...r,
      ...move(r),
      figure: r.figure + figureBase,
      payment: one(r.payment),
      equivalent: r.equivalent && { ...r.equivalent, ...move(r.equivalent), figure: r.equivalent.figure + figureBase },
    })),
    cves: f.cves.map(move),
    product: one(f.product),
    version: one(f.version),
    discoverer: one(f.discoverer),
    patchedBy: one(f.patchedBy),
    patch: one(f.patch),
  };
}

/** A copy of `f` with every span moved by `d` and ransom figure indices moved by `figureBase`. */
export function shiftFields(f: IncidentFields, d: number, figureBase = 0): IncidentFields {
  return mapFields(f, (s) => ({ start: s.start + d, end: s.end + d, text: s.text }), figureBase);
}

type SingleField = 'victim' | 'attacker' | 'suspected' | 'date' | 'place' | 'product' | 'version' | 'discoverer' | 'patchedBy' | 'patch';
const SINGLE: SingleField[] = ['victim', 'attacker', 'suspected', 'date', 'place', 'product', 'version', 'discoverer', 'patchedBy', 'patch'];

/** Adds a later section's fields of the same incident to `into`: the first statement of each field stays. */
export function joinFields(into: IncidentFields, later: IncidentFields): void {
  for (const k of SINGLE) into[k] ??= later[k];
  for (const r of later.ransom) into.ransom.push(r);
  for (const c of later.cves) if (!into.cves.some((x) => x.text.toUpperCase() === c.text.toUpperCase())) into.cves.push(c);
}
