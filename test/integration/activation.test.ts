/** Runs first (index.ts orders it): the extension must wake up on a Markdown or plain-text document, and only then. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { api, closeAllEditors, extension, fixtureUri, showFixture, waitFor } from './helpers';

describe('activation', () => {
  it('declares narrow activation events (Markdown, plain text, its panel) and never "*"', () => {
    const events: string[] = extension().packageJSON.activationEvents ?? [];
    assert.ok(events.includes('onLanguage:markdown'), `activationEvents: ${events}`);
    assert.ok(events.includes('onLanguage:plaintext'), `activationEvents: ${events}`);
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), `activationEvents: ${events}`);
    // Not asserted: "inactive until an article opens". The workbench itself creates plain-text models (seen on
    // 1.139.1: activation by onLanguage:plaintext with no editor open), so that would be flaky.
  });

  it('activates on a Markdown file, returns its API and annotates the file on open', async () => {
    const editor = await showFixture('lakeside-ransomware.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    await waitFor(() => extension().isActive, 'activation after opening a Markdown file');
    const lens = await api();
    const analysis = await waitFor(() => lens.getAnalysis(editor.document.uri.toString()), 'the Markdown file to be annotated on open', 90_000); // cold: the NLP core loads on first use
    assert.strictEqual(analysis.schemaVersion, 2);
    assert.ok(analysis.quotes.length > 0, 'no quotes found in the Markdown fixture');
  });

  it('annotates a plain-text file on open', async () => {
    const editor = await showFixture('northfield-breach.txt');
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const lens = await api();
    const analysis = await waitFor(() => lens.getAnalysis(fixtureUri('northfield-breach.txt').toString()), 'the text file to be annotated on open', 30_000);
    assert.ok(analysis.figures.length > 0, 'no figures found in the text fixture');
  });

  it('annotating articles starts no workspace scan and makes one engine, until the index is asked for', async () => {
    const lens = await api();
    assert.ok(lens.workspaceIndex && lens.enginesMade, 'the API has no workspaceIndex or enginesMade');
    const s = lens.workspaceIndex();
    assert.deepStrictEqual({ state: s.state, passes: s.passes, pending: s.pending }, { state: 'idle', passes: 0, pending: false }, 'the workspace index started unasked');
    assert.strictEqual(lens.enginesMade(), 1, 'one analysis engine');
  });

  after(closeAllEditors);
});

describe('activation bench', () => {
  // test/bench/host.js starts a fresh code-server for each sample of this test (GREP="bench: one cold activation"), so that the
  // activation it reads is a cold one and the bench reports a median, not one noisy sample. No target is asserted.
  it('bench: one cold activation, as the extension measured it', async () => {
    const lens = await api();
    assert.ok(lens.activationTimes, 'the API reports no activation times');
    const out = process.env.POLICY_LENS_BENCH_OUT;
    if (out) {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify({ activationMs: lens.activationMs, activationTimes: lens.activationTimes }));
    }
  });
});
