/** Word files: mammoth turns the document into clean HTML (headings, paragraphs, lists), read like a web article. */
import mammoth from 'mammoth';
import { htmlParagraphs } from './blocks';
import { ImportError, joinParagraphs, type ImportedArticle } from './types';

export async function importDocx(bytes: Uint8Array, source: string): Promise<ImportedArticle> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ImportError('not a Word (.docx) file: it is not a zip archive');
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { ignoreEmptyParagraphs: true, styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"] }));
  } catch (e) {
    throw new ImportError(`not a readable Word file (${(e as Error).message.split('\n')[0]})`);
  }
  const paragraphs = htmlParagraphs(html);
  // A leading title (Title or Heading 1 style) and "By …" line are the document's title and byline, not its text.
  const titleMatch = /^<h1>(.*?)<\/h1>/s.exec(html);
  const title = titleMatch ? htmlParagraphs(titleMatch[1])[0] ?? null : null;
  if (title && paragraphs[0] === title) paragraphs.shift();
  const byline = /^by\s+(.{2,80})$/i.exec(paragraphs[0] ?? '')?.[1] ?? null;
  if (byline) paragraphs.shift();
  const text = joinParagraphs(paragraphs);
  if (!text) throw new ImportError('no text in this Word file');
  return { text, title, byline, date: null, source, kind: 'docx' };
}
