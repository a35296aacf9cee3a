/**
 * Hovers over figures, quotes, speakers, outlets and claims, read from the analysis cache. If the document is tracked
 * but its analysis is stale, the hover waits for the current version (work shared with the decorator).
 */
import vscode = require('vscode');
import { figureRole } from '../core/incident-fields-text';
import type { Analysis, Claim, Figure, Incident, Quote } from '../core/types';
import { contains, toRange, type OffsetRange } from './convert';
import { Disposable } from './dispose';
import {
  changeWords,
  describeQualifier,
  escapeMarkdown as esc,
  figureKindWords,
  formatValue,
  scorePercent,
  sourceKindWords,
} from './format';
import { findNames } from './spans';
import type { AnalysisStore } from './store';

function innermost<T extends OffsetRange>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const x of items) if (contains(x, offset) && (!best || x.end - x.start < best.end - best.start)) best = x;
  return best;
}

function line(label: string, value: string | null | undefined): string {
  return value ? `**${label}:** ${value}  \n` : '';
}

function claimAt(a: Analysis, offset: number): Claim | undefined {
  return innermost(a.claims, offset);
}

function roleOf(a: Analysis, quote: Quote): string | null {
  return quote.role ?? a.people.find((p) => p.name === quote.speaker)?.role ?? null;
}

export function figureHover(a: Analysis, text: string, figure: Figure): vscode.MarkdownString {
  const index = a.figures.indexOf(figure);
  const role = figureRole(a, index);
  const incident: Incident | undefined = role?.incident;
  const claim = claimAt(a, figure.start);
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**Figure** · ${figureKindWords(figure.kind)}\n\n`);
  md.appendMarkdown(`### ${esc(formatValue(figure))}${figure.counts ? ` ${esc(figure.counts)}` : ''}\n\n`);
  md.appendMarkdown(line('Written', `“${esc(figure.text)}”`));
  if (figure.unit && (figure.kind === 'measure' || figure.kind === 'duration')) md.appendMarkdown(line('Unit', esc(figure.unit)));
  md.appendMarkdown(line('Qualifier', esc(describeQualifier(text, figure) ?? 'exact')));
  md.appendMarkdown(line('Change', changeWords(figure.change)));
  if (incident) md.appendMarkdown(line('Incident', `${esc(incident.label)} (${esc(incident.type)})`));
  if (role) md.appendMarkdown(line('Incident field', esc(role.role)));
  if (claim) md.appendMarkdown(line('Source', claim.source ? `${esc(claim.source)} — ${sourceKindWords(claim.sourceKind)}` : 'unattributed'));
  return md;
}

export function quoteHover(a: Analysis, quote: Quote): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**Quote** · ${quote.kind === 'partial' ? 'partial' : 'direct'}\n\n`);
  md.appendMarkdown(line('Speaker', quote.speaker ? esc(quote.speaker) : '_unknown_'));
  md.appendMarkdown(line('Role', roleOf(a, quote) ? esc(roleOf(a, quote) as string) : null));
  md.appendMarkdown(line('Cue', quote.cue ? `“${esc(quote.cue)}”` : null));
  md.appendMarkdown(line('Outlet', quote.outlet ? esc(quote.outlet) : null));
  return md;
}

export function speakerHover(a: Analysis, name: string): vscode.MarkdownString {
  const quotes = a.quotes.filter((q) => q.speaker === name);
  const person = a.people.find((p) => p.name === name);
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**Speaker** · ${esc(name)}\n\n`);
  md.appendMarkdown(line('Role', person?.role ? esc(person.role) : null));
  md.appendMarkdown(line('Quotes', String(quotes.length)));
  return md;
}

export function outletHover(a: Analysis, name: string): vscode.MarkdownString {
  const cites = [...a.quotes, ...a.claims].filter((x) => x.outlet === name).length;
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**Outlet** · ${esc(name)}\n\n`);
  md.appendMarkdown(line('Cited by', `${cites} quote${cites === 1 ? '' : 's'} or claim${cites === 1 ? '' : 's'}`));
  return md;
}

export function claimHover(claim: Claim): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**Claim** · check-worthiness ${scorePercent(claim.score)}${claim.checkWorthy ? ' · worth checking' : ''}\n\n`);
  md.appendMarkdown(line('Source', claim.source ? esc(claim.source) : '_none given_'));
  md.appendMarkdown(line('Source kind', sourceKindWords(claim.sourceKind)));
  md.appendMarkdown(line('Outlet', claim.outlet ? esc(claim.outlet) : null));
  md.appendMarkdown(line('Hedged', claim.hedged ? 'yes' : 'no'));
  if (claim.reasons.length) md.appendMarkdown(`\n${claim.reasons.map((r) => `- ${esc(r)}`).join('\n')}\n`);
  return md;
}

/** The hover for an offset: the innermost thing there (a figure before its quote before its sentence). */
export function hoverAt(a: Analysis, text: string, offset: number): { md: vscode.MarkdownString; span: OffsetRange } | undefined {
  const figure = innermost(a.figures, offset);
  if (figure) return { md: figureHover(a, text, figure), span: figure };
  const speaker = a.quotes.find((q) => q.speaker && q.speakerMention && contains(q.speakerMention, offset));
  if (speaker?.speaker && speaker.speakerMention) return { md: speakerHover(a, speaker.speaker), span: speaker.speakerMention };
  const quote = innermost(a.quotes, offset);
  if (quote) return { md: quoteHover(a, quote), span: quote };
  const outlets = new Set([...a.outlets, ...a.quotes.map((q) => q.outlet), ...a.claims.map((c) => c.outlet)].filter((o): o is string => !!o));
  for (const name of outlets) {
    const at = findNames(text, [name]).find((s) => contains(s, offset));
    if (at) return { md: outletHover(a, name), span: at };
  }
  const claim = claimAt(a, offset);
  if (claim) return { md: claimHover(claim), span: claim };
  return undefined;
}

export class PolicyLensHoverProvider extends Disposable implements vscode.HoverProvider {
  constructor(
    private readonly _store: AnalysisStore,
    private readonly _isVisible: () => boolean,
    /** Documents Policy Lens annotates (a diff's `git:` side, say, is not): others get no hover and no analysis. */
    private readonly _isArticle: (document: vscode.TextDocument) => boolean,
  ) {
    super();
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this._isVisible() || !this._isArticle(document) || !this._store.isTracked(document.uri)) return undefined;
    const version = document.version;
    const analysis = this._store.get(document) ?? (await this._store.analyze(document));
    if (!analysis || token.isCancellationRequested || document.isClosed || document.version !== version) return undefined;
    const found = hoverAt(analysis, document.getText(), document.offsetAt(position));
    return found && new vscode.Hover(found.md, toRange(document, found.span));
  }
}
