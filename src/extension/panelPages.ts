/**
 * What the panel sends of a long article's figure and claim lists after its model: a page per message, one message
 * per task (panel.ts). Pure (no vscode): the document is anything with a version and a text.
 */
import type { Analysis } from '../core/types';
import type { ToWebview } from '../shared/protocol';
import { panelPage, type PageStart } from './panelModel';

/**
 * Figures and claims of each group in the model's message, then per later message. Small, because VS Code serialises
 * a webview message twice on the extension host's thread (about 30 ms per MB each time): a page is about 150 KB; the
 * model's message also carries every incident record and quote (0.6 MB for 1 MB of text).
 */
export const FIRST_PAGE = 50;
export const PAGE_SIZE = 100;

export interface PagedDocument {
  readonly isClosed: boolean;
  readonly version: number;
  getText(): string;
}

export class PanelPager {
  private _next: PageStart = { figures: FIRST_PAGE, claims: { named: FIRST_PAGE, vague: FIRST_PAGE, unattributed: FIRST_PAGE } };
  /** The document's text at `version`: fetched once, not once per page (each getText() joins 1 MB anew). */
  private _text: string | undefined;

  constructor(
    private readonly _analysis: Analysis,
    private readonly _document: PagedDocument,
    private readonly _uri: string,
    private readonly _version: number,
  ) {}

  /** The next page's message; undefined once every item is sent, or when the document has changed since the model. */
  next(): Extract<ToWebview, { type: 'append' }> | undefined {
    // An edit brings a new model (and its own pages): these would be of the old text.
    if (this._document.isClosed || this._document.version !== this._version) return undefined;
    const page = panelPage(this._analysis, (this._text ??= this._document.getText()), this._next, PAGE_SIZE);
    const { named, vague, unattributed } = page.claims;
    if (!page.figures.length && !named.length && !vague.length && !unattributed.length) return undefined;
    const at = this._next;
    this._next = {
      figures: at.figures + page.figures.length,
      claims: { named: at.claims.named + named.length, vague: at.claims.vague + vague.length, unattributed: at.claims.unattributed + unattributed.length },
    };
    return { type: 'append', uri: this._uri, version: this._version, ...page };
  }
}
