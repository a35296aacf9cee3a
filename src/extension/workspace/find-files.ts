/**
 * The files a workspace index pass reads: per folder, the include glob minus the folder's own files.exclude and
 * search.exclude and policyLens.workspace.exclude, at most policyLens.workspace.maxFiles in all (shared, budget.ts),
 * sorted by uri.
 */
import vscode = require('vscode');
import { shareBudget } from './budget';
import { excludeGlob, includeGlob, readSettings } from './settings';

export async function findWorkspaceFiles(token: vscode.CancellationToken): Promise<{ uris: vscode.Uri[]; truncated: boolean; cutFolders: string[] }> {
  const settings = readSettings();
  const folders = vscode.workspace.workspaceFolders ?? [];
  // Per folder, so each folder's own files.exclude / search.exclude apply; the budget is shared (budget.ts).
  const found: vscode.Uri[][] = [];
  for (const folder of folders) {
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, includeGlob(settings)), excludeGlob(settings, folder.uri), settings.maxFiles + 1, token);
    found.push(uris.sort(byUri));
  }
  const allowed = shareBudget(
    found.map((f) => f.length),
    settings.maxFiles,
  );
  const cutFolders = folders.filter((_, i) => allowed[i] < found[i].length).map((f) => f.name);
  const seen = new Set<string>();
  return {
    uris: found
      .flatMap((f, i) => f.slice(0, allowed[i]))
      .filter((u) => !seen.has(u.toString()) && !!seen.add(u.toString()))
      .sort(byUri),
    truncated: cutFolders.length > 0,
    cutFolders,
  };
}

const byUri = (a: vscode.Uri, b: vscode.Uri) => a.toString().localeCompare(b.toString());
