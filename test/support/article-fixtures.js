/**
 * One invented article, rendered at test time as the files people actually have: a web page with navigation, ads and
 * comments around it, a two-column PDF printed by Chromium with running headers, footers, page numbers and hyphenated
 * line ends, and a Word file. Tests compare what the importers extract with the plain paragraphs below.
 */
const ARTICLE = {
  title: 'Harbour town votes to rebuild its flood wall',
  byline: 'Mara Quellfeld',
  date: '2026-03-14',
  paragraphs: [
    'The council of Lindqvist Bay voted 7 to 2 on Tuesday to rebuild the harbour flood wall at a cost of $48 million, ending a dispute that has divided the town since the storm surge of 2024.',
    '"We cannot ask families to sandbag their kitchens every winter," said Odile Farrant, the deputy mayor, after the vote. "This wall is the cheapest insurance the town will ever buy."',
    'According to the harbour authority, the surge flooded 312 homes and forced 1,450 residents from their houses for up to three weeks. Damage was estimated at $22 million.',
    'Opponents said the plan was unaffordable. "Property taxes will rise by 6 percent to pay for concrete that may be obsolete in twenty years," said Benedikt Aschoff, a councillor who voted against it.',
    'The engineering consultancy that studied the harbour recommended a wall 2.4 metres high, with pumping stations at both ends of the promenade and a lock gate at the river mouth.',
    'Construction is expected to begin in September and to take about 30 months. The regional government has promised to cover 40 percent of the cost, the council said in a statement.',
    'Fishermen who moor in the inner basin worry about access during the works. "Nobody has told us where the boats go for two winters," said Ilse Marquardt, who chairs the local cooperative.',
    'The council said it would publish a construction timetable next month and hold two public meetings before the first contracts are signed.',
  ],
};

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news site's page: header navigation, a cookie banner, ads, a related-links box and reader comments. */
function articleHtml(a = ARTICLE) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | Coastal Ledger</title>
<meta name="author" content="${esc(a.byline)}"><meta property="article:published_time" content="${a.date}T08:00:00Z"></head>
<body>
<header><nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/subscribe">Subscribe now</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<div class="ad ad-banner">ADVERTISEMENT Buy one kayak, get the second half price at Pebble Outfitters</div>
<main><article>
<h1>${esc(a.title)}</h1>
<p class="byline">By <span class="author">${esc(a.byline)}</span> · <time datetime="${a.date}">${a.date}</time></p>
${a.paragraphs.map((p, i) => `<p>${esc(p)}</p>${i === 3 ? '\n<aside class="ad sponsored">Sponsored: refinance your boat loan today with Tidewater Credit</aside>' : ''}`).join('\n')}
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Lighthouse keeper retires after forty summers</a></li><li><a href="/b">Ferry timetable changes announced</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><div class="comment"><p>First! Great reporting as always.</p></div><div class="comment"><p>Who is paying for all this, honestly?</p></div></section>
</main>
<footer><p>© 2026 Coastal Ledger. All rights reserved.</p><nav><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></nav></footer>
</body></html>`;
}

/** The phrases of the page's furniture: none may survive extraction. */
const FURNITURE = ['Subscribe now', 'Accept all cookies', 'ADVERTISEMENT', 'Sponsored', 'Related stories', 'Lighthouse keeper', 'First! Great', 'All rights reserved', 'Privacy policy', 'Coastal Ledger'];

/** Soft hyphens inside long words, so narrow columns break them with a visible hyphen at the line end. */
const softHyphens = (s) => s.replace(/[a-z]{9,}/gi, (w) => w.slice(0, 4) + '\u00ad' + w.slice(4));

/** The page Chromium prints: two narrow columns, big type so the article runs over several pages. */
function printHtml(a = ARTICLE) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
body { font: 15pt/1.35 serif; margin: 0; }
h1 { font-size: 22pt; column-span: all; margin: 0 0 8pt; }
.byline { column-span: all; font-style: italic; margin: 0 0 12pt; }
.cols { column-count: 2; column-gap: 28pt; text-align: justify; }
p { margin: 0 0 9pt; }
</style></head><body>
<h1>${esc(a.title)}</h1><p class="byline">By ${esc(a.byline)}, ${a.date}</p>
<div class="cols">${a.paragraphs.map((p) => `<p>${esc(softHyphens(p))}</p>`).join('\n')}</div>
</body></html>`;
}

const PDF_FURNITURE = ['Lindqvist Bay Gazette', 'Special report', 'Page '];

/** A two-column PDF with a running header and footer and page numbers, printed by Chromium (playwright-core). */
async function articlePdf(a = ARTICLE) {
  const { launchChromium } = require('./browser');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(printHtml(a));
    return await page.pdf({
      format: 'A5',
      margin: { top: '22mm', bottom: '22mm', left: '14mm', right: '14mm' },
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">Lindqvist Bay Gazette · Special report</div>',
      footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}

/** A Word file: title, byline and date paragraphs, then the article, built with the `docx` package. */
async function articleDocx(a = ARTICLE) {
  const { Document, Packer, Paragraph, HeadingLevel, TextRun } = require('docx');
  const doc = new Document({
    creator: a.byline,
    title: a.title,
    sections: [
      {
        children: [
          new Paragraph({ text: a.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun({ text: `By ${a.byline}`, italics: true })] }),
          ...a.paragraphs.map((p) => new Paragraph({ text: p })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The article as a .txt file: paragraphs separated by blank lines. */
const articleText = (a = ARTICLE) => a.paragraphs.join('\n\n') + '\n';

const { imageOnlyPdf, encryptedPdf, paragraphsPdf } = require('./tiny-pdf');

module.exports = { imageOnlyPdf, encryptedPdf, simplePdf: (a = ARTICLE) => paragraphsPdf(a.paragraphs), ARTICLE, FURNITURE, PDF_FURNITURE, articleHtml, articlePdf, articleDocx, articleText, printHtml };
