/**
 * How export commands read their arguments and write. A bare URI is never a place to write: menus, keybindings and
 * other extensions pass the article's URI, and treating it as the target once wrote JSON over the article. So a
 * bare URI is the source (per-article exports) or ignored (workspace exports), and files are written only where the
 * user chose: a dialog, or an explicit `{ target }` argument. Every write says where it went.
 */
import vscode = require('vscode');

export function asUri(x: unknown): vscode.Uri | undefined {
  if (x instanceof vscode.Uri) return x;
  if (typeof x === 'string' && /^[a-z][\w+.-]*:/i.test(x)) return vscode.Uri.parse(x);
  return undefined;
}

export interface ExportArgs {
  source?: vscode.Uri;
  target?: vscode.Uri;
}

/** `({ source?, target? })`, or a bare URI (the source; anything after it, e.g. a menu's selection, is ignored). */
export function exportArgs(first: unknown): ExportArgs {
  if (first && typeof first === 'object' && !(first instanceof vscode.Uri) && ('target' in first || 'source' in first)) {
    const o = first as { source?: unknown; target?: unknown };
    return { source: asUri(o.source), target: asUri(o.target) };
  }
  return { source: asUri(first) };
}

/** Writes `content` to `target` and tells the user where, with a button to open it. */
export async function writeExport(target: vscode.Uri, content: string): Promise<void> {
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  announce([target]);
}

/** "Policy Lens: wrote a.json" (or several), with a button that opens the first. */
export function announce(written: vscode.Uri[]): void {
  if (!written.length) return;
  const names = written.map((u) => (u.scheme === 'file' ? vscode.workspace.asRelativePath(u) : u.toString(true))).join(', ');
  void vscode.window.showInformationMessage(`Policy Lens: wrote ${names}.`, 'Open').then((choice) => {
    if (choice) void vscode.window.showTextDocument(written[0]);
  });
}
