/**
 * Figure consistency in the editor: a figure whose value another article contradicts for the same incident gets an
 * Information diagnostic naming each source's value and wording (policyLens.workspace.figureDiagnostics).
 */
import vscode = require('vscode');
import { figuresAgree, type MergedIncident, type SourcedFigure } from '../../core/workspace';
import { importKind } from '../../importers/kind';
import { Disposable } from '../dispose';
import type { WorkspaceIndexer } from './indexer';
import { rangeAt } from './lines';
import { readSettings } from './settings';

export const DIAGNOSTIC_SOURCE = 'Policy Lens';
export const DIAGNOSTIC_CODE = 'figure-disagrees';

const quoteFigure = (f: SourcedFigure) =>
  `“${f.figure.text}${f.what && !f.figure.text.toLowerCase().includes(f.what.toLowerCase()) ? ` ${f.what}` : ''}”${f.figure.qualifier === 'exact' ? '' : ` (${f.figure.qualifier})`}`;

export function discrepancyMessage(m: MergedIncident, here: SourcedFigure, others: SourcedFigure[]): string {
  return `${m.label}: ${quoteFigure(here)} here, but ${others.map((o) => `${o.file} says ${quoteFigure(o)}`).join(' and ')}.`;
}

export class FigureDiagnostics extends Disposable {
  private readonly _collection = this._register(vscode.languages.createDiagnosticCollection('policyLens.figures'));

  constructor(private readonly _indexer: WorkspaceIndexer) {
    super();
    this._register(_indexer.onDidChange(() => this.update()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('policyLens.workspace.figureDiagnostics')) {
          this.update();
          if (readSettings().figureDiagnostics) _indexer.ensureStarted();
        }
      }),
    );
  }

  update(): void {
    if (!readSettings().figureDiagnostics) {
      this._collection.clear();
      return;
    }
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const m of this._indexer.index.incidents) {
      for (const d of m.discrepancies) {
        for (const here of d.figures) {
          const others = d.figures.filter((o) => o.file !== here.file && !figuresAgree(here.figure, o.figure));
          const article = this._indexer.article(here.file);
          // A web page, PDF or Word file's offsets are in its extracted text, not the file: no squiggle there.
          if (!others.length || !article || importKind(article.uri.path)) continue;
          const diagnostic = new vscode.Diagnostic(rangeAt(article.lines, here.figure), discrepancyMessage(m, here, others), vscode.DiagnosticSeverity.Information);
          diagnostic.source = DIAGNOSTIC_SOURCE;
          diagnostic.code = DIAGNOSTIC_CODE;
          diagnostic.relatedInformation = others.flatMap((o) => {
            const there = this._indexer.article(o.file);
            return there && !importKind(there.uri.path) ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(there.uri, rangeAt(there.lines, o.figure)), quoteFigure(o))] : [];
          });
          const key = article.uri.toString();
          const entry = byUri.get(key) ?? { uri: article.uri, diagnostics: [] };
          entry.diagnostics.push(diagnostic);
          byUri.set(key, entry);
        }
      }
    }
    this._collection.clear();
    for (const { uri, diagnostics } of byUri.values()) this._collection.set(uri, diagnostics);
  }

  /** The diagnostics currently set (for the test API and the output channel). */
  count(): number {
    let n = 0;
    this._collection.forEach((_uri, list) => (n += list.length));
    return n;
  }
}
