// The extension host's side of `npm run bench`: how long Policy Lens holds the extension host's thread while a 1 MB
// article is annotated, and what activation costs. Both are measured inside a real VS Code (code-server) by the
// integration test "a 1 MB article bench: …" (test/integration/long-document.test.ts), run through the integration
// runner with POLICY_LENS_BENCH_OUT; that test writes its figures as JSON and this file prints them as bench rows.
// Without the tools (.vscode-test-tools, Chromium) the rows say how to get them. It measures whatever dist/ holds
// (run.js calls it after its production build).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROWS = {
  longest: 'longest extension-host task while annotating 1 MB (CPU time on its thread, open → decorated)',
  panel: 'the same with the incidents panel open (it builds and posts its model for the 1 MB article)',
  gap: 'longest extension-host event-loop gap while annotating 1 MB (wall clock: also time the OS did not run the thread)',
  wall: 'open 1 MB → decorated in the editor (wall clock)',
  activation: 'activation (dist/extension.js evaluated + activate(), nothing analysed)',
  loadToActivated: 'VS Code: bundle loaded → activate() returned (includes VS Code\'s wait before calling activate)',
};

/** Runs the measuring integration test; returns its figures, or { missing } / { failed } saying why there are none. */
function measure(root, runs) {
  const { toolsPresent } = require(path.join(root, 'test/support/tools.js'));
  const { CHROMIUM } = require(path.join(root, 'test/support/paths.js'));
  if (!toolsPresent() || !fs.existsSync(CHROMIUM)) return { missing: true };
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-host-bench-')), 'figures.json');
  const env = { ...process.env, GREP: 'a 1 MB article bench:', POLICY_LENS_BENCH_OUT: out, POLICY_LENS_BENCH_RUNS: String(runs) };
  const step = (script) => spawnSync(process.execPath, [path.join(root, script)], { cwd: root, env, encoding: 'utf8' });
  console.log(`\nextension host: running the 1 MB annotation in code-server (${runs} documents) …`);
  for (const script of ['test/support/build-tests.js', 'test/support/run-integration.js']) {
    const r = step(script);
    if (r.status !== 0 || (script.endsWith('run-integration.js') && !fs.existsSync(out))) {
      console.log(`${script} failed (exit ${r.status}):\n${(r.stdout + r.stderr).split('\n').slice(-25).join('\n')}`);
      return { failed: true };
    }
  }
  const figures = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  // The activation rows: the median of `runs` cold activations (this run gives one, each other a fresh code-server).
  figures.activations = [figures.activationTimes, ...coldActivations(root, runs - 1)].filter(Boolean);
  return figures;
}

/**
 * `n` more activations, each in a fresh code-server and extension host (the integration test "bench: one cold activation"),
 * so that the activation rows are a median of cold activations rather than one sample. The tests are built already.
 */
