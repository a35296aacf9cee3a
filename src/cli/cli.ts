/**
 * policy-lens analyze FILE|DIR|- ... [--format json|markdown|text|csv] [--out DIR]
 * One file: its Analysis. Several files or a folder: every article plus the workspace index (merged incidents,
 * figures the sources disagree on, speakers, outlets).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, buildWorkspaceIndex, formatOf, renderMarkdown, renderWorkspaceMarkdown, toCsvTables, type ArticleAnalysis } from '../core';
import { renderAnsi } from './ansi';

const USAGE = `usage: policy-lens analyze FILE|DIR|- ... [--format json|markdown|text|csv] [--out DIR]
  json      the Analysis (several inputs: every article and the workspace index)
  markdown  a readable brief (several inputs: the workspace brief)
  text      the article with colours in the terminal (one input)
  csv       incidents.csv, figures.csv, quotes.csv, claims.csv written to --out DIR
`;
const FORMATS = ['json', 'markdown', 'text', 'csv'] as const;
type Format = (typeof FORMATS)[number];
interface Args {
  inputs: string[];
  format: Format;
  out: string | null;
}

/** Largest file read, in bytes: bigger ones are refused with a message rather than freezing the terminal. */
const MAX_BYTES = 20 * 1024 * 1024;

export function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'analyze') return USAGE;
  const args: Args = { inputs: [], format: 'json', out: null };
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].startsWith('--') && rest[i].includes('=') ? rest[i].split(/=(.*)/s) : [rest[i], undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--format' || flag === '-f') {
      const f = value();
      if (!FORMATS.includes(f as Format)) return `unknown format "${f}"; use ${FORMATS.join(', ')}\n`;
      args.format = f as Format;
    } else if (flag === '--out' || flag === '-o') args.out = value() ?? null;
    else if (flag === '--help' || flag === '-h') return USAGE;
    else args.inputs.push(flag);
  }
  if (!args.inputs.length) return USAGE;
  if (args.format === 'csv' && !args.out) return 'csv writes four tables: name a folder with --out DIR\n';
  return args;
}

/** Expands folders into their .txt and .md files (skipping dot folders and node_modules). */
function expand(input: string): string[] {
  if (input === '-' || !statSync(input).isDirectory()) return [input];
  return readdirSync(input, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? expand(join(input, e.name)) : /\.(txt|md|markdown)$/i.test(e.name) ? [join(input, e.name)] : []));
}

function read(file: string): string {
  const bytes = readFileSync(file === '-' ? 0 : file);
  if (bytes.length > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1024 / 1024} MB; split it or analyse part of it`);
  if (bytes.includes(0)) throw new Error('looks binary (contains NUL bytes); Policy Lens reads plain text and Markdown');
  return bytes.toString('utf8');
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args);
    return 2;
  }
  const articles: ArticleAnalysis[] = [];
  let failed = 0;
  for (const input of args.inputs) {
    let files: string[];
    try {
      files = expand(input);
    } catch (e) {
      process.stderr.write(`${input}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    for (const file of files) {
      try {
        const text = read(file);
        articles.push({ file: file === '-' ? 'stdin' : relative(process.cwd(), file) || file, text, analysis: analyze(text, { format: formatOf(file) }) });
      } catch (e) {
        process.stderr.write(`${file}: ${(e as Error).message}\n`);
        failed++;
      }
    }
  }
  if (!articles.length) return 1;
  const single = articles.length === 1 && args.inputs.length === 1 && expand(args.inputs[0]).length === 1;

  switch (args.format) {
    case 'json': {
      const body = single ? articles[0].analysis : { articles: articles.map(({ file, analysis }) => ({ file, analysis })), index: buildWorkspaceIndex(articles) };
      process.stdout.write(JSON.stringify(body, null, 2) + '\n');
      break;
    }
    case 'markdown':
      process.stdout.write(single ? renderMarkdown(articles[0].analysis, articles[0].file) + '\n' : renderWorkspaceMarkdown(buildWorkspaceIndex(articles), articles));
      break;
    case 'text':
      for (const a of articles) process.stdout.write((articles.length > 1 ? `\n== ${a.file} ==\n` : '') + renderAnsi(a.text, a.analysis) + '\n');
      break;
    case 'csv': {
      mkdirSync(args.out!, { recursive: true });
      for (const [name, body] of Object.entries(toCsvTables(articles))) writeFileSync(join(args.out!, `${name}.csv`), body);
      process.stderr.write(`wrote incidents.csv, figures.csv, quotes.csv, claims.csv to ${args.out} (${articles.length} articles)\n`);
      break;
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
