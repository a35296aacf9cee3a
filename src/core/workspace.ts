/**
 * Across articles: merge the incidents several articles report, flag figures that disagree, and gather who is
 * quoted where. Pure: takes Analyses, returns plain data.
 */
import { sameVictim } from './incidents/victim-match';
import type { Analysis, Figure, Incident, Qualifier } from './types';

export interface ArticleAnalysis {
  /** A path or uri string naming the article. */
  file: string;
  text: string;
  analysis: Analysis;
}

export interface SourcedFigure {
  file: string;
  figure: Figure;
  /** The record's wording in that article ("customer records"). */
  what: string | null;
}

export interface Discrepancy {
  /** What the figures compared measure: "person" for the people affected, else the head noun ("record"). */
  measure: string;
  figures: SourcedFigure[];
}

export interface MergedIncident {
  id: string;
  label: string;
  type: Incident['type'];
  victim: string | null;
  /** Every name the victim goes by across the articles. */
  victimNames: string[];
  reports: { file: string; incident: Incident }[];
  records: SourcedFigure[];
  discrepancies: Discrepancy[];
}

export interface WorkspaceIndex {
  incidents: MergedIncident[];
  people: { name: string; roles: string[]; quotes: { file: string; text: string; start: number }[] }[];
  outlets: { name: string; files: string[] }[];
}

export { sameVictim };

/** The interval of values a figure allows, from its qualifier. */
function interval(value: number | [number, number], qualifier: Qualifier): [number, number] {
  if (Array.isArray(value)) return value;
  switch (qualifier) {
    case 'at-least':
      return [value, Infinity];
    case 'at-most':
      return [0, value];
    case 'approx':
      return [value * 0.95, value * 1.05];
    default:
      return [value * (1 - 1e-9), value * (1 + 1e-9)];
  }
}

/** Whether two figures can both be true: "over 12 million" and "12.5 million" agree; 12.4 and 15 million do not. */
export function figuresAgree(a: Figure, b: Figure): boolean {
  if (a.value == null || b.value == null) return true;
  const [alo, ahi] = interval(a.value, a.qualifier);
  const [blo, bhi] = interval(b.value, b.qualifier);
  return alo <= bhi && blo <= ahi;
}

/** Nouns for the people an incident affects: articles count the same victims as customers, users, patients... */
const PERSON_NOUNS = new Set([
  'person', 'people', 'individual', 'customer', 'client', 'user', 'member', 'patient', 'policyholder', 'subscriber',
  'account holder', 'accountholder', 'employee', 'worker', 'student', 'voter', 'citizen', 'resident', 'consumer',
  'cardholder', 'shopper', 'guest', 'passenger', 'taxpayer', 'applicant', 'beneficiary', 'victim', 'household', 'family',
]);

/** What a record measures, so figures about the same thing are compared: "person" for people, else the head noun. */
function measureOf(what: string | null, figure: Figure): string {
  const head = (figure.unit ?? what?.toLowerCase().split(/\s+/).pop() ?? '').replace(/['’]s?$/, '');
  const singular = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.replace(/s$/, '');
  return PERSON_NOUNS.has(singular) || PERSON_NOUNS.has(head) ? 'person' : singular;
}

function discrepancies(records: SourcedFigure[]): Discrepancy[] {
  const byMeasure = new Map<string, SourcedFigure[]>();
  for (const r of records) {
    const key = measureOf(r.what, r.figure);
    byMeasure.set(key, [...(byMeasure.get(key) ?? []), r]);
  }
  const out: Discrepancy[] = [];
  for (const [measure, figures] of byMeasure) {
    const files = new Set(figures.map((f) => f.file));
    if (files.size < 2) continue;
    const clash = figures.some((x, i) => figures.slice(i + 1).some((y) => x.file !== y.file && !figuresAgree(x.figure, y.figure)));
    if (clash) out.push({ measure, figures });
  }
  return out;
}

/** The longest name reads best as the canonical one ("U.S. Bureau of Land Records" over "BLR"). */
const longest = (names: string[]) => names.reduce((a, b) => (b.length > a.length ? b : a), names[0] ?? '');

export function buildWorkspaceIndex(articles: ArticleAnalysis[]): WorkspaceIndex {
  const merged: MergedIncident[] = [];
  for (const { file, analysis } of articles) {
    for (const incident of analysis.incidents) {
      const home = merged.find(
        // Without a victim two reports cannot be told to be the same incident: they stay apart.
        (m) => m.type === incident.type && !!incident.victim && m.victimNames.some((n) => sameVictim(n, incident.victim!)),
      );
      const records = incident.records.map((r) => ({ file, figure: analysis.figures[r.figure], what: r.what })).filter((r) => r.figure);
      if (home) {
        home.reports.push({ file, incident });
        home.records.push(...records);
        if (incident.victim && !home.victimNames.includes(incident.victim)) home.victimNames.push(incident.victim);
      } else {
        merged.push({
          id: `ws-${merged.length + 1}`,
          label: incident.label,
          type: incident.type,
          victim: incident.victim,
          victimNames: incident.victim ? [incident.victim] : [],
          reports: [{ file, incident }],
          records,
          discrepancies: [],
        });
      }
    }
  }
  for (const m of merged) {
    m.victim = m.victimNames.length ? longest(m.victimNames) : null;
    if (m.victim) m.label = `${m.victim} ${m.type}`;
    m.discrepancies = discrepancies(m.records);
  }

  const people = new Map<string, WorkspaceIndex['people'][number]>();
  const outlets = new Map<string, Set<string>>();
  for (const { file, analysis } of articles) {
    for (const p of analysis.people) {
      const entry = people.get(p.name) ?? { name: p.name, roles: [], quotes: [] };
      if (p.role && !entry.roles.includes(p.role)) entry.roles.push(p.role);
      people.set(p.name, entry);
    }
    for (const q of analysis.quotes) {
      if (!q.speaker) continue;
      const entry = people.get(q.speaker) ?? { name: q.speaker, roles: [], quotes: [] };
      entry.quotes.push({ file, text: q.text, start: q.start });
      people.set(q.speaker, entry);
    }
    for (const o of analysis.outlets) outlets.set(o, (outlets.get(o) ?? new Set()).add(file));
  }
  return {
    incidents: merged,
    people: [...people.values()].sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name)),
    outlets: [...outlets].map(([name, files]) => ({ name, files: [...files] })).sort((a, b) => b.files.length - a.files.length),
  };
}
