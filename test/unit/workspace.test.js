// Across articles: merging incidents, flagging figures that disagree, and CSV that survives a real CSV parser.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { parse } = require('csv-parse/sync');
const { analyze, buildWorkspaceIndex, figuresAgree, sameVictim, toCsvTables, renderWorkspaceMarkdown } = require('../../dist/core.js');

const dir = path.join(__dirname, '..', 'fixtures', 'workspace');
const articles = fs
  .readdirSync(dir)
  .sort()
  .map((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    return { file, text, analysis: analyze(text) };
  });

const fig = (value, qualifier = 'exact') => ({ start: 0, end: 1, text: 'x', kind: 'count', value, unit: 'record', counts: 'records', qualifier, change: null, date: null });

test('victim names match across variants, acronyms and prefixes', () => {
  assert.ok(sameVictim('Bureau of Land Records', 'BLR'));
  assert.ok(sameVictim('U.S. Bureau of Land Records', 'Bureau of Land Records'));
  assert.ok(sameVictim('Northwind Mutual', 'Northwind Mutual Insurance Co.'));
  assert.ok(!sameVictim('Northwind Mutual', 'Southwind Bank'));
  assert.ok(!sameVictim('City of Lakeview', 'City of Rivertown'));
});

test('figures agree when their qualifiers allow it', () => {
  assert.ok(figuresAgree(fig(21e6, 'at-least'), fig(21.5e6)));
  assert.ok(!figuresAgree(fig(21e6), fig(21.5e6)));
  assert.ok(!figuresAgree(fig(78.8e6, 'at-most'), fig(80e6)));
  assert.ok(figuresAgree(fig(80e6, 'approx'), fig(78.8e6)));
  assert.ok(figuresAgree(fig([10e6, 20e6], 'range'), fig(15e6)));
});

test('three articles about one breach merge into one incident with the disagreement flagged', () => {
  const index = buildWorkspaceIndex(articles);
  const northwind = index.incidents.filter((m) => m.victim && /northwind/i.test(m.victim));
  assert.equal(northwind.length, 1, `one merged incident, got ${index.incidents.map((m) => m.label).join(' | ')}`);
  const [m] = northwind;
  assert.equal(m.type, 'breach');
  assert.equal(new Set(m.reports.map((r) => r.file)).size, 3, 'reported by all three articles');
  assert.ok(m.discrepancies.length >= 1, 'the 12.4 million vs 15 million disagreement is flagged');
  const values = m.discrepancies.flatMap((d) => d.figures.map((f) => f.figure.value));
  assert.ok(values.includes(12.4e6) && values.includes(15e6), `values ${values}`);
  assert.ok(index.incidents.some((x) => x.type === 'ransomware' && /lakeview/i.test(x.victim ?? '')), 'the separate ransomware attack stays separate');
  assert.match(renderWorkspaceMarkdown(index, articles), /Sources disagree/);
});

test('CSV tables round-trip through a CSV parser with file, line and column', () => {
  const tables = toCsvTables(articles);
  const expected = { figures: 'figures', quotes: 'quotes', claims: 'claims', incidents: 'incidents' };
  for (const [name, key] of Object.entries(expected)) {
    const rows = parse(tables[name], { columns: true });
    const count = articles.reduce((n, a) => n + a.analysis[key].length, 0);
    assert.equal(rows.length, count, `${name}: one row per item`);
    for (const row of rows) {
      assert.ok(Number(row.line) >= 1 && Number(row.column) >= 1, `${name}: line/column`);
      assert.ok(articles.some((a) => a.file === row.file));
    }
  }
  const quotes = parse(tables.quotes, { columns: true });
  for (const row of quotes) {
    const article = articles.find((a) => a.file === row.file);
    const line = article.text.split('\n')[Number(row.line) - 1];
    assert.equal(line.slice(Number(row.column) - 1, Number(row.column) - 1 + row.text.length), row.text, 'line/column point at the quote');
  }
});
