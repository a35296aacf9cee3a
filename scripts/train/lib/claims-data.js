// Reads the check-worthiness corpora: ClaimBuster (CT24 TSV, CSV-quoted Text) and the CheckThat! transcripts
// (line, speaker, sentence, label). Sorted inputs, so training sees the same order on every machine.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** A CT24 Text field: CSV-quoted when it holds a quote or a tab ("…""…"" …"). */
function unquote(field) {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
}

/** ClaimBuster rows: [{ id, text, label }] (label true = check-worthy). */
function readClaimBuster(file) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim());
  return lines.map((l) => {
    const first = l.indexOf('\t');
    const last = l.lastIndexOf('\t');
    return { id: l.slice(0, first), text: unquote(l.slice(first + 1, last)), label: l.slice(last + 1).trim() === 'Yes' };
  });
}

/** One CheckThat! transcript: [{ line, speaker, text, label }]. */
function readTranscript(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => {
      const [line, speaker, text, label] = l.split('\t');
      return { line: Number(line), speaker, text: text ?? '', label: Number(label) === 1 };
    });
}

/** The training transcripts (CheckThat! 2019 and 2020 training pools), by name, sorted. */
function readTranscripts(corpus) {
  const out = [];
  for (const year of ['checkthat2019', 'checkthat2020']) {
    const dir = path.join(corpus, 'claims-train', year);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.tsv')).sort()) out.push({ name: `${year}/${f}`, rows: readTranscript(path.join(dir, f)) });
  }
  return out;
}

module.exports = { readClaimBuster, readTranscript, readTranscripts, unquote };
