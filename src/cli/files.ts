/** Which files an input names, and reading one as an article (text as it is; pages, PDFs and Word files imported). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../core';
import { IMPORT_EXTENSIONS, importKind } from '../importers/kind';
import type { ImportedArticle } from '../importers/types';

type Importers = typeof import('../importers');

/** Largest text file read, in bytes: bigger ones are refused with a message rather than freezing the terminal. */
const MAX_TEXT_BYTES = 20 * 1024 * 1024;
/** Largest page, PDF or Word file (they hold far less text than bytes). */
const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

const ARTICLE_FILE = new RegExp(`\\.(txt|md|markdown|${IMPORT_EXTENSIONS.join('|')})$`, 'i');

/** Expands folders into their articles (skipping dot folders and node_modules), sorted by name. */
export function expand(input: string): string[] {
  if (input === '-' || !statSync(input).isDirectory()) return [input];
  return readdirSync(input, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? expand(join(input, e.name)) : ARTICLE_FILE.test(e.name) ? [join(input, e.name)] : []));
}

/** What an article file gives: its text and, for an imported document, what the importer found. */
export interface ArticleText {
  text: string;
  document?: Omit<ImportedArticle, 'text'>;
}

let importers: Importers | undefined;
/** dist/importers.js, required on the first page, PDF or Word file (a path computed at run time keeps it out of cli.js). */
function loadImporters(): Importers {
  const load = require as (id: string) => unknown;
  return (importers ??= load(join(__dirname, 'importers.js')) as Importers);
}

export async function readArticle(file: string, stdin?: string): Promise<ArticleText> {
  if (stdin !== undefined) return { text: stdin };
  const kind = importKind(file);
  const bytes = readFileSync(file);
  const max = kind ? MAX_DOCUMENT_BYTES : MAX_TEXT_BYTES;
  if (bytes.length > max) throw new Error(`larger than ${max / 1024 / 1024} MB; split it or analyse part of it`);
  if (!kind) {
    if (bytes.includes(0)) throw new Error('looks binary (contains NUL bytes); Policy Lens reads plain text, Markdown, web pages, PDFs and Word files');
    return { text: bytes.toString('utf8') };
  }
  const { text, ...document } = await loadImporters().importDocument(bytes, file);
  return { text, document };
}

/** One analysed file, as the outputs take it. */
export interface AnalysedFile extends ArticleText {
  file: string;
  analysis: Analysis;
}
