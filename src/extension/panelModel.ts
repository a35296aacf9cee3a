/** Analysis → what the panel (and the Markdown export) shows. Pure (no vscode): strings prepared, spans kept. */
import type { Analysis, Quote } from '../core/types';
import type { ClaimItem, FigureItem, IncidentCard, OutletItem, PanelModel, PersonItem, QuoteItem, SpanRef } from '../shared/protocol';
import { findNames } from './spans';
import { claimGroup, describeQualifier, formatDate, formatNumber, formatValue, qualifierWords } from './format';

function ref(span: { start: number; end: number } | null | undefined): SpanRef | null {
  return span ? { start: span.start, end: span.end } : null;
}

function quoteItem(q: Quote): QuoteItem {
  return { text: q.text, cue: q.cue, outlet: q.outlet, span: { start: q.start, end: q.end } };
}

export function buildPanelModel(analysis: Analysis, text: string, doc: { uri: string; fileName: string; version: number }): PanelModel {
  const figures = analysis.figures;
  const incidents: IncidentCard[] = analysis.incidents.map((i) => ({
    id: i.id,
    label: i.label,
    type: i.type,
    victim: i.victim,
    attacker: i.attacker,
    suspected: i.suspected,
    date: formatDate(i.date),
    records: i.records.map((r) => {
      const f = figures[r.figure];
      return {
        value: f ? formatValue(f) : formatNumber(r.value),
        what: r.what,
        qualifier: r.qualifier && r.qualifier !== 'exact' ? qualifierWords(r.qualifier) : null,
        span: ref(f),
      };
    }),
    dataTypes: i.dataTypes,
    span: ref(i.mentions[0]),
    mentions: i.mentions.length,
  }));

  const roles = new Map(analysis.people.map((p) => [p.name, p]));
  const bySpeaker = new Map<string, Quote[]>();
  const unattributedQuotes: QuoteItem[] = [];
  for (const q of analysis.quotes) {
    if (!q.speaker) {
      unattributedQuotes.push(quoteItem(q));
      continue;
    }
    const list = bySpeaker.get(q.speaker) ?? [];
    list.push(q);
    bySpeaker.set(q.speaker, list);
  }
  const people: PersonItem[] = [];
  for (const [name, quotes] of bySpeaker) {
    const person = roles.get(name);
    people.push({
      name,
      role: person?.role ?? quotes.find((q) => q.role)?.role ?? null,
      quotes: quotes.map(quoteItem),
      span: ref(person?.mentions[0] ?? quotes[0].speakerMention),
    });
  }
  for (const p of analysis.people) {
    if (bySpeaker.has(p.name)) continue;
    people.push({ name: p.name, role: p.role, quotes: [], span: ref(p.mentions[0]) });
  }

  const outlets: OutletItem[] = analysis.outlets.map((name) => ({
    name,
    citations: [...analysis.quotes, ...analysis.claims].filter((x) => x.outlet === name).length,
    span: ref(findNames(text, [name])[0]),
  }));

  const figureItems: FigureItem[] = figures.map((f) => ({
    text: f.text,
    value: formatValue(f),
    kind: f.kind,
    counts: f.counts,
    qualifier: describeQualifier(text, f),
    change: f.change,
    span: { start: f.start, end: f.end },
  }));

  const claims: PanelModel['claims'] = { named: [], vague: [], unattributed: [] };
  const sorted = [...analysis.claims].sort((a, b) => b.score - a.score || a.start - b.start);
  for (const c of sorted) {
    const item: ClaimItem = {
      text: c.text,
      source: c.source,
      sourceKind: c.sourceKind,
      hedged: c.hedged,
      score: c.score,
      reasons: c.reasons,
      span: { start: c.start, end: c.end },
    };
    claims[claimGroup(c)].push(item);
  }

  return { ...doc, incidents, people, unattributedQuotes, outlets, figures: figureItems, claims };
}
