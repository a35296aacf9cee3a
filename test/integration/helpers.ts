/** Shared helpers for the integration suite: the extension's API, fixtures, settings and waiting for real events. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import type { DecorationCategory, PolicyLensApi } from '../../src/shared/api';

export const EXTENSION_ID = 'policy-lens.policy-lens';
export const CATEGORIES: DecorationCategory[] = ['claim', 'figure', 'quote', 'speaker', 'outlet'];

export function extension(): vscode.Extension<PolicyLensApi> {
  const ext = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** The exported API (activates the extension if it is not yet active). */
export async function api(): Promise<PolicyLensApi> {
  const ext = extension();
  const exported = ext.isActive ? ext.exports : await ext.activate();
  assert.ok(exported && typeof exported.getDecorations === 'function', 'activate() did not return the PolicyLensApi');
  return exported;
}

/** Polls `probe` until it returns a truthy value (the event under test happened) or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (test/fixtures) is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a fixture in an editor and makes it the active one. */
export async function showFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Runs the annotate command on the active editor and returns the Analysis it returns. */
export async function annotate(editor: vscode.TextEditor): Promise<Analysis> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  const analysis = await vscode.commands.executeCommand<Analysis | undefined>('policyLens.annotate');
  assert.ok(analysis, `policyLens.annotate returned nothing for ${editor.document.uri.path}`);
  return analysis;
}

/** Sets a policyLens.* user setting for the rest of the test; `resetSettings` puts them all back. */
const touched = new Set<string>();
export async function setSetting(key: string, value: unknown): Promise<void> {
  touched.add(key);
  await vscode.workspace.getConfiguration('policyLens').update(key, value, vscode.ConfigurationTarget.Global);
}
export async function resetSettings(): Promise<void> {
  for (const key of touched) await vscode.workspace.getConfiguration('policyLens').update(key, undefined, vscode.ConfigurationTarget.Global);
  touched.clear();
}

export type Decorations = Record<DecorationCategory, Array<[number, number]>>;

export function decorationCount(d: Decorations | undefined): number {
  return d ? CATEGORIES.reduce((n, c) => n + (d[c]?.length ?? 0), 0) : 0;
}

/** Whether [start, end) lies inside one of the ranges. */
export function covered(ranges: Array<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([s, e]) => s <= start && end <= e);
}

/** A hover's text as a reader sees it (Markdown escapes removed). */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~&$])/g, '$1');
}

/** Closes every editor; dirty ones (edited fixtures, untitled notes) are reverted first so no save dialog appears. */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isClosed)) {
    // The workbench may open an editor of its own at the same moment ("another editor opened in the meantime"):
    // try again a few times rather than fail the suite on that race.
    for (let attempt = 0; attempt < 3 && doc.isDirty && !doc.isClosed; attempt++) {
      try {
        await vscode.window.showTextDocument(doc, { preview: false });
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
