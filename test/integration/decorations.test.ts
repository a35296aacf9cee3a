/** Decorations, read back through PolicyLensApi.getDecorations: per category, after edits, toggled, and by setting. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ToggleResult } from '../../src/shared/api';
import type { Analysis } from '../../src/core/types';
import { annotate, api, CATEGORIES, closeAllEditors, covered, decorationCount, resetSettings, setSetting, showFixture, waitFor, type Decorations } from './helpers';

const SETTING: Record<string, string> = { claim: 'claims', figure: 'figures', quote: 'quotes', speaker: 'speakers', outlet: 'outlets' };

describe('decorations', () => {
  let editor: vscode.TextEditor;
  let uri: string;
  let a: Analysis;

  const decorations = async (): Promise<Decorations> => (await api()).getDecorations(uri);

  beforeEach(async () => {
    editor = await showFixture('lakeside-ransomware.md');
    uri = editor.document.uri.toString();
    a = await annotate(editor);
    await waitFor(async () => (await decorations()).figure.length > 0, 'figure decorations');
  });

  afterEach(async () => {
    await resetSettings();
    // put the fixture back as it is on disk
    if (editor.document.isDirty) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  after(closeAllEditors);

  it('marks every figure, quote, speaker, outlet and claim of the analysis in its own category', async () => {
    const d = await decorations();
    for (const f of a.figures) assert.ok(covered(d.figure, f.start, f.end), `figure “${f.text}” not decorated: ${JSON.stringify(d.figure)}`);
    for (const q of a.quotes) assert.ok(covered(d.quote, q.start, q.end), `quote “${q.text}” not decorated`);
    const mentions = a.quotes.flatMap((q) => (q.speaker && q.speakerMention ? [q.speakerMention] : []));
    assert.ok(mentions.length > 0, 'no speaker mentions in the analysis');
    for (const m of mentions) assert.ok(covered(d.speaker, m.start, m.end), `speaker “${m.text}” not decorated`);
    const text = editor.document.getText();
    const reuters = text.indexOf('Reuters');
    assert.ok(covered(d.outlet, reuters, reuters + 'Reuters'.length), `outlet Reuters not decorated: ${JSON.stringify(d.outlet)}`);
    // By default only the claims worth checking are tinted (policyLens.highlightAllClaims tints every one).
    const worth = a.claims.filter((c) => c.checkWorthy);
    assert.ok(worth.length > 0, 'no check-worthy claims in the analysis');
    for (const c of worth) assert.ok(covered(d.claim, c.start, c.end), `check-worthy claim “${c.text.slice(0, 40)}” not decorated`);
    const others = a.claims.filter((c) => !c.checkWorthy && !worth.some((w) => w.start < c.end && c.start < w.end));
    for (const c of others) assert.ok(!covered(d.claim, c.start, c.end), `claim “${c.text.slice(0, 40)}” tinted though not worth checking`);
    for (const c of CATEGORIES) for (const [s, e] of d[c]) assert.ok(0 <= s && s < e && e <= text.length, `${c} range ${s}-${e} outside the document`);
  });

  it('re-annotates after an edit: new figures appear and the old ranges move', async () => {
    await setSetting('debounceMs', 50);
    const text = editor.document.getText();
    const before = (await decorations()).figure;
    const at = text.indexOf('Lakeside city officials');
    const insert = 'Officials later said 300 laptops were replaced.\n\n';
    const old1200 = text.indexOf('1,200');
    assert.ok(covered(before, old1200, old1200 + 5), 'figure 1,200 not decorated before the edit');
    const ok = await editor.edit((b) => b.insert(editor.document.positionAt(at), insert));
    assert.ok(ok, 'edit was not applied');
    const moved = old1200 + insert.length;
    const after = await waitFor(async () => {
      const d = (await decorations()).figure;
      return covered(d, moved, moved + 5) && covered(d, at + insert.indexOf('300'), at + insert.indexOf('300') + 3) ? d : undefined;
    }, 'figure decorations at the new positions');
    assert.ok(!covered(after, old1200, old1200 + 5) || covered(after, old1200 - 1, old1200 + 6), 'the old range of 1,200 is still decorated');
    const fresh = (await api()).getAnalysis(uri);
    assert.ok(fresh?.figures.some((f) => f.text.includes('300') && f.start === at + insert.indexOf('300')), 'the analysis does not have the new figure');
  });

  it('toggle clears every decoration and brings them back', async () => {
    const count = decorationCount(await decorations());
    assert.ok(count > 0);
    const off = await vscode.commands.executeCommand<ToggleResult>('policyLens.toggle');
    assert.ok(off, 'policyLens.toggle returned no result');
    assert.strictEqual(off.visible, false);
    assert.ok(off.editors >= 1, 'the toggle cleared no editor');
    await waitFor(async () => decorationCount(await decorations()) === 0, 'decorations to clear after toggle');
    const on = await vscode.commands.executeCommand<ToggleResult>('policyLens.toggle');
    assert.ok(on, 'policyLens.toggle returned no result');
    assert.strictEqual(on.visible, true);
    assert.ok(on.editors >= 1, 'the toggle redecorated no editor');
    await waitFor(async () => decorationCount(await decorations()) === count, `all ${count} decorations back after the second toggle`);
  });

  for (const category of CATEGORIES) {
    it(`policyLens.decorations.${SETTING[category]}: false removes only the ${category} decorations`, async () => {
      const full = await decorations();
      if (full[category].length === 0) assert.fail(`no ${category} decorations to switch off`);
      await setSetting(`decorations.${SETTING[category]}`, false);
      const d = await waitFor(async () => {
        const x = await decorations();
        return x[category].length === 0 ? x : undefined;
      }, `${category} decorations to go`);
      for (const other of CATEGORIES.filter((c) => c !== category)) assert.strictEqual(d[other].length, full[other].length, `${other} decorations changed`);
      await resetSettings();
      await waitFor(async () => (await decorations())[category].length === full[category].length, `${category} decorations to come back`);
    });
  }
});
