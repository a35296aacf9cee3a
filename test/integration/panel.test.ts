/** The incidents panel: it opens and shows the active article's incidents (PolicyLensApi.panelState). */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { annotate, api, closeAllEditors, showFixture, waitFor } from './helpers';

describe('incidents panel', () => {
  after(closeAllEditors);

  it('opens, completes its handshake and receives the incidents of the active article', async () => {
    const editor = await showFixture('lakeside-ransomware.md');
    const a = await annotate(editor);
    assert.ok(a.incidents.length > 0, 'the fixture has no incidents');
    const lens = await api();
    await vscode.commands.executeCommand('policyLens.showPanel');
    const state = await waitFor(() => {
      const s = lens.panelState();
      return s?.ready && s.uri === editor.document.uri.toString() ? s : undefined;
    }, 'the panel to be ready for the article', 30_000);
    assert.strictEqual(state.incidents, a.incidents.length);
  });

  it('follows the article it was opened for when it is shown again', async () => {
    const editor = await showFixture('northfield-breach.txt');
    const a = await annotate(editor);
    const lens = await api();
    await vscode.commands.executeCommand('policyLens.showPanel');
    const state = await waitFor(() => {
      const s = lens.panelState();
      return s?.ready && s.uri === editor.document.uri.toString() ? s : undefined;
    }, 'the panel to show the text article', 30_000);
    assert.strictEqual(state.incidents, a.incidents.length);
  });
});
