/**
 * The workspace index's commands: exports (JSON: every Analysis and the index; CSV: four tables into a folder;
 * Markdown: the workspace brief in an editor), re-index, cancel, clear the cache. Each returns what it did.
 */
import vscode = require('vscode');
import type { ArticleAnalysis } from '../../core/workspace';
import type { WorkspaceExportResult, WorkspaceIndexRun } from '../../shared/api';
import { announce, exportArgs, writeExport } from '../exportArgs';
import type { WorkspaceIndexer } from './indexer';

type Core = typeof import('../../core/exports');

export enum WorkspaceCommandId {
  ExportJson = 'policyLens.exportWorkspaceJson',
  ExportCsv = 'policyLens.exportWorkspaceCsv',
  ExportMarkdown = 'policyLens.exportWorkspaceMarkdown',
  Refresh = 'policyLens.workspace.refresh',
  Cancel = 'policyLens.workspace.cancel',
  ClearCache = 'policyLens.workspace.clearCache',
}

export const CSV_TABLES = ['incidents', 'figures', 'quotes', 'claims'] as const;

/** The index brought up to date, with the text of every article (read again: the index does not keep texts). */
async function gather(indexer: WorkspaceIndexer): Promise<{ articles: ArticleAnalysis[]; uris: Map<string, vscode.Uri> } | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    indexer.ensureStarted();
    if (indexer.state === 'indexing') {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Policy Lens: indexing the workspace…' }, () => indexer.whenIdle());
    } else {
      await indexer.whenIdle();
    }
    const articles: ArticleAnalysis[] = [];
    const uris = new Map<string, vscode.Uri>();
    let stale = false;
    for (const a of indexer.articles()) {
      const text = await indexer.text(a);
      if (text === undefined) {
        stale = true; // changed since it was indexed: index again and retry
        break;
      }
      articles.push({ file: a.file, text, analysis: a.analysis });
      uris.set(a.file, a.uri);
    }
    if (!stale) return { articles, uris };
    void indexer.refresh();
  }
  void vscode.window.showWarningMessage('Policy Lens: the workspace keeps changing; try the export again in a moment.');
  return undefined;
}

async function openOrWrite(target: vscode.Uri | undefined, language: string, content: string): Promise<string> {
  if (target) {
    await writeExport(target, content);
    return target.toString();
  }
  const doc = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc.uri.toString();
}

async function exportJson(indexer: WorkspaceIndexer, target?: vscode.Uri): Promise<WorkspaceExportResult | undefined> {
  const data = await gather(indexer);
  if (!data) return undefined;
  const index = indexer.index;
  const content = JSON.stringify(
    {
      schemaVersion: 2,
      generator: 'Policy Lens',
      articles: data.articles.map((a) => ({ file: a.file, uri: data.uris.get(a.file)?.toString(), analysis: a.analysis })),
      index,
    },
    null,
    2,
  );
  const written = await openOrWrite(target, 'json', content);
  return { format: 'json', articles: data.articles.length, incidents: index.incidents.length, targets: [written], content };
}

async function exportMarkdown(core: Core, indexer: WorkspaceIndexer, target?: vscode.Uri): Promise<WorkspaceExportResult | undefined> {
  const data = await gather(indexer);
  if (!data) return undefined;
  const index = indexer.index;
  const content = core.renderWorkspaceMarkdown(index, data.articles);
  const written = await openOrWrite(target, 'markdown', content);
  return { format: 'markdown', articles: data.articles.length, incidents: index.incidents.length, targets: [written], content };
}

async function exportCsv(core: Core, indexer: WorkspaceIndexer, folderArg?: vscode.Uri): Promise<WorkspaceExportResult | undefined> {
  let folder = folderArg;
  if (!folder) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      openLabel: 'Export CSV Here',
      title: 'Policy Lens: folder for incidents.csv, figures.csv, quotes.csv and claims.csv',
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    folder = picked?.[0];
    if (!folder) return undefined;
    const existing: string[] = [];
    for (const name of CSV_TABLES) {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, `${name}.csv`));
        existing.push(`${name}.csv`);
      } catch {
        // not there: nothing to replace
      }
    }
    if (existing.length) {
      const replace = await vscode.window.showWarningMessage(`Replace ${existing.join(', ')} in ${vscode.workspace.asRelativePath(folder)}?`, { modal: true }, 'Replace');
      if (replace !== 'Replace') return undefined;
    }
  }
  const data = await gather(indexer);
  if (!data) return undefined;
  const tables = core.toCsvTables(data.articles);
  await vscode.workspace.fs.createDirectory(folder);
  const targets: string[] = [];
  for (const name of CSV_TABLES) {
    const uri = vscode.Uri.joinPath(folder, `${name}.csv`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(tables[name]));
    targets.push(uri.toString());
  }
  announce(targets.map((t) => vscode.Uri.parse(t)));
  return { format: 'csv', articles: data.articles.length, incidents: indexer.index.incidents.length, targets };
}

export function registerWorkspaceCommands(indexer: WorkspaceIndexer, core: () => Promise<Core>): vscode.Disposable {
  const handlers: Record<WorkspaceCommandId, (...args: unknown[]) => unknown> = {
    // Only `{ target }` names where to write (for CSV, a folder); a bare URI from a menu or keybinding is ignored.
    [WorkspaceCommandId.ExportJson]: (args?: unknown) => exportJson(indexer, exportArgs(args).target),
    [WorkspaceCommandId.ExportCsv]: async (args?: unknown) => exportCsv(await core(), indexer, exportArgs(args).target),
    [WorkspaceCommandId.ExportMarkdown]: async (args?: unknown) => exportMarkdown(await core(), indexer, exportArgs(args).target),
    /**
     * Index again. `{ forget: 'memory' }` first drops the in-memory index (the pass then costs what reopening the
     * workspace costs); `{ forget: 'cache' }` drops the stored cache too (a cold start). Returns the pass's counts.
     */
    [WorkspaceCommandId.Refresh]: async (options?: unknown): Promise<WorkspaceIndexRun> => {
      const forget = options && typeof options === 'object' ? (options as { forget?: unknown }).forget : undefined;
      if (forget === 'memory' || forget === 'cache') await indexer.forget(forget);
      return indexer.refresh({ full: !forget });
    },
    [WorkspaceCommandId.Cancel]: () => indexer.cancel(),
    [WorkspaceCommandId.ClearCache]: async (): Promise<WorkspaceIndexRun> => {
      await indexer.forget('cache');
      return indexer.refresh();
    },
  };
  return vscode.Disposable.from(...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)));
}
