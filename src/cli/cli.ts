/**
 * policy-lens analyze FILE|DIR|- ... [--format json|jsonl|markdown|text|csv] [--out DIR] [--jobs N]
 * One file: its Analysis. Several files or a folder: every article plus the workspace index (merged incidents,
 * figures the sources disagree on, speakers, outlets); `jsonl` streams one line per article instead, for archives.
 * Files are analysed in worker threads (--jobs); this thread only hands out files and writes results, in input order.
 * It loads the core only for the formats that merge articles (jsonl never does: memory and start-up of one worker less).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { renderAnsi } from './ansi';
import { parseArgs, type Args } from './args';
import { expand, type AnalysedFile } from './files';
import { limitInlining, rerunWithSingleThreadedGc, wantsSingleThreadedGc } from './gc';
import { runPool, WORKER_FLAG, type Job } from './pool';
import { Progress } from './progress';
import { PoolStats } from './stats';
import { runWorker } from './worker';

export { parseArgs } from './args';

/** Writes to stdout, waiting when the pipe is full so a slow reader does not make us buffer the whole archive. */
function write(chunk: string | Uint8Array): Promise<void> | void {
  if (!process.stdout.write(chunk)) return new Promise((resolve) => process.stdout.once('drain', resolve));
}

function jobsOf(args: Args): { jobs: Job[]; failed: number } {
  const jobs: Job[] = [];
  let failed = 0;
  const listed = args.filesFrom ? readFileSync(args.filesFrom === '-' ? 0 : args.filesFrom, 'utf8').split(/\r?\n/).filter((l) => l.trim()) : [];
  for (const input of [...args.inputs, ...listed]) {
    let files: string[];
    try {
      files = expand(input);
    } catch (e) {
      process.stderr.write(`${input}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    for (const file of files) {
      const name = file === '-' ? 'stdin' : relative(process.cwd(), file) || file;
      const text = file === '-' ? readFileSync(0, 'utf8') : undefined;
      jobs.push({ task: { id: jobs.length, file, text, line: args.format === 'jsonl' }, name });
    }
  }
  return { jobs, failed };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args);
    return 2;
  }
  if (wantsSingleThreadedGc(args)) return rerunWithSingleThreadedGc(argv);
  limitInlining();
  const { jobs, failed: unreadable } = jobsOf(args);
  let failed = unreadable;
  const progress = new Progress(jobs.length);
  // Results for the formats that merge articles; jsonl keeps none (memory stays flat).
  const results: Array<AnalysedFile | undefined> = [];
  const stats = new PoolStats();
  await runPool(jobs, args.jobs, async (reply, job) => {
    progress.tick();
    if (!reply.ok) {
      failed++;
      progress.say(`${job.name}: ${reply.error}\n`);
    } else if (reply.line !== undefined) await write(reply.line);
    else results[job.task.id] = reply.result;
  }, stats);
  stats.write(args.jobs);
  progress.end();
  if (args.format === 'jsonl') return failed ? 1 : 0;
  const articles = results.filter((r): r is AnalysedFile => !!r);
  if (!articles.length) return 1;
  const single = jobs.length === 1 && args.inputs.length === 1 && !args.filesFrom;
  await output(args, articles, single);
  return failed ? 1 : 0;
}

/** The merged formats, once every file is analysed. */
async function output(args: Args, articles: AnalysedFile[], single: boolean): Promise<void> {
  const { buildWorkspaceIndex, renderMarkdown, renderWorkspaceMarkdown, toCsvTables } = await import('../core');
  const documentOf = (a: AnalysedFile) => (a.document ? { document: { ...a.document, text: a.text } } : {});
  switch (args.format) {
    case 'json': {
      const body = single ? { ...articles[0].analysis, ...documentOf(articles[0]) } : { articles: articles.map((a) => ({ file: a.file, analysis: a.analysis, ...documentOf(a) })), index: buildWorkspaceIndex(articles) };
      await write(JSON.stringify(body, null, 2) + '\n');
      break;
    }
    case 'markdown':
      await write(single ? renderMarkdown(articles[0].analysis, articles[0].file) + '\n' : renderWorkspaceMarkdown(buildWorkspaceIndex(articles), articles));
      break;
    case 'text':
      for (const a of articles) await write((articles.length > 1 ? `\n== ${a.file} ==\n` : '') + renderAnsi(a.text, a.analysis) + '\n');
      break;
    case 'csv': {
      mkdirSync(args.out!, { recursive: true });
      for (const [name, body] of Object.entries(toCsvTables(articles))) writeFileSync(join(args.out!, `${name}.csv`), body);
      process.stderr.write(`wrote incidents.csv, figures.csv, quotes.csv, claims.csv to ${args.out} (${articles.length} articles)\n`);
      break;
    }
  }
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) runWorker();
else
  void main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`policy-lens: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
