/** A Markdown article in the editor is read as Markdown: the worker gets the format from the document's language. */
import * as assert from 'assert';
import { annotate, closeAllEditors, showFixture } from './helpers';

describe('a Markdown article read as Markdown in the editor', () => {
  after(closeAllEditors);

  it('finds the figures of the table and the footnote, none in the code block, comment or front matter', async () => {
    const editor = await showFixture('markdown-article.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    const text = editor.document.getText();
    const a = await annotate(editor);
    for (const s of [...a.figures, ...a.quotes, ...a.claims]) assert.strictEqual(text.slice(s.start, s.end), s.text);
    const figures = a.figures.map((f) => f.text);
    for (const shown of ['12,400', '7,900', '4,500', '14']) assert.ok(figures.includes(shown), `no figure ${shown}: ${figures}`);
    for (const hidden of ['1,850', '2,100', '15,000', '2025']) assert.ok(!figures.includes(hidden), `a figure ${hidden} from code, comment or front matter`);
    const quote = a.quotes.find((q) => q.text.startsWith('Crews will restore'));
    assert.strictEqual(quote?.speaker, 'Tomas Reyner', 'the block quote is the speaker’s who introduced it');
  });
});
