import type { Entities } from './entities';
import type { Doc } from './text';
import type { Figure, Incident } from './types';

export interface IncidentContext {
  figures: Figure[];
  entities: Entities;
}

/** Cyber and policy incidents (breach, ransomware, ...) with victim, records, attacker and mentions. */
export function extractIncidents(_doc: Doc, _ctx: IncidentContext): Incident[] {
  return [];
}
