/** What every importer returns: the article's readable text and what is known about it. */
export interface ImportedArticle {
  /** The article's paragraphs, separated by blank lines. Offsets of an analysis of it refer to this text. */
  text: string;
  title: string | null;
  byline: string | null;
  /** As the document gives it (ISO date when it has one). */
  date: string | null;
  /** The file name or URL the article came from. */
  source: string;
  /** What kind of document it was. */
  kind: ImportKind;
}

export type ImportKind = 'html' | 'pdf' | 'docx';

/** A document that has no article to give (encrypted, scanned, corrupt, no readable text): the message says why. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** Paragraphs joined the one way every importer does it. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  const kept = [...paragraphs].map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return kept.length ? kept.join('\n\n') + '\n' : '';
}
