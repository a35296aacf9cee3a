/** The command line, parsed: `policy-lens analyze FILE|DIR|- ... [--format …] [--out DIR] [--jobs N]`. */
import { availableParallelism } from 'node:os';

export const USAGE = `usage: policy-lens analyze FILE|DIR|- ... [--format json|jsonl|markdown|text|csv] [--out DIR] [--jobs N] [--files-from LIST|-]
  Reads .txt and .md articles, and web pages (.html, .htm), PDFs and Word files (.docx) as their readable text.
  json      the Analysis (several inputs: every article and the workspace index); for a page, PDF or Word file,
            "document" holds the extracted text the offsets refer to, with its title, byline and date
  jsonl     one line per article, in input order, as soon as it is analysed: {"file", "analysis", "document"?}; for archives
  markdown  a readable brief (several inputs: the workspace brief)
  text      the article with colours in the terminal
  csv       incidents.csv, figures.csv, quotes.csv, claims.csv written to --out DIR
  --jobs N  analyse N files at a time in worker threads (default: the number of cores)
  --files-from LIST  also analyse the files named in LIST, one path a line ("-": stdin; for Spark's RDD.pipe)
A file that cannot be read (encrypted or scanned PDF, no article, corrupt) gets one line on stderr; the others go on,
and the exit code is 1.
`;
const FORMATS = ['json', 'jsonl', 'markdown', 'text', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Args {
  inputs: string[];
  format: Format;
  out: string | null;
  jobs: number;
  /** A file listing more inputs, one a line ('-': stdin). */
  filesFrom: string | null;
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

export function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'analyze') return USAGE;
  const args: Args = { inputs: [], format: 'json', out: null, jobs: defaultJobs(), filesFrom: null };
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].startsWith('--') && rest[i].includes('=') ? rest[i].split(/=(.*)/s) : [rest[i], undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--format' || flag === '-f') {
      const f = value();
      if (!FORMATS.includes(f as Format)) return `unknown format "${f}"; use ${FORMATS.join(', ')}\n`;
      args.format = f as Format;
    } else if (flag === '--out' || flag === '-o') args.out = value() ?? null;
    else if (flag === '--jobs' || flag === '-j') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) return '--jobs takes a whole number of at least 1\n';
      args.jobs = n;
    } else if (flag === '--files-from') args.filesFrom = value() ?? null;
    else if (flag === '--help' || flag === '-h') return USAGE;
    else args.inputs.push(flag);
  }
  if (!args.inputs.length && !args.filesFrom) return USAGE;
  if (args.format === 'csv' && !args.out) return 'csv writes four tables: name a folder with --out DIR\n';
  return args;
}
