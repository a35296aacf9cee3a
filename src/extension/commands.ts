/** Command ids in one enum, registered in one function. Each command returns what it did, for tests. */
import vscode = require('vscode');
import type { Analysis } from '../core/types';
import type { ExportResult, ToggleResult } from '../shared/api';
import type { Annotator } from './annotator';
import type { ArticleDocuments } from './openAsArticle';
import type { IncidentsPanel } from './panel';
import { buildPanelModel } from './panelModel';
import { asUri, exportArgs, writeExport } from './exportArgs';
import { renderJson, renderMarkdown } from './report';

export enum CommandId {
  Annotate = 'policyLens.annotate',
  Toggle = 'policyLens.toggle',
  ShowPanel = 'policyLens.showPanel',
  ExportJson = 'policyLens.exportJson',
  ExportMarkdown = 'policyLens.exportMarkdown',
  OpenAsArticle = 'policyLens.openAsArticle',
}

/** Exports one article: `(source?)` opens the export in an editor; `({ source?, target })` writes it to `target`. */
async function exportAnnotations(annotator: Annotator, format: 'json' | 'markdown', args: unknown): Promise<ExportResult | undefined> {
  const { source, target } = exportArgs(args);
  const document = await annotator.resolveDocument(source);
  if (!document) {
    void vscode.window.showInformationMessage('Policy Lens: open a plain-text or Markdown article to export its annotations.');
    return undefined;
  }
  const analysis = await annotator.annotate(document, true);
  if (!analysis) return undefined;
  const model = buildPanelModel(analysis, document.getText(), annotator.describe(document));
  const content = format === 'json' ? renderJson(analysis) : renderMarkdown(model);
  if (target) {
    if (target.toString() === document.uri.toString()) {
      void vscode.window.showErrorMessage('Policy Lens: an export cannot replace the article it comes from.');
      return undefined;
    }
    await writeExport(target, content);
    return { format, source: document.uri.toString(), target: target.toString(), content };
  }
  const opened = await vscode.workspace.openTextDocument({ language: format, content });
  annotator.ignore(opened.uri);
  await vscode.window.showTextDocument(opened, { preview: false });
  return { format, source: document.uri.toString(), target: opened.uri.toString(), content };
}

export function registerCommands(annotator: Annotator, panel: IncidentsPanel, articles: ArticleDocuments): vscode.Disposable {
  const handlers: Record<CommandId, (...args: unknown[]) => unknown> = {
    [CommandId.Annotate]: async (uri?: unknown): Promise<Analysis | undefined> => {
      const document = await annotator.resolveDocument(asUri(uri));
      if (!document) {
        void vscode.window.showInformationMessage('Policy Lens: open a plain-text or Markdown article to annotate it.');
        return undefined;
      }
      return annotator.annotate(document, true);
    },
    [CommandId.Toggle]: (): ToggleResult => annotator.toggle(),
    [CommandId.ShowPanel]: () => {
      panel.createOrShow();
      return panel.state();
    },
    [CommandId.ExportJson]: (args?: unknown) => exportAnnotations(annotator, 'json', args),
    [CommandId.ExportMarkdown]: (args?: unknown) => exportAnnotations(annotator, 'markdown', args),
    [CommandId.OpenAsArticle]: (uri?: unknown) => articles.open(uri),
  };
  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
}
