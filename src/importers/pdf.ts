/**
 * PDFs: pdfjs-dist (Firefox's PDF reader) gives each page's text runs with their positions; pdf-layout.ts makes the
 * article's paragraphs of them. pdfjs 4.10, because pdfjs 5+ needs a newer Node than the CLI's (20).
 */
import { dropFurniture, pageLines, paragraphs, type Line, type Page } from './pdf-layout';
import { isoDate } from './html';
import { ImportError, joinParagraphs, type ImportedArticle } from './types';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Fewer characters than this per page and the PDF is taken for a scan (pages as images, no text layer). */
const MIN_CHARS_PER_PAGE = 20;

let loaded: Promise<Pdfjs> | undefined;

/**
 * pdfjs, loaded once. Its worker code runs in this thread (set as `globalThis.pdfjsWorker`, which pdfjs looks for),
 * so the bundle needs no separate worker file. pdfjs logs with console.log at load (no canvas package: we render
 * nothing); that would land in the CLI's JSON on stdout, so console.log is muted while it loads.
 */
function loadPdfjs(): Promise<Pdfjs> {
  return (loaded ??= (async () => {
    const log = console.log;
    console.log = () => undefined;
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      console.log = log;
    }
  })());
}

export async function importPdf(bytes: Uint8Array, source: string): Promise<ImportedArticle> {
  const pdfjs = await loadPdfjs();
  // pdfjs takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer: hand it a plain copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new ImportError('encrypted PDF: it needs a password; save an unprotected copy');
    throw new ImportError(`not a readable PDF (${(e as Error).message})`);
  }
  try {
    const pages: Line[][] = [];
    let chars = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: Page['runs'] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        runs.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height });
        chars += item.str.trim().length;
      }
      pages.push(pageLines({ width, height, runs }, i));
      page.cleanup();
    }
    if (chars < MIN_CHARS_PER_PAGE * doc.numPages) throw new ImportError('no text layer: a scanned (image-only) PDF; run it through OCR first');
    const info = ((await doc.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    return article(dropFurniture(pages).flat(), info, source);
  } finally {
    await doc.destroy();
  }
}

/** The title (document info, else the first page's big type), byline and date, and the text without them. */
function article(lines: Line[], info: Record<string, unknown>, source: string): ImportedArticle {
  const bodySize = [...lines.map((l) => l.size)].sort((a, b) => a - b)[Math.floor(lines.length / 2)] ?? 0;
  const lead = lines.findIndex((l) => !(l.page === 1 && l.size > bodySize * 1.25));
  const headline = lines.slice(0, Math.max(0, lead)).map((l) => l.text).join(' ');
  const paras = paragraphs(lines.slice(Math.max(0, lead)));
  // Chromium sets the Title to the page's URL (about:blank) when it has no <title>: a title with a colon is not used.
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  let byline = str(info.Author);
  let date = pdfDate(str(info.CreationDate));
  const by = /^by\s+([^,]{2,80})(?:,\s*(.{4,40}))?$/i.exec(paras[0] ?? '');
  if (by) {
    paras.shift();
    byline = by[1].trim();
    date = isoDate(by[2]) ?? date;
  }
  const text = joinParagraphs(paras);
  if (!text) throw new ImportError('no article text in this PDF');
  return { text, title: headline || (str(info.Title)?.includes(':') ? null : str(info.Title)), byline, date, source, kind: 'pdf' };
}

/** "D:20260314093000Z" → "2026-03-14". */
function pdfDate(s: string | null): string | null {
  const m = s && /^D:(\d{4})(\d{2})(\d{2})/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
