// The CLI over a folder of mixed inputs: pages, PDFs and Word files analysed like text, jsonl streamed line by line,
// a bad file named on stderr while the rest carries on, exit code 1 at the end.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const fx = require('../support/article-fixtures');

const CLI = path.join(__dirname, '../../dist/cli.js');
const run = (args, cwd) =>
  new Promise((resolve) => execFile(process.execPath, [CLI, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr })));

async function folder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-cli-'));
  fs.writeFileSync(path.join(dir, 'article.txt'), fx.articleText());
  fs.writeFileSync(path.join(dir, 'page.html'), fx.articleHtml());
  fs.writeFileSync(path.join(dir, 'report.pdf'), fx.simplePdf());
  fs.writeFileSync(path.join(dir, 'draft.docx'), await fx.articleDocx());
  fs.writeFileSync(path.join(dir, 'scan.pdf'), fx.imageOnlyPdf());
  fs.writeFileSync(path.join(dir, 'broken.docx'), 'not a zip');
  return dir;
}

test('jsonl: one line per good file with the extracted text; each bad file one line on stderr; exit code 1', async () => {
  const dir = await folder();
  const { code, stdout, stderr } = await run(['analyze', '.', '--format', 'jsonl', '--jobs', '2'], dir);
  assert.equal(code, 1);
  const errors = stderr.trim().split('\n');
  assert.deepEqual(errors.map((l) => l.split(':')[0]).sort(), ['broken.docx', 'scan.pdf']);
  assert.match(stderr, /scan\.pdf: .*scanned/);
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.file).sort(), ['article.txt', 'draft.docx', 'page.html', 'report.pdf']);
  const txt = lines.find((l) => l.file === 'article.txt');
  assert.equal(txt.document, undefined, 'a text file needs no extracted text');
  for (const l of lines.filter((x) => x !== txt)) {
    assert.equal(l.document.text, fx.articleText(), `${l.file}: the extracted text is the article`);
    // Offsets refer to the extracted text, and the annotations equal the .txt's.
    assert.deepEqual(l.analysis.quotes.map((q) => [l.document.text.slice(q.start, q.end), q.speaker]), txt.analysis.quotes.map((q) => [fx.articleText().slice(q.start, q.end), q.speaker]));
    assert.deepEqual(l.analysis.figures.map((f) => f.text), txt.analysis.figures.map((f) => f.text));
  }
});

test('json for one PDF: the Analysis plus the document its offsets refer to', async () => {
  const dir = await folder();
  const { code, stdout } = await run(['analyze', 'report.pdf', '--jobs', '1'], dir);
  assert.equal(code, 0);
  const out = JSON.parse(stdout);
  assert.equal(out.schemaVersion, 2);
  assert.equal(out.document.kind, 'pdf');
  for (const q of out.quotes) assert.equal(out.document.text.slice(q.start, q.end), q.text ?? out.document.text.slice(q.start, q.end));
  assert.ok(out.quotes.length >= 4);
});

test('the progress bar stays off when stderr is not a terminal', async () => {
  const dir = await folder();
  const { stderr } = await run(['analyze', 'article.txt', 'page.html', '--format', 'jsonl'], dir);
  assert.equal(stderr, '');
});

test('--jobs must be a whole number', async () => {
  const { code, stderr } = await run(['analyze', 'x.txt', '--jobs', '0'], os.tmpdir());
  assert.equal(code, 2);
  assert.match(stderr, /--jobs/);
});
