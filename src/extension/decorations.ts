/**
 * Editor decorations: one decoration type per category, from theme colours declared in package.json
 * (`contributes.colors`), created once and rebuilt only when `policyLens.decorations.*` changes.
 * Only visible editors are decorated.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { DecorationCategory } from '../shared/api';
import type { Configuration } from './config';
import { toRanges } from './convert';
import { Disposable } from './dispose';
import { CATEGORIES, decorationSpans, emptySpans, type CategorySpans } from './spans';

const color = (id: string) => new vscode.ThemeColor(`policyLens.${id}`);

export const STYLES: Record<DecorationCategory, vscode.DecorationRenderOptions> = {
  claim: {
    backgroundColor: color('claimBackground'),
    borderColor: color('claimBorder'),
    borderStyle: 'dashed',
    borderWidth: '0 0 1px 0',
  },
  quote: { color: color('quoteForeground'), fontStyle: 'italic' },
  outlet: { color: color('outletForeground'), textDecoration: 'underline' },
  speaker: { color: color('speakerForeground'), fontWeight: 'bold' },
  figure: {
    color: color('figureForeground'),
    backgroundColor: color('figureBackground'),
    borderColor: color('figureBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
    borderRadius: '3px',
    fontWeight: 'bold',
    overviewRulerColor: color('figureForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  },
};

export class Decorator extends Disposable {
  private _types = new Map<DecorationCategory, vscode.TextEditorDecorationType>();
  /** What was last applied, per document uri. */
  private readonly _applied = new Map<string, CategorySpans>();
  /** Spans computed for one document version, shared by its editors. */
  private readonly _spans = new Map<string, { version: number; analysis: Analysis; spans: CategorySpans }>();

  constructor(private readonly _config: Configuration) {
    super();
    this._createTypes();
    this._register({ dispose: () => this._disposeTypes() });
  }

  /** Re-create the decoration types for the enabled categories (call on a `policyLens.decorations` change). */
  rebuild(): void {
    this._disposeTypes();
    this._applied.clear();
    this._spans.clear();
    this._createTypes();
  }

  /** Decorate one editor with an analysis of its document (or clear it, with undefined). */
  render(editor: vscode.TextEditor, analysis: Analysis | undefined): void {
    const document = editor.document;
    const key = document.uri.toString();
    let spans = emptySpans();
    if (analysis) {
      const cached = this._spans.get(key);
      if (cached && cached.version === document.version && cached.analysis === analysis) spans = cached.spans;
      else {
        spans = decorationSpans(analysis, document.getText(), this._config.value.claimMinScore);
        this._spans.set(key, { version: document.version, analysis, spans });
      }
    }
    const applied = emptySpans();
    for (const category of CATEGORIES) {
      const type = this._types.get(category);
      if (!type) continue;
      editor.setDecorations(type, toRanges(document, spans[category]));
      applied[category] = spans[category];
    }
    this._applied.set(key, applied);
  }

  clear(editor: vscode.TextEditor): void {
    this.render(editor, undefined);
  }

  applied(uri: string): CategorySpans {
    return this._applied.get(uri) ?? emptySpans();
  }

  forget(uri: vscode.Uri | string): void {
    this._applied.delete(uri.toString());
    this._spans.delete(uri.toString());
  }

  private _createTypes(): void {
    const enabled = this._config.value.decorations;
    for (const category of CATEGORIES) {
      if (!enabled[category]) continue;
      this._types.set(
        category,
        vscode.window.createTextEditorDecorationType({ ...STYLES[category], rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }),
      );
    }
  }

  private _disposeTypes(): void {
    for (const type of this._types.values()) type.dispose();
    this._types.clear();
  }
}
