/**
 * A worker thread of the CLI: reads, imports and analyses the files the main thread sends, one at a time. For jsonl
 * it also serialises the line, so the main thread only writes.
 */
import { parentPort } from 'node:worker_threads';
import { analyze, formatOf } from '../core';
import { readArticle, type AnalysedFile } from './files';

export interface Task {
  id: number;
  file: string;
  /** The text itself, for stdin. */
  text?: string;
  /** Return the jsonl line rather than the analysed file. */
  line: boolean;
}

export type Reply = { id: number; ok: true; line?: string; result?: AnalysedFile } | { id: number; ok: false; error: string };

/** Analyses one file: its article, or a one-line reason it has none. */
export async function analyzeTask(task: Task, name: string): Promise<Reply> {
  try {
    const article = await readArticle(task.file, task.text);
    const result: AnalysedFile = { file: name, ...article, analysis: analyze(article.text, { format: article.document ? 'text' : formatOf(task.file) }) };
    return task.line ? { id: task.id, ok: true, line: jsonLine(result) } : { id: task.id, ok: true, result };
  } catch (e) {
    return { id: task.id, ok: false, error: ((e as Error).message || String(e)).split('\n')[0] };
  }
}

/** One jsonl line: the file, its analysis and, for an imported document, the text the offsets refer to. */
export function jsonLine({ file, analysis, text, document }: AnalysedFile): string {
  return JSON.stringify(document ? { file, analysis, document: { ...document, text } } : { file, analysis }) + '\n';
}

export function runWorker(): void {
  parentPort!.on('message', (message: { task: Task; name: string }) => {
    void analyzeTask(message.task, message.name).then((reply) => parentPort!.postMessage(reply));
  });
}
