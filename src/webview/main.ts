/**
 * The incidents panel's browser code: the state kept for a reload, the page rendered from the panel model (its items
 * built by items.ts, text only, dom.ts), and the events. Talks to the extension with the typed messages in
 * src/shared/protocol.ts.
 */
import type { FromWebview, PanelMessage, PanelModel, PanelPage, ToWebview, WebviewState } from '../shared/protocol';
import { append, el, none, plural, revealButton } from './dom';
import { claimRow, figureRow, GROUPS, incidentCard, person, quoteLine } from './items';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): WebviewState | undefined;
  setState(state: WebviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const content = document.getElementById('content') as HTMLElement;
const title = document.getElementById('title') as HTMLElement;
const subtitle = document.getElementById('subtitle') as HTMLElement;

let state: WebviewState = api.getState() ?? { last: null, scrollY: 0 };
let currentUri: string | null = null;

// ---- Rendering ---------------------------------------------------------------------------------------------------

function section(id: string, heading: string, count: number | null, ...children: Array<Node | null | false>): HTMLElement {
  const details = el('details', 'section');
  details.id = id;
  details.open = !state.collapsed?.includes(id);
  const summary = append(el('summary'), el('span', 'section-title', heading), count === null ? null : el('span', 'count', String(count)));
  return append(details, summary, ...children);
}

function renderModel(m: PanelModel): void {
  currentUri = m.uri;
  title.textContent = m.fileName;
  const quotes = m.people.reduce((n, p) => n + p.quotes.length, m.unattributedQuotes.length);
  // A long article's lists arrive in pages: the totals are what the article has, the lists what has arrived.
  const totals = m.totals ?? { figures: m.figures.length, claims: { named: m.claims.named.length, vague: m.claims.vague.length, unattributed: m.claims.unattributed.length } };
  const claims = totals.claims.named + totals.claims.vague + totals.claims.unattributed;
  subtitle.textContent = [plural(m.incidents.length, 'incident'), plural(quotes, 'quote'), plural(totals.figures, 'figure'), plural(claims, 'claim')].join(' · ');

  const people = m.people.filter((p) => p.quotes.length || p.role);
  const nodes: HTMLElement[] = [
    section(
      'incidents',
      'Incidents',
      m.incidents.length,
      m.incidents.length ? append(el('div', 'cards'), ...m.incidents.map(incidentCard)) : none('No incidents found.'),
    ),
    el('h2', 'summary-heading', 'Summary'),
    section(
      'people',
      'People and their quotes',
      people.length,
      people.length || m.unattributedQuotes.length
        ? append(
            el('ul', 'people'),
            ...people.map(person),
            m.unattributedQuotes.length
              ? append(el('li', 'person unknown'), append(el('div', 'person-head'), el('span', 'speaker-unknown', 'Speaker unknown')), append(el('ul', 'quotes'), ...m.unattributedQuotes.map(quoteLine)))
              : null,
          )
        : none('No attributed quotes found.'),
    ),
    section(
      'outlets',
      'Outlets cited',
      m.outlets.length,
      m.outlets.length
        ? append(el('div', 'chips'), ...m.outlets.map((o) => revealButton(o.span, 'chip outlet', o.name, o.citations ? el('span', 'count', String(o.citations)) : null)))
        : none('No outlets cited.'),
    ),
    section('figures', 'Figures', totals.figures, m.figures.length ? append(list('ul', 'figures', 'figure-list'), ...m.figures.map(figureRow)) : none('No figures found.')),
    section(
      'claims',
      'Claims by source',
      claims,
      claims
        ? append(
            el('div', 'claim-groups'),
            ...GROUPS.filter(([g]) => m.claims[g].length).map(([g, label]) =>
              append(el('div', `claim-group group-${g}`), append(el('h3'), label, el('span', 'count', String(totals.claims[g]))), append(list('ul', 'claims', `claims-${g}`), ...m.claims[g].map(claimRow))),
            ),
          )
        : none('No check-worthy claims found.'),
    ),
  ];
  content.replaceChildren(...nodes);
}

function list(tag: 'ul', className: string, id: string): HTMLElement {
  const node = el(tag, className);
  node.id = id;
  return node;
}

/** A further page of the model shown: its rows go to the end of their lists, and into the state kept for a reload. */
function appendPage(message: { uri: string; version: number } & PanelPage): void {
  const last = state.last;
  if (last?.type !== 'update' || last.model.uri !== message.uri || last.model.version !== message.version) return;
  last.model.figures.push(...message.figures);
  document.getElementById('figure-list')?.append(...message.figures.map(figureRow));
  for (const [g] of GROUPS) {
    last.model.claims[g].push(...message.claims[g]);
    document.getElementById(`claims-${g}`)?.append(...message.claims[g].map(claimRow));
  }
  api.setState(state);
}

function renderEmpty(message: Extract<ToWebview, { type: 'empty' }>): void {
  currentUri = null;
  title.textContent = message.fileName ?? 'Policy Lens';
  subtitle.textContent = '';
  const box = append(el('div', `empty reason-${message.reason}`), el('p', undefined, message.message));
  if (message.reason === 'not-annotated') {
    const b = el('button', 'primary', 'Annotate Article');
    b.type = 'button';
    b.id = 'annotate';
    box.append(b);
  }
  content.replaceChildren(box);
}

function render(message: PanelMessage, restoreScroll = false): void {
  if (message.type === 'update') renderModel(message.model);
  else renderEmpty(message);
  document.body.dataset.state = message.type === 'update' ? 'ready' : message.reason;
  const keep = restoreScroll ? state.scrollY : 0;
  const sameDoc = message.type === 'update' && state.last?.type === 'update' && state.last.model.uri === message.model.uri;
  state = { ...state, last: message, scrollY: sameDoc || restoreScroll ? keep || window.scrollY : 0 };
  api.setState(state);
  if (restoreScroll) window.scrollTo(0, keep);
}

/** Messages from the extension, checked for shape before use. */
function isToWebview(data: unknown): data is ToWebview {
  if (!data || typeof data !== 'object') return false;
  const m = data as { type?: unknown; model?: unknown; message?: unknown; figures?: unknown; claims?: unknown };
  return (
    (m.type === 'update' && !!m.model && typeof m.model === 'object') ||
    (m.type === 'empty' && typeof m.message === 'string') ||
    (m.type === 'append' && Array.isArray(m.figures) && !!m.claims && typeof m.claims === 'object')
  );
}

// ---- Events ------------------------------------------------------------------------------------------------------

/** The message a PackedMessage holds (its UTF-8 JSON parsed); any other message as it came. */
function unpacked(data: unknown): unknown {
  const m = data as { type?: unknown; json?: unknown } | null;
  if (!m || m.type !== 'packed') return data;
  try {
    return JSON.parse(new TextDecoder().decode(m.json as Uint8Array)) as unknown;
  } catch {
    return undefined;
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = unpacked(event.data);
  if (!isToWebview(data)) return;
  if (data.type === 'append') appendPage(data);
  else render(data);
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('#annotate')) {
    api.postMessage({ type: 'annotate' });
    return;
  }
  const button = target?.closest<HTMLElement>('.reveal');
  if (!button || !currentUri) return;
  const start = Number(button.dataset.start);
  const end = Number(button.dataset.end);
  if (Number.isInteger(start) && Number.isInteger(end)) api.postMessage({ type: 'reveal', uri: currentUri, start, end });
});

// Remember which sections the reader collapsed (toggle events do not bubble, so listen in the capture phase).
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.id) return;
    const collapsed = new Set(state.collapsed ?? []);
    if (details.open) collapsed.delete(details.id);
    else collapsed.add(details.id);
    state = { ...state, collapsed: [...collapsed] };
    api.setState(state);
  },
  true,
);

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    state = { ...state, scrollY: window.scrollY };
    api.setState(state);
  }, 200);
});

if (state.last) render(state.last, true);
api.postMessage({ type: 'ready' });
