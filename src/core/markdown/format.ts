/** Which reading a document gets: Markdown for the `markdown` language or a Markdown file name, plain text otherwise. */
import type { TextFormat } from '../types';

const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkd|mkdn)$/i;

export function formatOf(path?: string, languageId?: string): TextFormat {
  if (languageId !== undefined && languageId !== '') return languageId === 'markdown' ? 'markdown' : 'text';
  return path !== undefined && MARKDOWN_NAME.test(path) ? 'markdown' : 'text';
}
