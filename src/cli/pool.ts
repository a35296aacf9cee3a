/**
 * Worker threads for the CLI: `jobs` workers (this same script, started as workers), each kept busy with two files
 * in flight, replies handed over in the order they finish. A slow consumer (a full stdout pipe) holds back the next
 * files rather than piling results up in memory; a crashed worker fails only its own files and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { Reply, Task } from './worker';

export const WORKER_FLAG = 'policyLensCliWorker';
/** Files handed to a worker before its first reply comes back, so it never waits for the main thread. */
const IN_FLIGHT = 2;

export interface Job {
  task: Task;
  /** The name the output gives the file. */
  name: string;
}

export function runPool(jobs: Job[], threads: number, onReply: (reply: Reply, job: Job) => void | Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    const pending = new Map<number, Job>();
    const workers = new Set<Worker>();
    const finish = () => {
      for (const w of workers) void w.terminate();
      resolve();
    };
    const feed = (worker: Worker, owned: Set<number>) => {
      while (owned.size < IN_FLIGHT && next < jobs.length) {
        const job = jobs[next++];
        pending.set(job.task.id, job);
        owned.add(job.task.id);
        worker.postMessage(job);
      }
    };
    const start = () => {
      const worker = new Worker(__filename, { workerData: { [WORKER_FLAG]: true } });
      const owned = new Set<number>();
      workers.add(worker);
      let chain = Promise.resolve();
      worker.on('message', (reply: Reply) => {
        // Replies are handled one after another (onReply may wait for stdout to drain) before more work is given.
        chain = chain.then(async () => {
          const job = pending.get(reply.id)!;
          pending.delete(reply.id);
          owned.delete(reply.id);
          await onReply(reply, job);
          done++;
          if (done === jobs.length) finish();
          else feed(worker, owned);
        }).catch(reject);
      });
      worker.on('error', (e) => {
        workers.delete(worker);
        for (const id of owned) {
          const job = pending.get(id)!;
          pending.delete(id);
          chain = chain.then(async () => {
            await onReply({ id, ok: false, error: `the analysis crashed (${e.message.split('\n')[0]})` }, job);
            done++;
            if (done === jobs.length) finish();
          });
        }
        owned.clear();
        if (next < jobs.length) start();
      });
      feed(worker, owned);
    };
    if (!jobs.length) return resolve();
    for (let i = 0; i < Math.min(threads, jobs.length); i++) start();
  });
}
