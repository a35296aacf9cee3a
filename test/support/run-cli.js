// Runs the built CLI (dist/cli.js) in a folder: resolves to its exit code, stdout and stderr (never rejects).
const path = require('node:path');
const { execFile } = require('node:child_process');

const CLI = path.join(__dirname, '../../dist/cli.js');

const runCli = (args, cwd, env = {}) =>
  new Promise((resolve) =>
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr })),
  );

module.exports = { CLI, runCli };
