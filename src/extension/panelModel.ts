/**
 * Analysis → what the panel (and the Markdown export) shows. Pure (no vscode): strings prepared, spans kept.
 *
 * A long article has thousands of figures and claims: the panel gets the first page of each list with the model and
 * the rest in later pages (`panelPage`), so no single task on the extension host builds or sends megabytes. The model
 * itself is made in steps (`panelModelSteps`) that the panel spreads over tasks; the export makes it at once.
 */
import type { Analysis, Claim, Figure, Incident, Quote } from '../core/types';
import type { ClaimGroup, ClaimItem, FigureItem, IncidentCard, OutletItem, PanelModel, PanelPage, PersonItem, QuoteItem, SpanRef } from '../shared/protocol';
import { incidentFieldLines, otherAttackers } from '../core/incident-fields-text';
import { firstMentions } from './spans';
import { complete } from './slices';
import { incidentDate } from '../core/report';
import { claimGroup, describeQualifier, formatNumber, formatValue, qualifierWords } from './format';

function ref(span: { start: number; end: number } | null | undefined): SpanRef | null {
  return span ? { start: span.start, end: span.end } : null;
}

function quoteItem(q: Quote): QuoteItem {
  return { text: q.text, cue: q.cue, outlet: q.outlet, span: { start: q.start, end: q.end } };
}

/** The panel model; `pageSize` cuts the figure and claim lists to their first page (the Markdown export takes all). */
export function buildPanelModel(analysis: Analysis, text: string, doc: { uri: string; fileName: string; version: number }, pageSize = Infinity): PanelModel {
  return complete(panelModelSteps(analysis, text, doc, pageSize));
}


/** Items between two yields of panelModelSteps: a few hundred microseconds of work at most. */
const STEP_ITEMS = 50;

/**
 * The panel model made a step at a time: the generator yields after each few items, so a caller can spread a long
 * article's model (thousands of incident records and quotes) over several tasks of the extension host's thread.
 */
export function* panelModelSteps(analysis: Analysis, text: string, doc: { uri: string; fileName: string; version: number }, pageSize = Infinity): Generator<void, PanelModel, void> {
  const incidents: IncidentCard[] = [];
  for (const i of analysis.incidents) incidents.push(yield* incidentCard(i, analysis.figures));

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
  yield;
  const people: PersonItem[] = [];
  for (const [name, quotes] of bySpeaker) {
    const person = roles.get(name);
    people.push({
      name,
      role: person?.role ?? quotes.find((q) => q.role)?.role ?? null,
      quotes: yield* mapInSteps(quotes, quoteItem),
      span: ref(person?.mentions[0] ?? quotes[0].speakerMention),
    });
  }
  for (const p of analysis.people) {
    if (bySpeaker.has(p.name)) continue;
    people.push({ name: p.name, role: p.role, quotes: [], span: ref(p.mentions[0]) });
  }
  yield;

  // One pass for the citations and one scan for the first mentions, whatever the number of outlets.
  const citations = new Map<string, number>();
  for (const x of [analysis.quotes, analysis.claims].flat()) if (x.outlet) citations.set(x.outlet, (citations.get(x.outlet) ?? 0) + 1);
  yield;
  const mentions = firstMentions(text, analysis.outlets);
  const outlets: OutletItem[] = analysis.outlets.map((name) => ({ name, citations: citations.get(name) ?? 0, span: ref(mentions.get(name)) }));
  yield;

  const claims = groupedClaims(analysis);
  yield;
  const page = yield* panelPageSteps(analysis, text, { figures: 0, claims: { named: 0, vague: 0, unattributed: 0 } }, pageSize);
  return {
    ...doc,
    incidents,
    people,
    unattributedQuotes,
    outlets,
    figures: page.figures,
    claims: page.claims,
    totals: { figures: analysis.figures.length, claims: { named: claims.named.length, vague: claims.vague.length, unattributed: claims.unattributed.length } },
  };
}

function* incidentCard(i: Incident, figures: readonly Figure[]): Generator<void, IncidentCard, void> {
  const records = yield* mapInSteps(i.records, (r) => {
    const f = figures[r.figure];
    return {
      value: f ? formatValue(f) : formatNumber(r.value),
      what: r.what,
      qualifier: r.qualifier && r.qualifier !== 'exact' ? qualifierWords(r.qualifier) : null,
      span: ref(f),
    };
  });
  return {
    id: i.id,
    label: i.label,
    type: i.type,
    victim: i.victim,
    attacker: i.attackerKind === 'described' ? null : i.attacker,
    unnamedAttacker: i.attackerKind === 'described' ? i.attacker : null,
    suspected: i.suspected,
    otherAttackers: otherAttackers(i),
    date: incidentDate(i),
    records,
    dataTypes: i.dataTypes,
    fields: incidentFieldLines(i).map((l) => ({ label: l.label, value: l.value, span: ref(l.span) })),
    span: ref(i.mentions[0]),
    mentions: i.mentions.length,
  };
}

/** `list.map(map)`, yielding after every STEP_ITEMS items. */
function* mapInSteps<T, U>(list: readonly T[], map: (x: T) => U): Generator<void, U[], void> {
  const out: U[] = [];
  for (const x of list) {
    out.push(map(x));
    if (out.length % STEP_ITEMS === 0) yield;
  }
  return out;
}

/** Where the next page of each list starts. */
export interface PageStart {
  figures: number;
  claims: Record<ClaimGroup, number>;
}

/** Up to `size` more figures and claims of each group, from `from` on (claims ranked by score, then position). */
export function panelPage(analysis: Analysis, text: string, from: PageStart, size: number): PanelPage {
  return complete(panelPageSteps(analysis, text, from, size));
}

/** panelPage a step at a time (see panelModelSteps). */
export function* panelPageSteps(analysis: Analysis, text: string, from: PageStart, size: number): Generator<void, PanelPage, void> {
  const claims = groupedClaims(analysis);
  const take = <T, U>(list: readonly T[], start: number, map: (x: T) => U) => mapInSteps(list.slice(start, start + size), map);
  return {
    figures: yield* take(analysis.figures, from.figures, (f) => figureItem(text, f)),
    claims: {
      named: yield* take(claims.named, from.claims.named, claimItem),
      vague: yield* take(claims.vague, from.claims.vague, claimItem),
      unattributed: yield* take(claims.unattributed, from.claims.unattributed, claimItem),
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
