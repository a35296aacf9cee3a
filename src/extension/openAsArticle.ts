/**
 * "Policy Lens: Open as Article…": a web page, PDF or Word file opened as its readable text in a read-only
 * `policy-lens:` document (title, byline, date and source on top), which the annotator treats like any article.
 * A virtual document rather than a .md written beside the source: nothing is added to the user's folder, the text
 * cannot be edited by mistake, and reopening the source after it changed extracts it again.
 */
import vscode = require('vscode');
import type { OpenAsArticleResult } from '../shared/api';
import { Disposable } from './dispose';
import { loadImporters } from './importers';

export const ARTICLE_SCHEME = 'policy-lens';
const FILTERS = { 'Web pages, PDFs and Word files': ['html', 'htm', 'pdf', 'docx'] };

/** policy-lens:/folder/report.pdf.txt?<source uri>: the `.txt` makes it a plain-text document, which is annotated. */
export const articleUri = (source: vscode.Uri): vscode.Uri => vscode.Uri.from({ scheme: ARTICLE_SCHEME, path: `${source.path}.txt`, query: source.toString() });

export class ArticleDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  /** Extracted texts by virtual uri, while their documents are open. */
  private readonly _texts = new Map<string, string>();
  private readonly _onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly _extensionUri: vscode.Uri) {
    super();
    this._register(vscode.workspace.registerTextDocumentContentProvider(ARTICLE_SCHEME, this));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this._texts.delete(d.uri.toString())));
  }

  /** The virtual document's content: the header and the extracted text (extracted again if it was forgotten). */
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const known = this._texts.get(uri.toString());
    if (known !== undefined) return known;
    try {
      return await this._extract(vscode.Uri.parse(uri.query));
    } catch (e) {
      return `Policy Lens could not read ${uri.query}: ${(e as Error).message}\n`;
    }
  }

  /** The command: asks for a file unless given one; returns what it opened, or undefined with a message shown. */
  async open(arg?: unknown): Promise<OpenAsArticleResult | undefined> {
    const source = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : await this._pick();
    if (!source) return undefined;
    const name = source.path.slice(source.path.lastIndexOf('/') + 1);
    let text: string;
    try {
      text = await this._extract(source);
    } catch (e) {
      void vscode.window.showErrorMessage(`Policy Lens: ${name}: ${(e as Error).message}`);
      return undefined;
    }
    const uri = articleUri(source);
    this._texts.set(uri.toString(), text);
    this._onDidChange.fire(uri);
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'plaintext') document = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await vscode.window.showTextDocument(document, { preview: false });
    return { uri: uri.toString(), source: source.toString(), text };
  }

  private async _extract(source: vscode.Uri): Promise<string> {
    const importers = loadImporters(this._extensionUri);
    if (!importers) throw new Error('opening web pages, PDFs and Word files needs desktop VS Code (or a remote); VS Code for the Web cannot');
    if (!importers.importKind(source.path)) throw new Error('not a web page (.html, .htm), PDF or Word (.docx) file');
    const article = await importers.importDocument(await vscode.workspace.fs.readFile(source), source.path);
    const shown = source.scheme === 'file' ? source.fsPath : source.toString(true);
    return importers.articleHeader({ ...article, source: shown }) + article.text;
  }

  private async _pick(): Promise<vscode.Uri | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: FILTERS, defaultUri: active, openLabel: 'Open as Article' });
    return picked?.[0];
  }
}
