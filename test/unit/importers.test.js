// Web pages, PDFs and Word files made at test time (test/support/article-fixtures.js): the importers keep every
// paragraph and none of the furniture, and the analysis equals the analysis of the same article as plain text.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { analyze } = require('../../dist/core.js');
const { importDocument, articleHeader, ImportError } = require('../../dist/importers.js');
const fx = require('../support/article-fixtures');
const { CHROMIUM } = require('../support/paths');

const norm = (s) => s.replace(/\s+/g, ' ').trim();
/** What a reader compares: each quote with its speaker, each figure, each claim, as text. */
const summary = (text, a) => ({
  quotes: a.quotes.map((q) => [norm(text.slice(q.start, q.end)), q.speaker]),
  figures: a.figures.map((f) => [norm(text.slice(f.start, f.end)), f.kind, JSON.stringify(f.value)]),
  claims: a.claims.map((c) => norm(text.slice(c.start, c.end))),
});
const asText = fx.articleText();
const expected = summary(asText, analyze(asText));

function checkArticle(article, furniture) {
  const paragraphs = article.text.trim().split(/\n\n/);
  assert.deepEqual(paragraphs, fx.ARTICLE.paragraphs, 'every paragraph, in order, and nothing else');
  for (const f of furniture) assert.ok(!article.text.includes(f), `furniture left in the text: ${f}`);
  assert.equal(article.title, fx.ARTICLE.title);
  assert.equal(article.byline, fx.ARTICLE.byline);
  assert.deepEqual(summary(article.text, analyze(article.text)), expected, 'same quotes, speakers, figures and claims as the .txt');
  assert.ok(expected.quotes.length >= 4 && expected.figures.length >= 6, 'the article gives the comparison something to compare');
}

test('a web page: the article without navigation, ads, related links or comments', async () => {
  const article = await importDocument(Buffer.from(fx.articleHtml()), 'page.html');
  checkArticle(article, fx.FURNITURE);
  assert.equal(article.date, fx.ARTICLE.date);
  assert.equal(article.kind, 'html');
});

test('a Word file: paragraphs, with the title and byline taken out of the text', async () => {
  const article = await importDocument(await fx.articleDocx(), 'draft.docx');
  checkArticle(article, []);
});

test('a two-column PDF printed by Chromium: columns in order, hyphenation undone, no headers, footers or page numbers', { skip: !fs.existsSync(CHROMIUM) && !process.env.CI && `no Chromium at ${CHROMIUM}` }, async () => {
  const pdf = await fx.articlePdf();
  const article = await importDocument(pdf, 'report.pdf');
  checkArticle(article, fx.PDF_FURNITURE);
  assert.equal(article.date, fx.ARTICLE.date);
  // The fixture really has what the importer must undo: words broken at a line end with a hyphen, and two columns.
  const raw = await rawPdfText(pdf);
  assert.match(raw, /\p{L}[-\u2010\u00ad]\n\p{Ll}/u, 'the printed PDF hyphenates at least one line end');
  assert.match(raw, /Page 2 of 2/, 'the printed PDF has page numbers on two pages');
});

/** The PDF's text lines as pdfjs gives them, for checking the fixture itself. */
async function rawPdfText(bytes) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  let out = '';
  for (let i = 1; i <= doc.numPages; i++) for (const it of (await (await doc.getPage(i)).getTextContent()).items) out += it.str + (it.hasEOL ? '\n' : '');
  await doc.destroy();
  return out;
}

test('bad files fail with a one-line reason', async () => {
  const cases = [
    ['corrupt.pdf', Buffer.from('%PDF-1.7\nthis is not really a pdf')],
    ['corrupt.docx', Buffer.from('PK\u0003\u0004 broken zip')],
    ['notzip.docx', Buffer.from('plain text pretending')],
    ['empty.html', Buffer.from('<html><body><nav><a href="/">Home</a></nav></body></html>')],
    ['empty.pdf', Buffer.alloc(0)],
    ['notes.odt', Buffer.from('x')],
  ];
  for (const [name, bytes] of cases) {
    await assert.rejects(importDocument(bytes, name), (e) => e instanceof ImportError && !e.message.includes('\n') && e.message.length > 5, name);
  }
});

test('a scanned PDF (pages without a text layer) is refused as such', async () => {
  await assert.rejects(importDocument(fx.imageOnlyPdf(), 'scan.pdf'), /scanned/);
});

test('an encrypted PDF is refused as such', async () => {
  await assert.rejects(importDocument(fx.encryptedPdf(), 'locked.pdf'), /encrypted/);
});

test('the header names title, byline, date and source', () => {
  assert.equal(articleHeader({ title: 'T', byline: 'B', date: '2026-01-02', source: 'x.pdf' }), 'T\nBy B · 2026-01-02\nSource: x.pdf\n\n');
  assert.equal(articleHeader({ title: null, byline: null, date: null, source: 'x.pdf' }), 'Source: x.pdf\n\n');
});
