import type { Entities } from './entities';
import type { Doc } from './text';
import type { Quote } from './types';

/** Direct and partial quotes with their speakers, in document order. */
export function extractQuotes(_doc: Doc, _entities: Entities): Quote[] {
  return [];
}
