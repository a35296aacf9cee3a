/**
 * The Analysis model: the one shape the CLI, the evaluation, the extension and outside scorers read.
 * See docs/analysis-contract.md. Offsets are UTF-16 code units into the analysed text, end exclusive,
 * and text.slice(start, end) === span.text always.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'date' | 'duration' | 'ordinal' | 'number';
export type Qualifier = 'exact' | 'approx' | 'at-least' | 'at-most' | 'range';

export interface Figure extends Span {
  kind: FigureKind;
  /** 78800000; a range as [low, high]; null for dates. */
  value: number | [number, number] | null;
  /** Normalised: lower-case singular English ("dollar", "percent", "record"). */
  unit: string | null;
  /** What is counted, as written ("customer records"). */
  counts: string | null;
  qualifier: Qualifier;
  change: 'up' | 'down' | null;
  /** For dates: ISO, partial allowed ("2015-09-23", "--09-23", "2019"). */
  date: string | null;
}

export interface Quote extends Span {
  kind: 'direct' | 'partial';
  speaker: string | null;
  speakerMention: Span | null;
  cue: string | null;
  outlet: string | null;
  /** Optional extension: the speaker's role ("National Security Advisor"). */
  role?: string | null;
}

export type SourceKind = 'person' | 'organization' | 'outlet' | 'vague' | 'none';

export interface Claim extends Span {
  source: string | null;
  sourceKind: SourceKind;
  outlet: string | null;
  hedged: boolean;
  /** 0..1: the calibrated probability that fact-checkers would call the sentence check-worthy. */
  score: number;
  /** Whether `score` reaches the trained threshold: the claims highlighted by default. */
  checkWorthy: boolean;
  reasons: string[];
}

export type IncidentType = 'breach' | 'ransomware' | 'phishing' | 'vulnerability' | 'espionage' | 'attack' | 'other';

export interface IncidentRecord {
  value: number;
  what: string | null;
  qualifier: string;
  /** Index into Analysis.figures. */
  figure: number;
}

/** An amount of money or coin, linked to the figure that states it. */
export interface MoneyAmount extends Span {
  /** The amount as stated (40 for "40 bitcoin"); null when the figure has no value. */
  amount: number | null;
  /** Normalised unit of the figure: "dollar", "euro", "bitcoin"... */
  currency: string | null;
  /** Index into Analysis.figures. */
  figure: number;
}

/** A ransom demanded, linked to the money (or coin) figure that states it. */
export interface Ransom extends MoneyAmount {
  /** How it is to be paid, as written ("in Bitcoin", "gift cards"), or null. */
  payment: Span | null;
  /** The same ransom in another currency, as the article gives it ("25 bitcoin (about $450,000)"), or null. */
  equivalent: MoneyAmount | null;
}

/**
 * Schema 2: each field of an incident linked to where the article states it. The flat fields of schema 1 (victim,
 * attacker, suspected, date, records, dataTypes) keep their names and meaning; these give their spans and the fields
 * of each incident type. Lists are empty and spans null when the article does not say.
 */
export interface IncidentFields {
  victim: Span | null;
  attacker: Span | null;
  suspected: Span | null;
  date: Span | null;
  place: Span | null;
  /** Ransomware: the ransom demanded. */
  ransom: Ransom[];
  /** Vulnerability: CVE ids ("CVE-2026-12345"), each as written. */
  cves: Span[];
  /** Vulnerability: the product or system affected, and its version(s). */
  product: Span | null;
  version: Span | null;
  /** Vulnerability: who found it, who released the fix, and the fix. */
  discoverer: Span | null;
  patchedBy: Span | null;
  patch: Span | null;
}

export interface Incident {
  id: string;
  label: string;
  type: IncidentType;
  victim: string | null;
  /** Optional extension: every named victim, the principal one first ("Hotel A", "Hotel B" for "breaches hit A and B"). */
  victims?: string[];
  attacker: string | null;
  /** Whether `attacker` names the group or person ("Night Owl") or only describes it as the article does ("hackers",
   * "the attackers"): a reader expects a name, so the panel shows a described one muted, marked as not named. */
  attackerKind: 'named' | 'described' | null;
  suspected: string | null;
  /** Optional extension: every named attacker when the article names more than the attacker and the suspect, the
   * attacker first (the suspect not repeated). */
  attackers?: string[];
  date: string | null;
  records: IncidentRecord[];
  dataTypes: string[];
  mentions: Span[];
  /** Schema 2: the fields' spans and the per-type fields. */
  fields: IncidentFields;
}

export interface Person {
  name: string;
  role: string | null;
  mentions: Span[];
}

export interface Analysis {
  schemaVersion: 2;
  figures: Figure[];
  quotes: Quote[];
  claims: Claim[];
  incidents: Incident[];
  people: Person[];
  outlets: string[];
}

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** How a document is read: `text` as it is, `markdown` through its prose view (code, markup and tables aside). */
export type TextFormat = 'text' | 'markdown';

export interface AnalyzeOptions {
  token?: CancellationToken;
  /** `text` when absent. */
  format?: TextFormat;
}

export interface UpdateOptions extends AnalyzeOptions {
  /** A range to analyse first, e.g. what the editor shows: in a long document its sections are analysed before the rest. */
  first?: { start: number; end: number };
  /** Called once with the Analysis of the sections under `first` alone, when others are still to be analysed. */
  onPartial?: (partial: Analysis) => void;
}

/** Thrown when a token asks analysis to stop. */
export class CancelledError extends Error {
  constructor() {
    super('Analysis cancelled');
    this.name = 'CancelledError';
  }
}
