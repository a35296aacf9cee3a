/**
 * Web pages: Mozilla's Readability (Firefox's Reader View) finds the article and leaves navigation, ads and comments
 * out; linkedom gives it a DOM without a browser.
 */
import { Readability } from '@mozilla/readability';
import { htmlParagraphs } from './blocks';
import { parseDocument } from './dom';
import { ImportError, joinParagraphs, type ImportedArticle } from './types';

/** Below this many characters of text Readability's pick is not an article (a login page, an index of links). */
const MIN_ARTICLE_CHARS = 200;

export function importHtml(bytes: Uint8Array, source: string): ImportedArticle {
  const html = decodeHtml(bytes);
  const document = parseDocument(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  // Readability changes the document it reads; nothing else reads it afterwards.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: MIN_ARTICLE_CHARS }).parse();
  const paragraphs = article?.content ? htmlParagraphs(article.content) : [];
  const title = article?.title?.trim() || null;
  // Readability sometimes keeps the page's own headline inside the content: it is the title, not a paragraph.
  if (title && paragraphs[0] === title) paragraphs.shift();
  const byline = cleanByline(article?.byline);
  // Likewise a short "By …" line naming the byline.
  if (byline && paragraphs[0] && paragraphs[0].length < 120 && paragraphs[0].includes(byline)) paragraphs.shift();
  const text = joinParagraphs(paragraphs);
  if (text.length < MIN_ARTICLE_CHARS) throw new ImportError('no article found in this page (too little readable text)');
  return { text, title, byline, date: isoDate(article?.publishedTime ?? published), source, kind: 'html' };
}

/** UTF-8 unless the page declares another charset in its first bytes. */
function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const cleanByline = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim() || null;

/** The date part of an ISO timestamp; other forms as given. */
export function isoDate(s: string | null | undefined): string | null {
  const t = s?.trim();
  if (!t) return null;
  return /^\d{4}-\d{2}-\d{2}/.exec(t)?.[0] ?? t;
}
