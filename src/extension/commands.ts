/** Command ids in one enum, registered in one function. Each command returns what it did, for tests. */
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { ExportResult, ToggleResult } from '../shared/api';
import type { Annotator } from './annotator';
import type { IncidentsPanel } from './panel';
import { buildPanelModel } from './panelModel';
import { renderJson, renderMarkdown } from './report';

export enum CommandId {
  Annotate = 'policyLens.annotate',
  Toggle = 'policyLens.toggle',
  ShowPanel = 'policyLens.showPanel',
  ExportJson = 'policyLens.exportJson',
  ExportMarkdown = 'policyLens.exportMarkdown',
}

function asUri(x: unknown): vscode.Uri | undefined {
  if (x instanceof vscode.Uri) return x;
  if (typeof x === 'string' && /^[a-z][\w+.-]*:/i.test(x)) return vscode.Uri.parse(x);
  return undefined;
}

/**
 * Export arguments. Menus pass the editor's resource first; tests may pass a target to write to. So:
 * `(source?, target?)`, or `(target)` when the single uri is not an open document, or `({ source, target })`.
 */
function exportArgs(a: unknown, b: unknown): { source?: vscode.Uri; target?: vscode.Uri } {
  if (a && typeof a === 'object' && !(a instanceof vscode.Uri) && ('target' in a || 'source' in a)) {
    const o = a as { source?: unknown; target?: unknown };
    return { source: asUri(o.source), target: asUri(o.target) };
  }
  const first = asUri(a);
  const second = asUri(b);
  if (first && !second && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === first.toString())) {
    return { target: first };
  }
  return { source: first, target: second };
}

async function exportAnnotations(annotator: Annotator, format: 'json' | 'markdown', a: unknown, b: unknown): Promise<ExportResult | undefined> {
  const { source, target } = exportArgs(a, b);
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
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    return { format, source: document.uri.toString(), target: target.toString(), content };
  }
  const opened = await vscode.workspace.openTextDocument({ language: format, content });
  annotator.ignore(opened.uri);
  await vscode.window.showTextDocument(opened, { preview: false });
  return { format, source: document.uri.toString(), target: opened.uri.toString(), content };
}

export function registerCommands(annotator: Annotator, panel: IncidentsPanel): vscode.Disposable {
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
    [CommandId.ExportJson]: (a?: unknown, b?: unknown) => exportAnnotations(annotator, 'json', a, b),
    [CommandId.ExportMarkdown]: (a?: unknown, b?: unknown) => exportAnnotations(annotator, 'markdown', a, b),
  };
  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
}
