/** Reading an article for the workspace index: what the editor shows, or the file (imported when it is a web page, a PDF or a Word file). */
import vscode = require('vscode');
import type { Importers } from '../importers';

/** An open document's text (it may have unsaved edits), else the file's; undefined when it cannot be read. */
export async function readText(importers: () => Importers | undefined, log: vscode.LogOutputChannel, uri: vscode.Uri): Promise<string | undefined> {
  const key = uri.toString();
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
  if (open) return open.getText();
  try {
    const loaded = importers();
    if (loaded?.importKind(uri.path)) return (await loaded.importDocument(await vscode.workspace.fs.readFile(uri), uri.path)).text;
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    log.debug(`workspace index: could not read ${uri.toString(true)}: ${e}`);
    return undefined;
  }
}
