/** Which importer reads a file, by its name. Small and dependency-free, so callers can ask without loading any importer. */
import type { ImportKind } from './types';

const BY_EXTENSION: Record<string, ImportKind> = { html: 'html', htm: 'html', xhtml: 'html', pdf: 'pdf', docx: 'docx' };

/** The extensions (no dot) the importers read. */
export const IMPORT_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

export function importKind(fileName: string): ImportKind | undefined {
  const m = /\.([a-z0-9]+)$/i.exec(fileName);
  return m ? BY_EXTENSION[m[1].toLowerCase()] : undefined;
}
