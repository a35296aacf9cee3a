/** policy-lens analyze FILE|- [--format json|markdown|text] */
import { readFileSync } from 'node:fs';
import { analyze, renderMarkdown } from '../core';
import { renderAnsi } from './ansi';

const USAGE = 'usage: policy-lens analyze FILE|- [--format json|markdown|text]\n';
const FORMATS = ['json', 'markdown', 'text'] as const;
type Format = (typeof FORMATS)[number];

function parseArgs(argv: string[]): { file: string; format: Format } | string {
  const [command, ...rest] = argv;
  if (command !== 'analyze') return USAGE;
  let format: Format = 'json';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format' || arg === '-f') {
      const f = rest[++i];
      if (!FORMATS.includes(f as Format)) return `unknown format "${f}"; use json, markdown or text\n`;
      format = f as Format;
    } else if (arg.startsWith('--format=')) {
      return parseArgs([command, ...rest.slice(0, i), '--format', arg.slice(9), ...rest.slice(i + 1)]);
    } else files.push(arg);
  }
  if (files.length !== 1) return USAGE;
  return { file: files[0], format };
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args);
    return 2;
  }
  let text: string;
  try {
    const bytes = readFileSync(args.file === '-' ? 0 : args.file);
    if (bytes.includes(0)) {
      process.stderr.write(`${args.file}: looks binary (contains NUL bytes); Policy Lens reads plain text and Markdown.\n`);
      return 1;
    }
    text = bytes.toString('utf8');
  } catch (e) {
    process.stderr.write(`${args.file}: ${(e as Error).message}\n`);
    return 1;
  }
  const analysis = analyze(text);
  if (args.format === 'json') process.stdout.write(JSON.stringify(analysis, null, 2) + '\n');
  else if (args.format === 'markdown') process.stdout.write(renderMarkdown(analysis, args.file === '-' ? 'stdin' : args.file) + '\n');
  else process.stdout.write(renderAnsi(text, analysis) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
