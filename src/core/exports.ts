/** CSV tables and a Markdown brief over several analysed articles (CLI exports and the workspace export). */
import { otherAttackers } from './incident-fields-text';
import { lineAt, lineStarts } from './lines';
import { describeFigure, escapeMarkdown } from './report';
import type { ArticleAnalysis, WorkspaceIndex } from './workspace';

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(v: unknown): string {
  const s = v == null ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csv = (rows: unknown[][]) => rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

/** 1-based line and column of an offset (columns in UTF-16 code units, as editors count). */
function locator(text: string): (offset: number) => [number, number] {
  const starts = lineStarts(text);
  return (offset) => {
    const { line, character } = lineAt(starts, offset);
    return [line + 1, character + 1];
  };
}

export interface CsvTables {
  incidents: string;
  figures: string;
  quotes: string;
  claims: string;
}

export function toCsvTables(articles: ArticleAnalysis[]): CsvTables {
  const incidents: unknown[][] = [['file', 'line', 'column', 'id', 'type', 'label', 'victim', 'attacker', 'suspected', 'date', 'records', 'data_types', 'ransom', 'cves', 'product', 'version', 'discoverer', 'patched_by', 'patch', 'other_attackers', 'when']];
  const figures: unknown[][] = [['file', 'line', 'column', 'text', 'kind', 'value', 'unit', 'counts', 'qualifier', 'change', 'date']];
  const quotes: unknown[][] = [['file', 'line', 'column', 'kind', 'speaker', 'role', 'cue', 'outlet', 'text']];
  const claims: unknown[][] = [['file', 'line', 'column', 'source', 'source_kind', 'outlet', 'hedged', 'score', 'reasons', 'text']];
  for (const { file, text, analysis: a } of articles) {
    const at = locator(text);
    for (const i of a.incidents) {
      const first = i.mentions[0];
      const [line, col] = first ? at(first.start) : [null, null];
      const records = i.records.map((r) => `${r.value}${r.what ? ` ${r.what}` : ''} (${r.qualifier})`);
      // Analyses cached before schema 2 have no fields.
      const f = i.fields as typeof i.fields | undefined;
      const ransom = (f?.ransom ?? []).map((r) => `${r.amount ?? ''} ${r.currency ?? ''}${r.equivalent ? ` (about ${r.equivalent.amount ?? ''} ${r.equivalent.currency ?? ''})` : ''}${r.payment ? ` (${r.payment.text})` : ''}`.replace(/\s+\)/g, ')').trim());
      const cves = (f?.cves ?? []).map((c) => c.text.toUpperCase());
      incidents.push([file, line, col, i.id, i.type, i.label, i.victim, i.attacker, i.suspected, i.date, records, i.dataTypes, ransom, cves, f?.product?.text, f?.version?.text, f?.discoverer?.text, f?.patchedBy?.text, f?.patch?.text, otherAttackers(i), f?.date?.text]);
    }
    for (const f of a.figures) {
      const value = Array.isArray(f.value) ? `${f.value[0]}-${f.value[1]}` : f.value;
      figures.push([file, ...at(f.start), f.text, f.kind, value, f.unit, f.counts, f.qualifier, f.change, f.date]);
    }
    for (const q of a.quotes) quotes.push([file, ...at(q.start), q.kind, q.speaker, q.role ?? null, q.cue, q.outlet, q.text]);
    for (const c of a.claims) claims.push([file, ...at(c.start), c.source, c.sourceKind, c.outlet, c.hedged, c.score.toFixed(3), c.reasons, c.text]);
  }
  return { incidents: csv(incidents), figures: csv(figures), quotes: csv(quotes), claims: csv(claims) };
}

/** A brief of a folder of articles: incidents with their sources and disagreements, top speakers, unattributed claims. */
export function renderWorkspaceMarkdown(index: WorkspaceIndex, articles: ArticleAnalysis[]): string {
  const out = ['# Policy Lens workspace brief', '', `${articles.length} articles · ${index.incidents.length} incidents · ${index.people.length} people`, ''];
  out.push('## Incidents', '');
  if (!index.incidents.length) out.push('_None found._', '');
  for (const m of index.incidents) {
    out.push(`### ${escapeMarkdown(m.label)}`, '');
    if (m.victimNames.length > 1) out.push(`- **Also called:** ${m.victimNames.map(escapeMarkdown).join(' · ')}`);
    out.push(`- **Reported by:** ${[...new Set(m.reports.map((r) => r.file))].map(escapeMarkdown).join(', ')}`);
    for (const r of m.records) out.push(`- ${escapeMarkdown(describeFigure(r.figure))} — _${escapeMarkdown(r.file)}_`);
    for (const d of m.discrepancies) {
      out.push(`- ⚠️ **Sources disagree (${escapeMarkdown(d.measure === 'person' ? 'people affected' : `${d.measure}s`)}):** ${d.figures.map((f) => `${escapeMarkdown(f.figure.text)} ${escapeMarkdown(f.what ?? '')} (${f.figure.qualifier}, ${escapeMarkdown(f.file)})`).join(' vs ')}`);
    }
    out.push('');
  }
  out.push('## Top speakers', '');
  for (const p of index.people.filter((x) => x.quotes.length).slice(0, 15)) {
    const files = new Set(p.quotes.map((q) => q.file));
    out.push(`- **${escapeMarkdown(p.name)}**${p.roles.length ? ` (${p.roles.map(escapeMarkdown).join('; ')})` : ''}: ${p.quotes.length} quotes in ${files.size} articles`);
  }
  out.push('', '## Outlets cited', '', ...index.outlets.map((o) => `- ${escapeMarkdown(o.name)}: ${o.files.length} articles`), '');
  out.push('## Unattributed claims', '');
  for (const { file, analysis } of articles) {
    for (const c of analysis.claims.filter((x) => x.sourceKind === 'none').sort((x, y) => y.score - x.score).slice(0, 5)) {
      out.push(`- ${escapeMarkdown(c.text)} — _${escapeMarkdown(file)}_`);
    }
  }
  return out.join('\n') + '\n';
}

