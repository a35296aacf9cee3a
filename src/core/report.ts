/**
 * Human-readable renderings of an Analysis, shared by the CLI and the extension's Markdown export.
 * Pure: strings in, strings out.
 */
import { incidentFieldLines, otherAttackers } from './incident-fields-text';
import type { Analysis, Claim, Figure, Incident, Quote, SourceKind } from './types';

/** Escapes text for Markdown so article text cannot inject links, HTML or emphasis. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exact: '',
  approx: 'about',
  'at-least': 'at least',
  'at-most': 'at most',
  range: 'between',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO date, partial allowed, in words: "2015-09-23" → "September 23, 2015", "--03-03" → "March 3",
 * "2019-05" → "May 2019". The ISO value stays in the Analysis and the JSON; this is for readers.
 */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(iso) ?? /^(\d{4})$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (!month) return year;
  const name = MONTHS[Number(month) - 1];
  if (!name) return iso;
  const y = year === '-' ? '' : year;
  if (!day) return y ? `${name} ${y}` : name;
  return y ? `${name} ${Number(day)}, ${y}` : `${name} ${Number(day)}`;
}

/** When an incident happened, for readers: its date in words, or the words the article says it with ("last week"). */
export function incidentDate(i: Pick<Incident, 'date' | 'fields'>): string | null {
  return formatDate(i.date) ?? i.fields?.date?.text ?? null;
}

/** "1 incident", "3 quotes". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "4,200,000" / "10–20" / "September 23": a figure's value as a reader wants it. */
export function formatValue(f: Figure): string {
  if (f.kind === 'date') return formatDate(f.date) ?? f.text;
  if (f.value == null) return f.text;
  const one = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return Array.isArray(f.value) ? `${one(f.value[0])}–${one(f.value[1])}` : one(f.value);
}

/** One line that explains a figure: "at most 4,200,000 patient records — count". */
export function describeFigure(f: Figure): string {
  const q = QUALIFIER_WORDS[f.qualifier];
  const what = f.counts ?? (f.unit && f.kind !== 'count' ? f.unit : '');
  const change = f.change ? ` (${f.change === 'up' ? 'an increase' : 'a decrease'})` : '';
  return [q, formatValue(f), what].filter(Boolean).join(' ') + ` — ${f.kind}${change}`;
}

export const SOURCE_KIND_TITLES: Record<SourceKind, string> = {
  person: 'Named people',
  organization: 'Organisations',
  outlet: 'News outlets',
  vague: 'Vague sources',
  none: 'Unattributed',
};

export function quotesBySpeaker(quotes: Quote[]): Map<string, Quote[]> {
  const by = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker ?? 'Unknown speaker';
    by.set(key, [...(by.get(key) ?? []), q]);
  }
  return by;
}

export function claimsByKind(claims: Claim[]): Map<SourceKind, Claim[]> {
  const by = new Map<SourceKind, Claim[]>();
  for (const c of [...claims].sort((a, b) => b.score - a.score)) by.set(c.sourceKind, [...(by.get(c.sourceKind) ?? []), c]);
  return by;
}

/** A readable brief: incidents, quotes by speaker, figures, claims by source kind. */
export function renderMarkdown(a: Analysis, title = 'Policy Lens brief'): string {
  const out: string[] = [`# ${escapeMarkdown(title)}`, ''];
  out.push(`${plural(a.incidents.length, 'incident')} · ${plural(a.quotes.length, 'quote')} · ${plural(a.figures.length, 'figure')} · ${plural(a.claims.length, 'claim')}`, '');
  out.push('## Incidents', '');
  if (!a.incidents.length) out.push('_None found._', '');
  for (const i of a.incidents) {
    out.push(`### ${escapeMarkdown(i.label)} (${i.type})`, '');
    if (i.victim) out.push(`- **Victim:** ${escapeMarkdown(i.victim)}`);
    for (const r of i.records) {
      const f = a.figures[r.figure];
      out.push(`- **Affected:** ${f ? escapeMarkdown(describeFigure(f)) : r.value.toLocaleString('en-US')}`);
    }
    if (i.dataTypes.length) out.push(`- **Data:** ${i.dataTypes.map(escapeMarkdown).join(', ')}`);
    if (i.attacker) out.push(`- **Attacker${i.attackerKind === 'described' ? ' (not named)' : ''}:** ${escapeMarkdown(i.attacker)}`);
    if (i.suspected) out.push(`- **Suspected:** ${escapeMarkdown(i.suspected)}`);
    if (otherAttackers(i).length) out.push(`- **Other attackers:** ${otherAttackers(i).map(escapeMarkdown).join(', ')}`);
    const when = incidentDate(i);
    if (when) out.push(`- **Date:** ${escapeMarkdown(when)}`);
    for (const l of incidentFieldLines(i)) out.push(`- **${l.label}:** ${escapeMarkdown(l.value)}`);
    out.push('');
  }
  out.push('## Quotes by speaker', '');
  if (!a.quotes.length) out.push('_None found._', '');
  for (const [speaker, quotes] of quotesBySpeaker(a.quotes)) {
    const role = a.people.find((p) => p.name === speaker)?.role;
    out.push(`### ${escapeMarkdown(speaker)}${role ? ` — ${escapeMarkdown(role)}` : ''}`, '');
    for (const q of quotes) out.push(`> ${escapeMarkdown(q.text)}${q.outlet ? ` _(to ${escapeMarkdown(q.outlet)})_` : ''}`, '');
  }
  out.push('## Figures', '');
  if (!a.figures.length) out.push('_None found._');
  for (const f of a.figures) out.push(`- \`${f.text.replace(/`/g, "'")}\`: ${escapeMarkdown(describeFigure(f))}`);
  out.push('', '## Claims by source', '');
  if (!a.claims.length) out.push('_None found._', '');
  for (const [kind, claims] of claimsByKind(a.claims)) {
    out.push(`### ${SOURCE_KIND_TITLES[kind]}`, '');
    for (const c of claims) {
      const src = c.source ? ` — ${escapeMarkdown(c.source)}` : '';
      out.push(`- ${escapeMarkdown(c.text)}${src}${c.hedged ? ' _(hedged)_' : ''} (score ${c.score.toFixed(2)})`);
    }
    out.push('');
  }
  if (a.outlets.length) out.push('## Outlets cited', '', ...a.outlets.map((o) => `- ${escapeMarkdown(o)}`), '');
  return out.join('\n');
}
