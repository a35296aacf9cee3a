/**
 * The integration suite's entry: the `run()` contract of @vscode/test-electron, also used by the code-server runner
 * (test/support/run-integration.js) through the smoke-test driver. Runs every *.test.js next to this file in mocha,
 * activation first, and writes the counts to $POLICY_LENS_TEST_RESULTS (default test-artifacts/integration-results.json)
 * so the runner can print them and fail a run that ran nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

// mocha 12 is an ES module; require(esm) hands back its namespace, so take the default export when there is one.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mochaModule = require('mocha') as typeof import('mocha') & { default?: typeof import('mocha') };
const Mocha = mochaModule.default ?? mochaModule;

interface TestRecord {
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  if (process.env.POLICY_LENS_TEST_GREP) mocha.grep(process.env.POLICY_LENS_TEST_GREP);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort((a, b) => Number(b.startsWith('activation')) - Number(a.startsWith('activation')) || a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const resultsFile = process.env.POLICY_LENS_TEST_RESULTS || path.resolve(__dirname, '../../../test-artifacts/integration-results.json');
  const tests: TestRecord[] = [];
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const count = (s: TestRecord['state']) => tests.filter((t) => t.state === s).length;
        const results = { passes: count('passed'), failures, pending: count('pending'), vscodeVersion: vscode.version, uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop', tests };
        try {
          fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
          fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
        } catch (e) {
          console.error(`could not write ${resultsFile}: ${e}`);
        }
        console.log(`integration: ${results.passes} passing, ${failures} failing, ${results.pending} pending`);
        if (failures > 0) reject(new Error(`${failures} integration tests failed.`));
        else resolve();
      });
      runner.on('pass', (t) => tests.push({ fullTitle: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      runner.on('pending', (t) => tests.push({ fullTitle: t.fullTitle(), state: 'pending' }));
      runner.on('fail', (t, err) => tests.push({ fullTitle: t.fullTitle(), state: 'failed', error: String((err as Error)?.stack ?? err).split('\n').slice(0, 6).join('\n') }));
    } catch (err) {
      reject(err);
    }
  });
}
