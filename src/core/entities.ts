import type { Doc } from './text';
import type { Person, SourceKind, Span } from './types';

/** One place a sentence names where its content comes from ("CNBC reported", "many experts doubted"). */
export interface SourceMention extends Span {
  /** Index into doc.sentences. */
  sentence: number;
  /** Canonical name ("Susan Rice", "The New York Times", "many experts"). */
  name: string | null;
  kind: SourceKind;
  cue: string | null;
  outlet: string | null;
  role: string | null;
}

export interface Entities {
  people: Person[];
  /** Canonical outlet names cited as sources. */
  outlets: string[];
  /** Organisation names found in the text (canonical). */
  organizations: string[];
  sources: SourceMention[];
}

export function extractEntities(_doc: Doc): Entities {
  return { people: [], outlets: [], organizations: [], sources: [] };
}
