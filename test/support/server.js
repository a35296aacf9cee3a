// Starts code-server (VS Code 1.139.1 server + web workbench) for tests, in a fresh scratch folder and in its own
// process group, and always stops the whole group. See docs/testing.md.
//
//   const server = await startServer({ workspace, smokeTestDriver: true });
//   ... server.url, server.workspace ...
//   await server.stop();
//
// Safety nets: every running server leaves .vscode-test/servers/<pgid>.pid (removed by stop()); on exit, SIGINT,
// SIGTERM and uncaught errors this process kills the groups it started; .ci/run's trap kills any pid file left.
const fs = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { ROOT, NODE24, CODE_SERVER, SERVERS_DIR } = require('./paths');
const { ensureTools } = require('./tools');

/** The user settings every test server starts with (the recipe's "clean screen" settings). */
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 100,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.layoutControl.enabled': false,
};

const live = new Map(); // pgid -> pid file

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills a whole process group now (synchronous; for exit handlers). */
function killGroupSync(pgid) {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  const pidFile = live.get(pgid);
  if (pidFile) fs.rmSync(pidFile, { force: true });
  live.delete(pgid);
}

let handlersInstalled = false;
function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const pgid of [...live.keys()]) killGroupSync(pgid);
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      for (const pgid of [...live.keys()]) killGroupSync(pgid);
      process.exit(128 + (os.constants.signals[sig] || 1));
    });
  }
}

function scratchEnv(scratch) {
  const env = { ...process.env };
  for (const [k, sub] of [['HOME', 'home'], ['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'share'], ['XDG_CACHE_HOME', 'cache'], ['TMPDIR', 'tmp']]) {
    env[k] = path.join(scratch, sub);
    fs.mkdirSync(env[k], { recursive: true });
  }
  // The extension host inherits this environment; keep the host's own node options out of it.
  delete env.NODE_OPTIONS;
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

/**
 * @param {object} [o]
 * @param {string} [o.workspace]        folder to open (default: an empty folder in the scratch dir)
 * @param {boolean} [o.smokeTestDriver] pass --enable-smoke-test-driver (needed for the integration payload)
 * @param {string} [o.vsix]             install this .vsix into the scratch extensions dir
 * @param {boolean} [o.devExtension]    link the project itself into the extensions dir (development load)
 * @param {object} [o.settings]         extra user settings
 * @param {object} [o.env]              extra environment for the server (and the extension host)
 * @param {number} [o.port]             fixed port (default: a free one)
 * @param {boolean} [o.keepScratch]     keep the scratch folder after stop (default: env KEEP_SCRATCH)
 */
async function startServer(o = {}) {
  ensureTools();
  installExitHandlers();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-cs-'));
  const data = path.join(scratch, 'data');
  const exts = path.join(scratch, 'exts');
  const workspace = o.workspace || path.join(scratch, 'ws');
  fs.mkdirSync(path.join(data, 'User'), { recursive: true });
  fs.mkdirSync(exts, { recursive: true });
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(data, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...o.settings }, null, 2));
  fs.writeFileSync(path.join(scratch, 'config.yaml'), 'auth: none\ncert: false\n');
  const env = { ...scratchEnv(scratch), ...o.env };
  const common = ['--config', path.join(scratch, 'config.yaml'), '--user-data-dir', data, '--extensions-dir', exts];

  if (o.vsix) {
    const r = spawnSync(NODE24, [CODE_SERVER, ...common, '--install-extension', o.vsix], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`installing ${o.vsix} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  if (o.devExtension) {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    fs.symlinkSync(ROOT, path.join(exts, `${pkg.publisher}.${pkg.name}-${pkg.version}`));
  }

  const port = o.port || (await freePort());
  const logFile = path.join(scratch, 'server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    CODE_SERVER, ...common,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...(o.smokeTestDriver ? ['--vscode-option=--enable-smoke-test-driver'] : []),
    workspace,
  ];
  // detached: the child calls setsid(), so it leads a new process group whose id is its pid.
  const child = spawn(NODE24, args, { cwd: scratch, env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const pgid = child.pid;
  fs.mkdirSync(SERVERS_DIR, { recursive: true });
  const pidFile = path.join(SERVERS_DIR, `${pgid}.pid`);
  fs.writeFileSync(pidFile, String(pgid));
  live.set(pgid, pidFile);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  child.unref();

  const keep = o.keepScratch ?? !!process.env.KEEP_SCRATCH;
  let stopped = false;
  const server = {
    url: `http://127.0.0.1:${port}`,
    port,
    pgid,
    scratch,
    workspace,
    logFile,
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
    /** Stops the whole process group (TERM, then KILL after 5 s) and removes the scratch folder. */
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const deadline = Date.now() + 5000;
      while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      killGroupSync(pgid);
      if (!keep) fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
      else console.log(`[server] kept scratch folder ${scratch}`);
    },
  };

  const deadline = Date.now() + 60000;
  for (;;) {
    if (exited) {
      const out = server.log();
      await server.stop();
      throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${out.slice(-3000)}`);
    }
    try {
      const res = await globalThis.fetch(`${server.url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      const out = server.log();
      await server.stop();
      throw new Error(`code-server did not answer /healthz within 60 s:\n${out.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

module.exports = { startServer, BASE_SETTINGS };
