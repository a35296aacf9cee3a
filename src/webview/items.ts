/** The panel's items as DOM: an incident card, a person with their quotes, a figure, a claim. */
import type { ClaimGroup, ClaimItem, FigureItem, IncidentCard, PersonItem, QuoteItem } from '../shared/protocol';
import { append, el, field, plural, revealButton } from './dom';

export function incidentCard(i: IncidentCard): HTMLElement {
  const card = el('article', `card incident type-${i.type.replace(/[^a-z-]/g, '')}`);
  const head = append(el('div', 'card-head'), el('span', 'badge', i.type), revealButton(i.span, 'card-title', i.label));
  const fields = append(
    el('div', 'fields'),
    field('Victim', i.victim),
    field('Attacker', i.attacker) ?? field('Attacker', i.unnamedAttacker && `${i.unnamedAttacker} (not named)`, 'unnamed'),
    field('Suspected', i.suspected),
    field('Other attackers', i.otherAttackers.join(', ')),
    field('Date', i.date),
    ...(i.fields ?? []).map((f) => append(el('div', 'field'), el('span', 'label', f.label), revealButton(f.span, 'value', f.value))),
  );
  const records = i.records.length
    ? append(
        el('ul', 'records'),
        ...i.records.map((r) =>
          append(
            el('li'),
            r.qualifier ? el('span', 'qualifier', `${r.qualifier} `) : null,
            revealButton(r.span, 'figure-value', r.value),
            r.what ? el('span', 'what', ` ${r.what}`) : null,
          ),
        ),
      )
    : null;
  const data = i.dataTypes.length ? append(el('div', 'chips'), ...i.dataTypes.map((d) => el('span', 'chip', d))) : null;
  const foot = i.mentions > 1 ? el('div', 'mentions', `${plural(i.mentions, 'mention')} in the article`) : null;
  return append(card, head, fields, records && append(el('div', 'block'), el('div', 'label', 'Affected'), records), data && append(el('div', 'block'), el('div', 'label', 'Data exposed'), data), foot);
}

export function quoteLine(q: QuoteItem): HTMLElement {
  const how = [q.cue, q.outlet ? `(${q.outlet})` : null].filter(Boolean).join(' ');
  return append(el('li', 'quote'), revealButton(q.span, 'quote-text', `“${q.text}”`), how ? el('span', 'meta', ` — ${how}`) : null);
}

export function person(p: PersonItem): HTMLElement {
  return append(
    el('li', 'person'),
    append(el('div', 'person-head'), revealButton(p.span, 'speaker', p.name), p.quotes.length ? el('span', 'count', String(p.quotes.length)) : null),
    p.role ? el('div', 'role', p.role) : null,
    p.quotes.length ? append(el('ul', 'quotes'), ...p.quotes.map(quoteLine)) : null,
  );
}

export function figureRow(f: FigureItem): HTMLElement {
  const change = f.change === 'up' ? '↑' : f.change === 'down' ? '↓' : null;
  return append(
    el('li', 'figure'),
    revealButton(f.span, 'figure-value', f.value),
    change ? el('span', `change ${f.change}`, ` ${change}`) : null,
    f.counts ? el('span', 'what', ` ${f.counts}`) : null,
    append(el('div', 'meta'), `${f.kind} · “${f.text}”`, f.qualifier ? ` · ${f.qualifier}` : ''),
  );
}

export const GROUPS: Array<[ClaimGroup, string]> = [
  ['named', 'Named source'],
  ['vague', 'Vague source'],
  ['unattributed', 'Unattributed'],
];

export function claimRow(c: ClaimItem): HTMLElement {
  const score = el('span', 'score');
  const bar = el('span', 'score-bar');
  bar.dataset.level = String(Math.max(0, Math.min(5, Math.round(c.score * 5))));
  score.title = `check-worthiness ${Math.round(c.score * 100)}%`;
  append(score, bar, el('span', 'score-text', `${Math.round(c.score * 100)}%`));
  const text = c.text.length > 220 ? `${c.text.slice(0, 219).trimEnd()}…` : c.text;
  return append(
    el('li', 'claim'),
    revealButton(c.span, 'claim-text', text),
    append(
      el('div', 'meta'),
      score,
      c.source ? el('span', 'source', c.source) : null,
      c.hedged ? el('span', 'badge hedged', 'hedged') : null,
      ...c.reasons.filter((r) => !(c.hedged && r === 'hedged')).map((r) => el('span', 'reason', r)),
    ),
  );
}
