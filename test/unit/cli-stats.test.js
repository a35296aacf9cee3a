// POLICY_LENS_CLI_STATS: the CLI's own account of a run (for measuring under load) matches what it wrote, and is
// written only when asked for.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const fx = require('../support/article-fixtures');

const { runCli: run } = require('../support/run-cli');

test('stats: files, messages and line bytes add up to the output; every worker reports its thread CPU time', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-stats-'));
  const paragraphs = fx.articleText().split('\n\n');
  for (let i = 0; i < 4; i++) fs.writeFileSync(path.join(dir, `p${i}.txt`), paragraphs[i]);
  const statsFile = path.join(dir, 'stats.json');
  const r = await run(['analyze', '.', '--format', 'jsonl', '--jobs', '2'], dir, { POLICY_LENS_CLI_STATS: statsFile });
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  assert.equal(s.jobs, 2);
  assert.equal(s.messages, 4);
  assert.equal(s.lineBytes, Buffer.byteLength(r.stdout));
  assert.equal(s.workers.length, 2);
  assert.equal(s.workers.reduce((n, w) => n + w.files, 0), 4);
  // The memory timeline ends with the whole run: every reply counted, a heap for each live worker, this process's RSS.
  const last = s.timeline.at(-1);
  assert.equal(last.files, 4);
  assert.equal(last.workerHeapsMb.length, 2);
  assert.ok(last.workerHeapsMb.every((mb) => mb > 0) && last.rssMb > last.mainHeapMb, JSON.stringify(last));
  for (const w of s.workers) if (w.files) assert.ok(w.last.cpuMs > 0 && w.peakHeapMb > 0 && w.firstReplyMs > 0, JSON.stringify(w));
  fs.rmSync(statsFile);
  await run(['analyze', '.', '--format', 'jsonl', '--jobs', '1'], dir);
  assert.equal(fs.existsSync(statsFile), false, 'no stats file unless asked for');
});
