/** Hovers, through vscode.executeHoverProvider: a figure's hover explains its value, what it counts and its qualifier. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { annotate, closeAllEditors, hoverText, showFixture } from './helpers';

async function hoverOn(editor: vscode.TextEditor, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
  return hoverText(hovers ?? []);
}

describe('hover', () => {
  after(closeAllEditors);

  it('explains an approximate count: value, what it counts, qualifier', async () => {
    const editor = await showFixture('lakeside-ransomware.md');
    const a = await annotate(editor);
    const figure = a.figures.find((f) => f.text.includes('1,200'));
    assert.ok(figure, 'figure 1,200 not found');
    const text = await hoverOn(editor, figure.start + 1);
    assert.match(text, /1,200/, `hover: ${text}`);
    assert.match(text, /computers/, `hover: ${text}`);
    assert.match(text, /approximately|about/i, `hover: ${text}`);
  });

  it('explains an at-least count and a sum of money', async () => {
    const editor = await showFixture('lakeside-ransomware.md');
    const a = await annotate(editor);
    const residents = a.figures.find((f) => f.text.includes('45,000'));
    assert.ok(residents, 'figure 45,000 not found');
    const t1 = await hoverOn(editor, residents.start + 1);
    assert.match(t1, /45,000/, `hover: ${t1}`);
    assert.match(t1, /residents/, `hover: ${t1}`);
    assert.match(t1, /at least|more than/i, `hover: ${t1}`);
    const cost = a.figures.find((f) => f.text.includes('2.3 million'));
    assert.ok(cost, 'figure $2.3 million not found');
    const t2 = await hoverOn(editor, cost.end - 2);
    assert.match(t2, /\$2,300,000|2\.3 million/, `hover: ${t2}`);
  });

  it('names the speaker on a quote', async () => {
    const editor = await showFixture('lakeside-ransomware.md');
    const a = await annotate(editor);
    const quote = a.quotes.find((q) => q.text.includes('The damage is serious'));
    assert.ok(quote, 'quote not found');
    const text = await hoverOn(editor, quote.start + 4);
    assert.match(text, /Tom Reyes/, `hover: ${text}`);
  });

  it('gives nothing outside the annotations', async () => {
    const editor = await showFixture('lakeside-ransomware.md');
    await annotate(editor);
    const text = await hoverOn(editor, 2); // inside "# Ransomware" heading, before any figure or quote
    assert.doesNotMatch(text, /\*\*Figure\*\*|Figure ·|Quote ·/, `hover: ${text}`);
  });
});
