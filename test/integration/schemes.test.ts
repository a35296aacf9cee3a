/**
 * Which documents are annotated: policyLens.schemes. A diff's original side (a `git:` document) gets no analysis and
 * no decorations; the working-tree side does; adding the scheme to the setting annotates it too.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, decorationCount, fixtureUri, resetSettings, setSetting, waitFor } from './helpers';

describe('schemes', function () {
  this.timeout(120_000);
  let provider: vscode.Disposable | undefined;

  after(async () => {
    await resetSettings();
    await closeAllEditors();
    provider?.dispose();
  });

  it("leaves a diff's git: side alone and annotates the working-tree side; the setting can add the scheme", async () => {
    const lens = await api();
    const file = fixtureUri('lakeside-ransomware.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    // What the git extension serves for HEAD: here, the same article under a git: URI (the test stands in for git).
    const original = file.with({ scheme: 'git', query: JSON.stringify({ path: file.fsPath, ref: 'HEAD' }) });
    provider = vscode.workspace.registerTextDocumentContentProvider('git', { provideTextDocumentContent: () => text });
    await vscode.commands.executeCommand('vscode.diff', original, file, 'lakeside-ransomware.md (HEAD ↔ working tree)');
    const left = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'git'), 'the git: side to show');
    assert.strictEqual(left.document.languageId, 'markdown');
    await waitFor(() => decorationCount(lens.getDecorations(file.toString())) > 0, 'the working-tree side to be decorated', 60_000);
    assert.strictEqual(lens.getAnalysis(original.toString()), undefined, 'the git: side was analysed');
    assert.strictEqual(decorationCount(lens.getDecorations(original.toString())), 0, 'the git: side was decorated');
    const figure = lens.getAnalysis(file.toString())?.figures[0];
    assert.ok(figure, 'the working-tree side has figures');
    const hoverAt = (uri: vscode.Uri) => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, left.document.positionAt(figure.start + 1));
    assert.ok((await hoverAt(file)).length > 0, 'no hover on a figure of the working-tree side');
    assert.strictEqual((await hoverAt(original)).length, 0, 'the git: side has a hover');

    await setSetting('schemes', ['file', 'untitled', 'vscode-remote', 'git']);
    await waitFor(() => decorationCount(lens.getDecorations(original.toString())) > 0, 'the git: side to be decorated once the setting names the scheme', 60_000);
  });
});
