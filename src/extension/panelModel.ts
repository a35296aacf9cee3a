/**
 * Analysis → what the panel (and the Markdown export) shows. Pure (no vscode): strings prepared, spans kept.
 *
 * A long article has thousands of figures and claims: the panel gets the first page of each list with the model and
 * the rest in later pages (`panelPage`), so no single task on the extension host builds or sends megabytes.
 */
import type { Analysis, Claim, Figure, Quote } from '../core/types';
import type { ClaimGroup, ClaimItem, FigureItem, IncidentCard, OutletItem, PanelModel, PanelPage, PersonItem, QuoteItem, SpanRef } from '../shared/protocol';
import { incidentFieldLines } from '../core/incident-fields-text';
import { firstMentions } from './spans';
import { claimGroup, describeQualifier, formatDate, formatNumber, formatValue, qualifierWords } from './format';

function ref(span: { start: number; end: number } | null | undefined): SpanRef | null {
  return span ? { start: span.start, end: span.end } : null;
}

function quoteItem(q: Quote): QuoteItem {
  return { text: q.text, cue: q.cue, outlet: q.outlet, span: { start: q.start, end: q.end } };
}

/** The panel model; `pageSize` cuts the figure and claim lists to their first page (the Markdown export takes all). */
export function buildPanelModel(analysis: Analysis, text: string, doc: { uri: string; fileName: string; version: number }, pageSize = Infinity): PanelModel {
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
    fields: incidentFieldLines(i).map((l) => ({ label: l.label, value: l.value, span: ref(l.span) })),
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

  // One pass for the citations and one scan for the first mentions, whatever the number of outlets.
  const citations = new Map<string, number>();
  for (const x of [analysis.quotes, analysis.claims].flat()) if (x.outlet) citations.set(x.outlet, (citations.get(x.outlet) ?? 0) + 1);
  const mentions = firstMentions(text, analysis.outlets);
  const outlets: OutletItem[] = analysis.outlets.map((name) => ({ name, citations: citations.get(name) ?? 0, span: ref(mentions.get(name)) }));

  const claims = groupedClaims(analysis);
  const first = { figures: 0, claims: { named: 0, vague: 0, unattributed: 0 } };
  const page = panelPage(analysis, text, first, pageSize);
  return {
    ...doc,
    incidents,
    people,
    unattributedQuotes,
    outlets,
    figures: page.figures,
    claims: page.claims,
    totals: { figures: figures.length, claims: { named: claims.named.length, vague: claims.vague.length, unattributed: claims.unattributed.length } },
  };
}

/** Where the next page of each list starts. */
export interface PageStart {
  figures: number;
  claims: Record<ClaimGroup, number>;
}

/** Up to `size` more figures and claims of each group, from `from` on (claims ranked by score, then position). */
export function panelPage(analysis: Analysis, text: string, from: PageStart, size: number): PanelPage {
  const claims = groupedClaims(analysis);
  const take = <T, U>(list: readonly T[], start: number, map: (x: T) => U) => list.slice(start, start + size).map(map);
  return {
    figures: take(analysis.figures, from.figures, (f) => figureItem(text, f)),
    claims: {
      named: take(claims.named, from.claims.named, claimItem),
      vague: take(claims.vague, from.claims.vague, claimItem),
      unattributed: take(claims.unattributed, from.claims.unattributed, claimItem),
    },
  };
}

function figureItem(text: string, f: Figure): FigureItem {
  return {
    text: f.text,
    value: formatValue(f),
    kind: f.kind,
    counts: f.counts,
    qualifier: describeQualifier(text, f),
    change: f.change,
    span: { start: f.start, end: f.end },
  };
}

function claimItem(c: Claim): ClaimItem {
  return {
    text: c.text,
    source: c.source,
    sourceKind: c.sourceKind,
    hedged: c.hedged,
    score: c.score,
    reasons: c.reasons,
    span: { start: c.start, end: c.end },
  };
}

/** An analysis's claims by source group, ranked; computed once per Analysis object (pages ask again and again). */
const grouped = new WeakMap<Analysis, Record<ClaimGroup, Claim[]>>();
function groupedClaims(analysis: Analysis): Record<ClaimGroup, Claim[]> {
  let groups = grouped.get(analysis);
  if (!groups) {
    groups = { named: [], vague: [], unattributed: [] };
    for (const c of [...analysis.claims].sort((a, b) => b.score - a.score || a.start - b.start)) groups[claimGroup(c)].push(c);
    grouped.set(analysis, groups);
  }
  return groups;
}
