/**
 * The incidents panel's messages, both ways: unions keyed by `type`. Types only — no vscode, no DOM — so the
 * extension and the webview share them. The webview posts `ready` once it listens; the extension posts nothing
 * before that. The extension validates every message from the webview (parseFromWebview in src/extension/validate.ts) before acting on it.
 */

/** A place in the article the panel can reveal: [start, end) UTF-16 offsets into the document's text. */
export interface SpanRef {
  start: number;
  end: number;
}

export interface RecordItem {
  /** "78,800,000" */
  value: string;
  /** "customer records" */
  what: string | null;
  /** "at most", "approximately"; null when exact. */
  qualifier: string | null;
  span: SpanRef | null;
}

export interface IncidentCard {
  id: string;
  label: string;
  type: string;
  victim: string | null;
  attacker: string | null;
  /** The attacker as described when the article names none ("hackers"): shown muted, never as a name. */
  unnamedAttacker: string | null;
  suspected: string | null;
  /** Further named attackers, when the article names more than the attacker and the suspect. */
  otherAttackers: string[];
  date: string | null;
  records: RecordItem[];
  dataTypes: string[];
  /** Per-type fields (ransom demanded, CVE, product, version, found by, patched by, fix), each revealable. */
  fields: Array<{ label: string; value: string; span: SpanRef | null }>;
  /** The first mention, to reveal on click. */
  span: SpanRef | null;
  mentions: number;
}

export interface QuoteItem {
  text: string;
  cue: string | null;
  outlet: string | null;
  span: SpanRef;
}

export interface PersonItem {
  name: string;
  role: string | null;
  quotes: QuoteItem[];
  span: SpanRef | null;
}

export interface OutletItem {
  name: string;
  /** Quotes and claims that cite it. */
  citations: number;
  span: SpanRef | null;
}

export interface FigureItem {
  /** As written: "4.2 million". */
  text: string;
  /** Normalised and formatted: "78,800,000". */
  value: string;
  kind: string;
  counts: string | null;
  qualifier: string | null;
  change: 'up' | 'down' | null;
  span: SpanRef;
}

export interface ClaimItem {
  text: string;
  source: string | null;
  sourceKind: string;
  hedged: boolean;
  /** 0..1 */
  score: number;
  reasons: string[];
  span: SpanRef;
}

export type ClaimGroup = 'named' | 'vague' | 'unattributed';

/** Everything the panel shows for one document; strings are prepared by the extension, rendered as text. */
export interface PanelModel {
  uri: string;
  fileName: string;
  version: number;
  incidents: IncidentCard[];
  people: PersonItem[];
  /** Quotes whose speaker is unknown. */
  unattributedQuotes: QuoteItem[];
  outlets: OutletItem[];
  /** The first page of the figures (all of them for an export); `totals` says how many there are. */
  figures: FigureItem[];
  /** The first page of each group, ranked by score. */
  claims: Record<ClaimGroup, ClaimItem[]>;
  totals: { figures: number; claims: Record<ClaimGroup, number> };
}

/** More of a long article's figures and claims, appended to the lists of the model last sent. */
export interface PanelPage {
  figures: FigureItem[];
  claims: Record<ClaimGroup, ClaimItem[]>;
}

/** Why the panel has nothing to show. */
export type EmptyReason = 'no-document' | 'not-annotated' | 'too-large' | 'analysing' | 'hidden';

/** Extension → webview. */
export type ToWebview =
  | { type: 'update'; model: PanelModel }
  | ({ type: 'append'; uri: string; version: number } & PanelPage)
  | { type: 'empty'; reason: EmptyReason; fileName: string | null; message: string };

/**
 * A message of ToWebview as UTF-8 JSON. The extension posts long articles' models and pages this way: VS Code passes
 * bytes to the webview as they are, where it would serialise an object twice on the extension host's thread.
 */
export interface PackedMessage {
  type: 'packed';
  json: Uint8Array;
}

/** What the panel shows whole (an `append` adds to the last `update`). */
export type PanelMessage = Exclude<ToWebview, { type: 'append' }>;

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; start: number; end: number }
  | { type: 'annotate' };

/** What the webview keeps with setState, so a reload or a restart shows the last content at once. */
export interface WebviewState {
  last: PanelMessage | null;
  scrollY: number;
  /** Ids of the sections the reader collapsed; they stay collapsed across updates. */
  collapsed?: string[];
}
