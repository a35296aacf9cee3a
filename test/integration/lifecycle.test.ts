/** Resource limits: an over-size document gets no work, and closing documents releases their state. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import { api, closeAllEditors, decorationCount, resetSettings, setSetting, waitFor } from './helpers';

const PARAGRAPH = 'The agency said about 2,000 records were exposed. "It was a serious lapse," said Jo Marsh, a spokesperson.\n\n';

async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Closes the active (untitled) editor without a save prompt, which disposes its document. */
async function discard(editor: vscode.TextEditor) {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('limits and lifecycle', () => {
  afterEach(async () => {
    await resetSettings();
    await closeAllEditors();
  });

  it('does no work on a document over policyLens.maxDocumentSize', async () => {
    await setSetting('maxDocumentSize', 1000);
    const lens = await api();
    const editor = await openUntitled(PARAGRAPH.repeat(20));
    assert.ok(editor.document.getText().length > 1000);
    const result = await vscode.commands.executeCommand<Analysis | undefined>('policyLens.annotate');
    assert.ok(!result, 'annotate returned an analysis for an over-size document');
    assert.strictEqual(lens.getAnalysis(editor.document.uri.toString()), undefined);
    assert.strictEqual(decorationCount(lens.getDecorations(editor.document.uri.toString())), 0);
    // raising the limit lets the same document through
    await setSetting('maxDocumentSize', 100_000);
    const now = await vscode.commands.executeCommand<Analysis | undefined>('policyLens.annotate');
    assert.ok(now && now.figures.length > 0, 'no analysis once the document is under the limit');
    await discard(editor);
  });

  it('releases the state of documents when they close', async () => {
    const lens = await api();
    const baseline = lens.trackedDocuments();
    const editors: vscode.TextEditor[] = [];
    for (let i = 0; i < 3; i++) {
      const editor = await openUntitled(`# Note ${i}\n\n${PARAGRAPH}`);
      const a = await vscode.commands.executeCommand<Analysis | undefined>('policyLens.annotate');
      assert.ok(a, 'annotate returned nothing');
      editors.push(editor);
    }
    await waitFor(() => lens.trackedDocuments() >= baseline + 3, `trackedDocuments() to grow from ${baseline} by 3 (is ${lens.trackedDocuments()})`);
    for (const editor of editors) await discard(editor);
    await waitFor(() => lens.trackedDocuments() <= baseline, `trackedDocuments() back to ${baseline} after closing (is ${lens.trackedDocuments()})`, 20_000);
    for (const editor of editors) assert.strictEqual(lens.getAnalysis(editor.document.uri.toString()), undefined);
  });
});
