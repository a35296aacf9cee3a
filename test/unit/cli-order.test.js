// The CLI's jsonl at archive scale: lines come out in input order whatever --jobs is (a slow first file does not let
// quicker ones overtake it), byte for byte the same as one job's output.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const fx = require('../support/article-fixtures');

const { runCli: run } = require('../support/run-cli');

test('jsonl with two jobs: input order, the same bytes as with one job, a bad file still reported', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-order-'));
  // The first file is many times longer than the others, so with two workers the short ones finish first.
  fs.writeFileSync(path.join(dir, 'a-long.txt'), Array.from({ length: 30 }, () => fx.articleText()).join('\n\n'));
  const short = ['b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt', 'g.txt'];
  for (const name of short) fs.writeFileSync(path.join(dir, name), fx.articleText().split('\n\n')[0]);
  fs.writeFileSync(path.join(dir, 'c2.txt'), 'binary\0file');
  const one = await run(['analyze', '.', '--format', 'jsonl', '--jobs', '1'], dir);
  const two = await run(['analyze', '.', '--format', 'jsonl', '--jobs', '2'], dir);
  assert.equal(two.code, 1, 'the binary file makes the exit code 1');
  assert.match(two.stderr, /^c2\.txt: .*binary/m);
  const files = two.stdout.trim().split('\n').map((l) => JSON.parse(l).file);
  assert.deepEqual(files, ['a-long.txt', ...short]);
  assert.equal(two.stdout, one.stdout);
});

test('a worker past its heap limit is replaced: with a limit every worker exceeds, every file is still analysed, in order', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-recycle-'));
  const paragraphs = fx.articleText().split('\n\n');
  const names = paragraphs.slice(0, 5).map((p, i) => `p${i}.txt`);
  names.forEach((name, i) => fs.writeFileSync(path.join(dir, name), paragraphs[i]));
  const one = await run(['analyze', '.', '--format', 'jsonl', '--jobs', '1'], dir);
  const recycled = await run(['analyze', '.', '--format', 'jsonl', '--jobs', '2'], dir, { POLICY_LENS_CLI_RECYCLE_MB: '1' });
  assert.equal(recycled.code, 0, recycled.stderr);
  assert.deepEqual(recycled.stdout.trim().split('\n').map((l) => JSON.parse(l).file), names);
  assert.equal(recycled.stdout, one.stdout);
});