function coldActivations(root, n) {
  const times = [];
  console.log(`extension host: ${n} cold activations, each in a fresh code-server …`);
  for (let k = 0; k < n; k++) {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-activation-')), 'activation.json');
    const env = { ...process.env, GREP: 'bench: one cold activation', POLICY_LENS_BENCH_OUT: out };
    const r = spawnSync(process.execPath, [path.join(root, 'test/support/run-integration.js')], { cwd: root, env, encoding: 'utf8' });
    if (r.status === 0 && fs.existsSync(out)) times.push(JSON.parse(fs.readFileSync(out, 'utf8')).activationTimes);
    else console.log(`activation sample ${k + 1} failed (exit ${r.status}):\n${(r.stdout + r.stderr).split('\n').slice(-10).join('\n')}`);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
  return times;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Per field, the median over activations that have it (so the parts are medians too; they need not add up exactly). */
function medianTimes(samples) {
  const out = {};
  for (const k of ['vscodeApiMs', 'evaluateMs', 'activateMs', 'vscodeApiCpuMs', 'evaluateCpuMs', 'activateCpuMs', 'loadToActivatedMs']) {
    const xs = samples.map((t) => t[k]).filter((x) => typeof x === 'number');
    if (xs.length) out[k] = median(xs);
  }
  return out;
}

/** Prints the extension host's rows in run.js's table format (measure | median | vs compromise | target). */
function printHostRows({ root, quick }) {
  const runs = quick ? 3 : 5;
  const f = measure(root, runs);
  const ms = (x) => (typeof x === 'number' ? `${x.toFixed(1)} ms` : 'n/a');
  const row = (measure, value, target = '') => console.log(`${measure} | ${value} | — | ${target}`);
  if (f.missing || f.failed) {
    const why = f.missing ? 'n/a (run scripts/vscode-tools.sh)' : 'n/a (the integration run failed: see above)';
    row(ROWS.longest, why, '≤ 50 ms');
    row(ROWS.activation, why, '≤ 50 ms');
    return;
  }
  const each = (xs) => (Array.isArray(xs) ? ` (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})` : '');
  row(`${ROWS.longest}, median of ${f.runs}${each(f.longestTaskRunsMs)}`, ms(f.longestTaskMs), '≤ 50 ms');
  if (typeof f.panelLongestTaskMs === 'number') row(`${ROWS.panel}, median of ${f.runs}${each(f.panelLongestTaskRunsMs)}`, ms(f.panelLongestTaskMs), '≤ 50 ms');
  row(`${ROWS.gap}, median of ${f.runs}${each(f.longestGapRunsMs)}`, ms(f.longestGapMs));
  row(`${ROWS.wall}, median of ${f.runs}`, ms(f.openToDecoratedMs));
  printActivationRows(f.activations?.length ? f.activations : f.activationTimes ? [f.activationTimes] : [], f.activationMs);
  console.log(`(VS Code ${f.vscodeVersion}; the CPU time is this thread's own, from process.threadCpuUsage between 1 ms timer ticks)`);
}


/** The activation rows: medians over `samples` (activationTimes of cold activations). */
function printActivationRows(samples, activationMs) {
  const ms = (x) => (typeof x === 'number' ? `${x.toFixed(1)} ms` : 'n/a');
  const row = (measure, value, target = '') => console.log(`${measure} | ${value} | — | ${target}`);
  const each = (xs) => ` (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
  const t = samples.length ? medianTimes(samples) : undefined;
  const hasCpu = (x) => [x.vscodeApiCpuMs, x.evaluateCpuMs, x.activateCpuMs].every((v) => typeof v === 'number');
  const cpuOf = (x) => x.vscodeApiCpuMs + x.evaluateCpuMs + x.activateCpuMs;
  const wallOf = (x) => x.vscodeApiMs + x.evaluateMs + x.activateMs;
  const cpu = t && [t.vscodeApiCpuMs, t.evaluateCpuMs, t.activateCpuMs].every((x) => typeof x === 'number');
  const parts = (api, rest, act) => `VS Code's API object ${api.toFixed(1)} + rest of the bundle ${rest.toFixed(1)} + activate() ${act.toFixed(1)}`;
  const of = samples.length > 1 ? `median of ${samples.length} cold activations` : 'one activation';
  // (the parts and the totals are medians each: they need not add up)
  if (cpu) {
    const totals = samples.filter(hasCpu).map(cpuOf);
    row(`${ROWS.activation}, CPU time on its thread (medians: ${parts(t.vscodeApiCpuMs, t.evaluateCpuMs, t.activateCpuMs)}), ${of}${each(totals)}`, ms(median(totals)), '≤ 50 ms');
    const own = samples.filter(hasCpu).map((x) => x.evaluateCpuMs + x.activateCpuMs);
    row(`${ROWS.activation}, CPU time without VS Code's API object, ${of}${each(own)}`, ms(median(own)));
    const walls = samples.map(wallOf);
    row(`${ROWS.activation}, wall clock (medians: ${parts(t.vscodeApiMs, t.evaluateMs, t.activateMs)}), ${of}${each(walls)}`, ms(median(walls)));
  } else row(`${ROWS.activation}, wall clock${t ? ` (${parts(t.vscodeApiMs, t.evaluateMs, t.activateMs)})` : ''}, ${of}`, ms(activationMs), '≤ 50 ms');
  if (t) row(`${ROWS.loadToActivated}, ${of}`, ms(t.loadToActivatedMs));
}

/** `node test/bench/host.js --activation [--quick]`: the activation rows alone (3 or 5 fresh code-servers, no 1 MB run). */
function printActivationOnly(root, quick) {
  const { toolsPresent } = require(path.join(root, 'test/support/tools.js'));
  if (!toolsPresent()) return console.log('n/a (run scripts/vscode-tools.sh)');
  const r = spawnSync(process.execPath, [path.join(root, 'test/support/build-tests.js')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return console.log(`build-tests.js failed:\n${r.stdout}${r.stderr}`);
  printActivationRows(coldActivations(root, quick ? 3 : 5));
}

module.exports = { printHostRows };

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  const quick = process.argv.includes('--quick');
  if (process.argv.includes('--activation')) printActivationOnly(root, quick);
  else printHostRows({ root, quick });
}
