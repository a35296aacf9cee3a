import type { Entities } from './entities';
import type { Doc } from './text';
import type { Claim, Figure, Quote } from './types';

export interface ClaimContext {
  figures: Figure[];
  quotes: Quote[];
  entities: Entities;
}

/** Sentences that assert something checkable, with their source and a check-worthiness score. */
export function extractClaims(_doc: Doc, _ctx: ClaimContext): Claim[] {
  return [];
}
