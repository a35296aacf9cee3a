/**
 * Documents people have as files (web pages, PDFs, Word files) as articles: `importDocument(bytes, name)` takes the
 * file's bytes and returns its readable text with title, byline, date and source, or throws an ImportError saying
 * why there is no article. Pure (bytes in, text out; no file system, no vscode): the CLI, the extension's
 * "Open as Article" and the workspace index share it. Bundled apart (dist/importers.js), loaded on first use.
 */
import { importKind } from './kind';
import { ImportError, type ImportedArticle } from './types';

export { IMPORT_EXTENSIONS, importKind } from './kind';
export { ImportError, type ImportedArticle, type ImportKind } from './types';

export async function importDocument(bytes: Uint8Array, name: string): Promise<ImportedArticle> {
  const kind = importKind(name);
  if (bytes.length === 0) throw new ImportError('empty file');
  switch (kind) {
    case 'html':
      return (await import('./html')).importHtml(bytes, name);
    case 'pdf':
      return (await import('./pdf')).importPdf(bytes, name);
    case 'docx':
      return (await import('./docx')).importDocx(bytes, name);
    default:
      throw new ImportError('not a web page, PDF or Word file');
  }
}

/** The header a reader sees above the text: title, byline, date and source, one per line, then a blank line. */
export function articleHeader(a: Pick<ImportedArticle, 'title' | 'byline' | 'date' | 'source'>): string {
  const lines = [a.title, [a.byline && `By ${a.byline}`, a.date].filter(Boolean).join(' · '), `Source: ${a.source}`].filter((l): l is string => !!l);
  return lines.join('\n') + '\n\n';
}
