/** The entities stage's public shapes (re-exported by ../entities.ts, the entry point). */
import type { NP, SentenceInfo } from '../cues';
import type { NameMention, PersonCluster } from '../names';
import type { Doc } from '../text';
import type { QuoteMarks } from '../tokens';
import type { Person, SourceKind, Span } from '../types';

/** One place a sentence names where its content comes from ("CNBC reported", "many analysts questioned"). */
export interface SourceMention extends Span {
  /** Index into doc.sentences. */
  sentence: number;
  /** Canonical name ("Maria Delgado", "The New York Times", "many experts"). */
  name: string | null;
  kind: SourceKind;
  cue: string | null;
  outlet: string | null;
  role: string | null;
}

/** What quotes.ts needs beyond the public lists: per-sentence tokens, mentions and the resolver. */
export interface EntityContext {
  doc: Doc;
  marks: QuoteMarks[];
  sentences: SentenceInfo[];
  mentions: NameMention[];
  clusters: PersonCluster[];
  /** Resolve a speaker noun phrase to a canonical name (never one of `avoid`, for pronouns and descriptions). */
  resolve(np: NP, sentence: number, prefer?: string[], avoid?: readonly string[]): Resolved;
  /** The outlet the sentence cites (spoken to or reporting), as written. */
  outletIn(sentence: number): { written: string; canonical: string } | null;
}

export interface Resolved {
  name: string | null;
  kind: SourceKind;
  role: string | null;
}

export interface Entities {
  people: Person[];
  /** Canonical outlet names cited as sources. */
  outlets: string[];
  /** Organisation names found in the text (canonical). */
  organizations: string[];
  sources: SourceMention[];
  /** Internal: shared with quotes.ts. */
  context?: EntityContext;
}
