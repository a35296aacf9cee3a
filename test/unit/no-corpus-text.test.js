// src/ holds no corpus text: rules must generalise, so neither code nor comments may carry a run of 8 words of any
// corpus file (dev or train, any format) or a multi-word name the corpus's articles use. General lists (news outlets,
// places, products) are fine; see test/support/corpus-text.js for how words and names are compared.
// Without ../shared/corpus the test is skipped locally and fails under CI, where the corpus must be present.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { scan, RUN } = require('../support/corpus-text');

const root = path.join(__dirname, '..', '..');
const corpus = process.env.POLICY_LENS_CORPUS || path.join(root, '..', 'shared', 'corpus');
const present = fs.existsSync(corpus);

if (!present && process.env.CI) {
  test('the corpus is present under CI', () => assert.fail(`no corpus at ${corpus}: CI must provide ../shared/corpus (or POLICY_LENS_CORPUS)`));
}

test(`src/ carries no ${RUN}-word run and no capitalised name of the corpus`, { skip: !present && `no corpus at ${corpus}` }, () => {
  const r = scan({ root, corpus });
  assert.ok(r.scanned > 100, `scanned ${r.scanned} corpus files`);
  assert.ok(r.srcShingles > 1000, `hashed ${r.srcShingles} ${RUN}-word runs of src/`);
  const runs = r.runs.map((h) => `${h.file}:${h.line} "${h.words}" (from ${h.corpus})`);
  const names = r.names.map((n) => `${n.name} in ${n.src.join(', ')} (from ${n.corpus})`);
  assert.deepEqual([...runs, ...names], []);
});
