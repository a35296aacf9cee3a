/** The Markdown export: the panel's model as a report. Pure (no vscode); every article string is escaped. */
import type { Analysis } from '../core/types';
import type { ClaimGroup, PanelModel, QuoteItem } from '../shared/protocol';
import { plural } from '../core/report';
import { changeWords, escapeMarkdown as esc, figureKindWords, scorePercent, sourceKindWords } from './format';

const GROUP_TITLE: Record<ClaimGroup, string> = {
  named: 'Attributed to a named source',
  vague: 'Attributed to a vague source',
  unattributed: 'Unattributed',
};

/** A table cell: escaped like any article text (which already covers the `|` that would end the cell). */
function cell(text: string): string {
  return esc(text);
}

function quoteLine(q: QuoteItem): string {
  const how = [q.cue ? esc(q.cue) : null, q.outlet ? `(${esc(q.outlet)})` : null].filter(Boolean).join(' ');
  return `  - “${esc(q.text)}”${how ? ` — ${how}` : ''}`;
}

export function renderMarkdown(model: PanelModel): string {
  const out: string[] = [`# Policy Lens: ${esc(model.fileName)}`, ''];
  const quotes = model.people.reduce((sum, p) => sum + p.quotes.length, model.unattributedQuotes.length);
  const claims = model.claims.named.length + model.claims.vague.length + model.claims.unattributed.length;
  out.push(`${plural(model.incidents.length, 'incident')} · ${plural(quotes, 'quote')} · ${plural(model.figures.length, 'figure')} · ${plural(claims, 'claim')}`, '');

  out.push('## Incidents', '');
  if (!model.incidents.length) out.push('_None found._', '');
  for (const i of model.incidents) {
    out.push(`### ${esc(i.label)} (${esc(i.type)})`, '');
    if (i.victim) out.push(`- **Victim:** ${esc(i.victim)}`);
    if (i.attacker) out.push(`- **Attacker:** ${esc(i.attacker)}`);
    else if (i.unnamedAttacker) out.push(`- **Attacker (not named):** ${esc(i.unnamedAttacker)}`);
    if (i.suspected) out.push(`- **Suspected:** ${esc(i.suspected)}`);
    if (i.otherAttackers.length) out.push(`- **Other attackers:** ${i.otherAttackers.map(esc).join(', ')}`);
    if (i.date) out.push(`- **Date:** ${esc(i.date)}`);
    for (const r of i.records) {
      out.push(`- **Affected:** ${r.qualifier ? `${r.qualifier} ` : ''}${esc(r.value)}${r.what ? ` ${esc(r.what)}` : ''}`);
    }
    if (i.dataTypes.length) out.push(`- **Data:** ${i.dataTypes.map(esc).join(', ')}`);
    for (const f of i.fields) out.push(`- **${esc(f.label)}:** ${esc(f.value)}`);
    out.push('');
  }

  out.push('## People and their quotes', '');
  if (!model.people.length && !model.unattributedQuotes.length) out.push('_None found._');
  for (const p of model.people) {
    out.push(`- **${esc(p.name)}**${p.role ? `, ${esc(p.role)}` : ''}`);
    out.push(...p.quotes.map(quoteLine));
  }
  if (model.unattributedQuotes.length) {
    out.push('- **Speaker unknown**');
    out.push(...model.unattributedQuotes.map(quoteLine));
  }
  out.push('');

  out.push('## Outlets cited', '');
  out.push(model.outlets.length ? model.outlets.map((o) => `- ${esc(o.name)}`).join('\n') : '_None found._', '');

  out.push('## Figures', '');
  if (model.figures.length) {
    out.push('| As written | Value | Kind | Counts | Qualifier | Change |', '|---|---|---|---|---|---|');
    for (const f of model.figures) {
      out.push(
        `| ${cell(f.text)} | ${cell(f.value)} | ${figureKindWords(f.kind)} | ${cell(f.counts ?? '')} | ${cell(f.qualifier ?? '')} | ${changeWords(f.change) ?? ''} |`,
      );
    }
  } else out.push('_None found._');
  out.push('');

  out.push('## Claims', '');
  for (const group of ['named', 'vague', 'unattributed'] as const) {
    const list = model.claims[group];
    out.push(`### ${GROUP_TITLE[group]} (${list.length})`, '');
    for (const c of list) {
      const src = c.source ? `${esc(c.source)} (${sourceKindWords(c.sourceKind)})` : 'no source';
      const reasons = c.reasons.filter((r) => !(c.hedged && r === 'hedged')).map(esc);
      const flags = [`score ${scorePercent(c.score)}`, c.hedged ? 'hedged' : null, ...reasons].filter(Boolean);
      out.push(`- ${esc(c.text)}  \n  _${src}; ${flags.join('; ')}_`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function renderJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
