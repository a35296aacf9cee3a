/**
 * A worker thread of the CLI: reads, imports and analyses the files the main thread sends. For jsonl it also
 * serialises and encodes the line and hands the bytes over (transferred, not copied), so the main thread only writes.
 */
import { getHeapStatistics } from 'node:v8';
import { setImmediate } from 'node:timers';
import { parentPort } from 'node:worker_threads';
import { readArticle, type AnalysedFile } from './files';
import { watchGc, workerSample } from './stats';

export interface Task {
  id: number;
  file: string;
  /** The text itself, for stdin. */
  text?: string;
  /** Return the jsonl line rather than the analysed file. */
  line: boolean;
}

export type Reply = { id: number; ok: true; line?: Uint8Array; result?: AnalysedFile } | { id: number; ok: false; error: string };

type Core = typeof import('../core');

const encoder = new TextEncoder();

/** Analyses one file: its article, or a one-line reason it has none. */
async function analyzeTask({ analyze, formatOf }: Core, task: Task, name: string): Promise<Reply> {
  try {
    const article = await readArticle(task.file, task.text);
    const result: AnalysedFile = { file: name, ...article, analysis: analyze(article.text, { format: article.document ? 'text' : formatOf(task.file) }) };
    return task.line ? { id: task.id, ok: true, line: encoder.encode(jsonLine(result)) } : { id: task.id, ok: true, result };
  } catch (e) {
    return { id: task.id, ok: false, error: ((e as Error).message || String(e)).split('\n')[0] };
  }
}

/** One jsonl line: the file, its analysis and, for an imported document, the text the offsets refer to. */
export function jsonLine({ file, analysis, text, document }: AnalysedFile): string {
  return JSON.stringify(document ? { file, analysis, document: { ...document, text } } : { file, analysis }) + '\n';
}

/** A batch's files one after another, all their replies in one message. */
async function analyzeBatch(core: Core, batch: Array<{ task: Task; name: string }>): Promise<void> {
  const replies: Reply[] = [];
  for (const { task, name } of batch) replies.push(await analyzeTask(core, task, name));
  const lines = replies.flatMap((r) => (r.ok && r.line ? [r.line.buffer as ArrayBuffer] : []));
  // With the replies, this worker's heap size, so the pool can replace a worker whose heap has grown too far.
  parentPort!.postMessage({ replies, heapMb: getHeapStatistics().total_heap_size / 2 ** 20, sample: workerSample() }, lines);
}

export function runWorker(): void {
  // The core is loaded here, in the worker, on first use: the main thread never pays for it in jsonl.
  const core = import('../core');
  let queue: Promise<unknown> = core;
  watchGc();
  // Batches in the order they came, one at a time: the first batch's replies are not held back by the second's files.
  // Between two batches the event loop turns (the GC observer and incoming messages are served), as between messages.
  parentPort!.on('message', (batch: Array<{ task: Task; name: string }>) => {
    queue = queue.then(() => new Promise(setImmediate)).then(() => core).then((c) => analyzeBatch(c, batch));
  });
}
