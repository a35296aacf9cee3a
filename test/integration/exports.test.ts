/**
 * Exports write only where they are told to: a bare URI (what a menu, a keybinding or another extension passes) is
 * the article to export, never a place to write, so the article stays byte-identical. `{ target }` writes there.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { annotate, api, closeAllEditors, fixtureUri, showFixture, waitFor } from './helpers';

const ARTICLE = '# Harbour breach\n\nThe breach at Quayside Mutual exposed 12,000 members\' records, the insurer said on Monday.\n';
const bytes = (b: Uint8Array) => Buffer.from(b).toString('base64');

describe('exports', function () {
  this.timeout(120_000);
  const folder = () => fixtureUri('scratch-exports');
  let article: vscode.Uri;

  before(async () => {
    await api();
    article = vscode.Uri.joinPath(folder(), 'unopened-article.md');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(ARTICLE));
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder(), { recursive: true });
  });

  const commands = ['policyLens.exportJson', 'policyLens.exportMarkdown', 'policyLens.exportWorkspaceJson', 'policyLens.exportWorkspaceMarkdown', 'policyLens.exportWorkspaceCsv'];
  commands.forEach((command, i) => {
    it(`${command} given an unopened article's URI leaves the article byte-identical`, async () => {
      // A file of its own, never opened (an export that reads an article opens it as a document).
      const fresh = vscode.Uri.joinPath(folder(), `article-${i}.md`);
      await vscode.workspace.fs.writeFile(fresh, new TextEncoder().encode(ARTICLE));
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === fresh.toString()), 'the article is open already');
      // Another article is open and current, as when someone works (an export with no source exports that one).
      await annotate(await showFixture('northfield-breach.txt'));
      // Failing is allowed; writing over the article is not. With no target the CSV export asks for a folder:
      // dismiss that dialog (it is the simple file dialog, a quick input, in this workbench) until the command ends.
      let settled = false;
      void Promise.resolve(vscode.commands.executeCommand(command, fresh)).then(
        () => (settled = true),
        () => (settled = true),
      );
      await waitFor(async () => {
        if (!settled) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        return settled;
      }, `${command} to end`, 60_000);
      assert.strictEqual(bytes(await vscode.workspace.fs.readFile(fresh)), bytes(new TextEncoder().encode(ARTICLE)), `${command} wrote over the article`);
      const names = (await vscode.workspace.fs.readDirectory(folder())).map(([name]) => name);
      assert.ok(names.every((name) => /^(unopened-)?article(-\d+)?\.md$/.test(name)), `${command} wrote beside the article: ${names}`);
      await closeAllEditors();
    });
  });

  it('exports the article a bare URI names, and writes to an explicit { target }', async () => {
    const target = vscode.Uri.joinPath(folder(), 'out', 'article.json');
    const result = await vscode.commands.executeCommand<{ source: string; target: string; content: string }>('policyLens.exportJson', { source: article, target });
    assert.ok(result, 'the export returned nothing');
    assert.strictEqual(result.source, article.toString());
    assert.strictEqual(result.target, target.toString());
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { figures: Array<{ text: string }> };
    assert.ok(written.figures.some((f) => f.text === '12,000'), 'the JSON holds the article\'s figures');

    const bare = await vscode.commands.executeCommand<{ source: string; target: string }>('policyLens.exportMarkdown', article);
    assert.ok(bare, 'the export returned nothing');
    assert.strictEqual(bare.source, article.toString(), 'a bare URI is the source');
    assert.strictEqual(vscode.Uri.parse(bare.target).scheme, 'untitled', 'with no target the export opens in an editor');
  });

  it('refuses a target that is the article itself', async () => {
    const before = bytes(await vscode.workspace.fs.readFile(article));
    const result = await vscode.commands.executeCommand('policyLens.exportJson', { source: article, target: article });
    assert.strictEqual(result, undefined);
    assert.strictEqual(bytes(await vscode.workspace.fs.readFile(article)), before);
  });
});
