#!/usr/bin/env node
// npm start [-- <file>]: builds the extension, starts code-server with the project linked in as a development
// extension, opens a sample article (default: the first in samples/) and prints the URL. Ctrl-C stops everything.
// Env: PORT (default: a free port). After `npm run watch` rebuilds, run "Developer: Reload Window" in the browser.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT } = require('../test/support/paths');
const { startServer } = require('../test/support/server');
const { workbenchUrl } = require('../test/support/workbench');

async function main() {
  const arg = process.argv[2];
  let file;
  if (arg) file = path.resolve(arg);
  else {
    const dir = path.join(ROOT, 'samples');
    const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(md|txt)$/i.test(f) && !/^readme/i.test(f)).sort() : [];
    const fallback = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(md|txt)$/i.test(f)) : [];
    const pick = names[0] ?? fallback[0];
    file = pick ? path.join(dir, pick) : path.join(ROOT, 'test/fixtures/lakeside-ransomware.md');
  }
  if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);

  const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');

  const folder = path.dirname(file);
  const server = await startServer({ workspace: folder, devExtension: true, port: Number(process.env.PORT) || undefined });
  console.log(`\nPolicy Lens in VS Code ${'(code-server)'}: ${workbenchUrl(server, folder, path.basename(file))}\n`);
  console.log(`  folder ${folder}\n  server log ${server.logFile}\n  Ctrl-C to stop.`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  require('node:timers').setInterval(() => {}, 1 << 30); // keep running
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
