/**
 * Open as Article: a web page, a PDF and a Word file (made here, at test time) open through the command as read-only
 * policy-lens: documents (read-only in the editor: a content provider's), are annotated like the same article as .txt (same quotes and speakers, same figures), and
 * show decorations; a corrupt file gets a message and opens nothing.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import type { OpenAsArticleResult } from '../../src/shared/api';
import { annotate, api, closeAllEditors, decorationCount, fixtureUri, resetSettings, setSetting, waitFor } from './helpers';

// Plain Node modules shared with the unit tests (resolved from out/test/integration at run time).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fx = require('../../../test/support/article-fixtures') as {
  ARTICLE: { title: string; paragraphs: string[] };
  articleHtml(): string;
  articleDocx(): Promise<Uint8Array>;
  simplePdf(): Uint8Array;
  articleText(): string;
};

const quotes = (text: string, a: Analysis) => a.quotes.map((q) => [text.slice(q.start, q.end), q.speaker]);
const figures = (a: Analysis) => a.figures.map((f) => f.text);

describe('open as article', function () {
  this.timeout(180_000);
  const folder = () => fixtureUri('scratch-import');
  let expected: { text: string; analysis: Analysis };

  before(async () => {
    await api();
    const txt = vscode.Uri.joinPath(folder(), 'article.txt');
    await vscode.workspace.fs.writeFile(txt, new TextEncoder().encode(fx.articleText()));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(txt), { preview: false });
    expected = { text: editor.document.getText(), analysis: await annotate(editor) };
    await closeAllEditors();
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder(), { recursive: true });
  });

  const kinds: Array<[string, () => Promise<Uint8Array> | Uint8Array]> = [
    ['page.html', () => new TextEncoder().encode(fx.articleHtml())],
    ['report.pdf', () => fx.simplePdf()],
    ['draft.docx', () => fx.articleDocx()],
  ];
  for (const [name, make] of kinds) {
    it(`opens ${name} as a read-only annotated article with the same quotes and figures as the .txt`, async () => {
      const source = vscode.Uri.joinPath(folder(), name);
      await vscode.workspace.fs.writeFile(source, await make());
      const result = await vscode.commands.executeCommand<OpenAsArticleResult | undefined>('policyLens.openAsArticle', source);
      assert.ok(result, `the command opened nothing for ${name}`);
      const uri = vscode.Uri.parse(result.uri);
      assert.strictEqual(uri.scheme, 'policy-lens');
      const editor = vscode.window.activeTextEditor;
      assert.strictEqual(editor?.document.uri.toString(), result.uri, 'the article is the active editor');
      assert.strictEqual(editor.document.languageId, 'plaintext');
      const text = editor.document.getText();
      assert.ok(text.includes(`Source: ${source.fsPath}`), 'the header names the source');
      if (!name.endsWith('.pdf')) assert.ok(text.startsWith(`${fx.ARTICLE.title}\n`), 'the header starts with the title');
      for (const p of fx.ARTICLE.paragraphs) assert.ok(text.includes(`\n${p}\n`), `a paragraph is missing: ${p.slice(0, 40)}`);
      const policyLens = await api();
      const decorations = await waitFor(() => {
        const d = policyLens.getDecorations(result.uri);
        return decorationCount(d) > 0 && d.quote.length > 0 && d.figure.length > 0 && d;
      }, `decorations on ${name}`, 60_000);
      assert.ok(decorations.speaker.length > 0, 'speakers are decorated');
      const analysis = policyLens.getAnalysis(result.uri);
      assert.ok(analysis, 'the article has an analysis');
      // The header (title, byline, date, source) is annotated too; the article below it must match the .txt.
      const body = text.indexOf(fx.ARTICLE.paragraphs[0]);
      const below = { ...analysis, quotes: analysis.quotes.filter((q) => q.start >= body), figures: analysis.figures.filter((f) => f.start >= body) };
      assert.deepStrictEqual(quotes(text, below), quotes(expected.text, expected.analysis), 'same quotes and speakers as the .txt');
      assert.deepStrictEqual(figures(below), figures(expected.analysis), 'same figures as the .txt');
      await closeAllEditors();
    });
  }

  it('the workspace index reads pages, PDFs and Word files too, and leaves them out when importDocuments is off', async () => {
    for (const [name, make] of kinds) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), name), await make());
    const policyLens = await api();
    const indexed = () => (policyLens.workspaceIndex?.().articles ?? []).filter((f) => f.startsWith('scratch-import/')).sort();
    await vscode.commands.executeCommand('policyLens.workspace.refresh');
    assert.deepStrictEqual(indexed(), ['scratch-import/article.txt', 'scratch-import/draft.docx', 'scratch-import/page.html', 'scratch-import/report.pdf']);
    try {
      await setSetting('workspace.importDocuments', false);
      await vscode.commands.executeCommand('policyLens.workspace.refresh');
      assert.deepStrictEqual(indexed(), ['scratch-import/article.txt']);
    } finally {
      await resetSettings();
    }
  });

  it('a corrupt PDF opens nothing', async () => {
    const bad = vscode.Uri.joinPath(folder(), 'broken.pdf');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('%PDF-1.7 not really'));
    const result = await vscode.commands.executeCommand<OpenAsArticleResult | undefined>('policyLens.openAsArticle', bad);
    assert.strictEqual(result, undefined);
    assert.ok(!vscode.window.activeTextEditor || vscode.window.activeTextEditor.document.uri.scheme !== 'policy-lens');
  });
});
