/**
 * The importers (web pages, PDFs, Word files: src/importers) for the extension. On the desktop they are required on
 * first use from dist/importers.js, so neither dist/extension.js nor activation pays for them. The web build has
 * none (pdfjs, mammoth and linkedom would triple its size): there the commands say so.
 */
import vscode = require('vscode');

export type Importers = typeof import('../importers');

let loaded: Importers | undefined;

/** The importers, or undefined in VS Code for the Web. */
export function loadImporters(extensionUri: vscode.Uri): Importers | undefined {
  if (process.env.POLICY_LENS_WEB === '1') return undefined;
  // A path computed at run time: esbuild leaves this require alone, so the importers stay out of dist/extension.js.
  const load = require as (id: string) => unknown;
  return (loaded ??= load(vscode.Uri.joinPath(extensionUri, 'dist', 'importers.js').fsPath) as Importers);
}
