/**
 * Tiny PDFs written byte by byte for tests that need no browser: pages of text in Helvetica, a "scanned" page (a
 * picture, no text layer) and an encrypted file that needs a password.
 */
function pdf(objects, trailerExtra = '') {
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const stream = (s) => `<< /Length ${Buffer.byteLength(s, 'latin1')} >>\nstream\n${s}\nendstream`;
const pdfString = (s) => s.replace(/[\\()]/g, (c) => '\\' + c);

/** Pages of text: each page a list of lines, 11 pt Helvetica, 14 pt apart, a blank line between paragraphs. */
function textPdf(pages, extraTrailer = '') {
  const pageIds = pages.map((_, i) => 4 + i * 2);
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  for (const lines of pages) {
    const id = objects.length + 1;
    const content = `BT /F1 11 Tf 14 TL 50 790 Td ${lines.map((l) => `(${pdfString(l)}) Tj T*`).join(' ')} ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`, stream(content));
  }
  return pdf(objects, extraTrailer);
}

/** Wraps paragraphs to lines of about `width` characters, a blank line between paragraphs, on one page each 50 lines. */
function paragraphsPdf(paragraphs, width = 80) {
  const lines = [];
  for (const p of paragraphs) {
    let line = '';
    for (const word of p.split(' ')) {
      if (line && (line + ' ' + word).length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line, '');
  }
  const pages = [];
  for (let i = 0; i < lines.length; i += 50) pages.push(lines.slice(i, i + 50));
  return textPdf(pages);
}

/** A page that is only a picture (a grey square), as a scanner makes them: no text to extract. */
function imageOnlyPdf() {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream('0.5 g 50 50 495 742 re f'),
  ]);
}

/** Standard security handler, revision 2, with a user password: opening it without the password fails. */
function encryptedPdf() {
  const hex32 = (seed) => Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) % 256).toString(16).padStart(2, '0')).join('');
  const base = textPdf([['Secret text']]).toString('latin1');
  const objects = [...base.matchAll(/\d+ 0 obj\n([\s\S]*?)\nendobj/g)].map((m) => m[1]);
  objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex32(3)}> /U <${hex32(7)}> /P -44 >>`);
  return pdf(objects, `/Encrypt ${objects.length} 0 R /ID [<${hex32(5).slice(0, 32)}> <${hex32(5).slice(0, 32)}>] `);
}

module.exports = { textPdf, paragraphsPdf, imageOnlyPdf, encryptedPdf };
