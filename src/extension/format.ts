/** Words and numbers for people: shared by the hover, the panel model and the Markdown export. Pure (no vscode). */
import { formatDate } from '../core/report';
import type { Claim, Figure, Qualifier, SourceKind } from '../core/types';

export { formatDate };

/** Made on first use, not at import: building an Intl.NumberFormat loads locale data (~10–30 ms of activation). */
let numberFormat: Intl.NumberFormat | undefined;

export function formatNumber(n: number): string {
  return Number.isFinite(n) ? (numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })).format(n) : String(n);
}

const CURRENCY: Record<string, string> = { dollar: '$', euro: '€', pound: '£', yen: '¥', yuan: '¥' };

function plural(unit: string, n: number): string {
  return n === 1 || /s$/.test(unit) ? unit : `${unit}s`;
}

/** A figure's normalised value, written out: "78,800,000", "$1,500,000,000", "37%", "2015-09-23", "10–20". */
export function formatValue(figure: Figure): string {
  const { value, unit, kind } = figure;
  if (kind === 'date') return formatDate(figure.date) ?? figure.text;
  if (value === null || value === undefined) return figure.text;
  const one = (n: number) => {
    if (kind === 'percent' || unit === 'percent') return `${formatNumber(n)}%`;
    if (unit && CURRENCY[unit]) return `${CURRENCY[unit]}${formatNumber(n)}`;
    if (kind === 'money' && unit) return `${formatNumber(n)} ${plural(unit, n)}`;
    if ((kind === 'measure' || kind === 'duration') && unit) return `${formatNumber(n)} ${plural(unit, n)}`;
    return formatNumber(n);
  };
  return Array.isArray(value) ? `${one(value[0])}–${one(value[1])}` : one(value);
}

const QUALIFIER: Record<Qualifier, string> = {
  exact: 'exact',
  approx: 'approximately',
  'at-least': 'at least',
  'at-most': 'at most',
  range: 'a range',
};

export function qualifierWords(q: Qualifier | string): string {
  return QUALIFIER[q as Qualifier] ?? q;
}

const CUE =
  /(?:as many as|as much as|up to|no more than|not more than|at most|fewer than|less than|under|below|nearly|almost|just under|more than|over|at least|upwards of|in excess of|above|exceeding|roughly|approximately|about|around|some|an estimated|estimated|close to|between|from)\s+$/i;

/** The words before a figure that made its qualifier ("as many as"), if they are there. */
export function qualifierCue(text: string, figure: Figure): string | null {
  if (figure.qualifier === 'exact') return null;
  const inside = figure.text.match(new RegExp(`^${CUE.source.replace(/\\s\+\$$/, '')}\\b`, 'i'));
  if (inside) return inside[0];
  const before = text.slice(Math.max(0, figure.start - 32), figure.start);
  const m = before.match(CUE);
  return m ? m[0].trim() : null;
}

/** "at most — “as many as”", "approximately", or null for an exact figure. */
export function describeQualifier(text: string, figure: Figure): string | null {
  if (figure.qualifier === 'exact') return null;
  const cue = qualifierCue(text, figure);
  return cue ? `${qualifierWords(figure.qualifier)} — “${cue}”` : qualifierWords(figure.qualifier);
}

const KIND: Record<string, string> = {
  count: 'count',
  money: 'money',
  percent: 'percentage',
  measure: 'measure',
  date: 'date',
  duration: 'duration',
  ordinal: 'ordinal',
  number: 'number',
};

export function figureKindWords(kind: string): string {
  return KIND[kind] ?? kind;
}

export function changeWords(change: Figure['change']): string | null {
  return change === 'up' ? '↑ rising' : change === 'down' ? '↓ falling' : null;
}

const SOURCE_KIND: Record<SourceKind, string> = {
  person: 'named person',
  organization: 'organisation',
  outlet: 'news outlet',
  vague: 'vague source',
  none: 'unattributed',
};

export function sourceKindWords(kind: SourceKind | string): string {
  return SOURCE_KIND[kind as SourceKind] ?? kind;
}

export type ClaimGroupName = 'named' | 'vague' | 'unattributed';

export function claimGroup(claim: Claim): ClaimGroupName {
  return claim.sourceKind === 'vague' ? 'vague' : claim.sourceKind === 'none' || !claim.source ? 'unattributed' : 'named';
}

export function scorePercent(score: number): string {
  return `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;
}

/** Shorten article text for a list: one line, at most `max` characters. */
export function clip(text: string, max = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Escape article text for inline Markdown (hovers, the export) so it never turns into markup, links, code or HTML.
 * Only what can start markup inside a line is escaped, so the exported text stays readable; callers never put
 * article text at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/\r?\n/g, ' ');
}
