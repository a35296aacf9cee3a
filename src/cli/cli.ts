/** policy-lens analyze FILE|- [--format json|markdown|text] */
import { readFileSync } from 'node:fs';
import { analyze } from '../core';

function main(argv: string[]): number {
  const [command, file, ...rest] = argv;
  if (command !== 'analyze' || !file) {
    process.stderr.write('usage: policy-lens analyze FILE|- [--format json|markdown|text]\n');
    return 2;
  }
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  void rest;
  process.stdout.write(JSON.stringify(analyze(text), null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
