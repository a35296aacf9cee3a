// Makes sure Node 24 + code-server (scripts/vscode-tools.sh) and Chromium are there; installs the npm parts if not.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, NODE24, CODE_SERVER, CHROMIUM, TOOLS } = require('./paths');

function toolsPresent() {
  return fs.existsSync(NODE24) && fs.existsSync(CODE_SERVER) && fs.existsSync(path.join(TOOLS, 'cs/.installed'));
}

/** Installs the tools when missing (idempotent, cached in .vscode-test-tools/). Throws with advice on failure. */
function ensureTools() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it: sudo apt-get install -y chromium libkrb5-dev (or set CHROMIUM=/path/to/chromium).`);
  }
  if (toolsPresent()) return;
  console.log('[tools] Node 24 / code-server missing: running scripts/vscode-tools.sh (first time only, ~3 min)');
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/vscode-tools.sh')], { stdio: 'inherit' });
  if (r.status !== 0 || !toolsPresent()) throw new Error('scripts/vscode-tools.sh failed; see its output above.');
}

module.exports = { ensureTools, toolsPresent };
