/**
 * Worker threads for the CLI: `jobs` workers (this same script, started as workers), each kept busy with two
 * batches of files in flight, replies handed over in input order, so the output does not depend on which worker was
 * quicker. Memory stays bounded whatever the number of files: no file is handed out more than WINDOW places ahead of
 * the next one to deliver (a slow file holds the others back rather than letting finished ones pile up), and a slow
 * consumer (a full stdout pipe) holds back the next files. A worker whose heap has grown past RECYCLE_HEAP_MB (memo
 * tables full, V8's heap sized up by a huge article) is retired once its files are done and replaced by a fresh one,
 * so memory stays bounded whatever the number of files. A crashed worker fails only its own files and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { PoolStats, type WorkerSample } from './stats';
import type { Reply, Task } from './worker';

export const WORKER_FLAG = 'policyLensCliWorker';
/** Batches handed to a worker before its first reply comes back, so it never waits for the main thread. */
const IN_FLIGHT = 2;
/**
 * Files per message, each way: a message costs both threads a wake-up and a (de)serialisation, and with both cores
 * analysing, the main thread's share is time taken from the workers. Smaller batches near the end of the run (or of
 * a short one), so every worker gets files.
 */
const BATCH = 4;
/** How far ahead of the next reply to deliver files are handed out, per worker. */
const AHEAD_PER_WORKER = 2 * IN_FLIGHT * BATCH;
/**
 * A worker's heap (V8's total, in MB) past which it is replaced: twice what a worker reaches on thousands of corpus
 * articles (about 260 MB), so it costs nothing in the usual case. POLICY_LENS_CLI_RECYCLE_MB changes it (tests).
 */
const RECYCLE_HEAP_MB = Number(process.env.POLICY_LENS_CLI_RECYCLE_MB) || 512;
/**
 * Each worker's young generation, MB (two semi-spaces and a large-object space: 96 is a 32 MB semi-space; V8's default
 * is 48, a 16 MB semi-space). An article's analysis allocates tens of MB that die when it is done; in a young generation
 * that small, much of it survives two scavenges, is promoted, and V8 keeps raising the old generation's limit to make
 * room for it: a worker's heap grew 143 -> 254 MB over 1,250 -> 3,000 articles while its live heap stayed at 50-56 MB.
 * With 96 it stayed at 159-201 MB from the 1,000th article on, with fewer scavenges (docs/performance.md). The same for
 * every --jobs. POLICY_LENS_CLI_YOUNG_MB changes it (0: V8's default), for measuring.
 */
const YOUNG_MB = Number(process.env.POLICY_LENS_CLI_YOUNG_MB ?? 96);

export interface Job {
  task: Task;
  /** The name the output gives the file. */
  name: string;
}

export function runPool(jobs: Job[], threads: number, onReply: (reply: Reply, job: Job) => void | Promise<void>, stats = new PoolStats()): Promise<void> {
  if (!jobs.length) return Promise.resolve();
  const count = Math.min(threads, jobs.length);
  const window = count * AHEAD_PER_WORKER;
  return new Promise((resolve, reject) => {
    let next = 0; // the next job to hand out
    let head = 0; // the next job to deliver
    let delivering = false;
    /** Finished jobs waiting for the ones before them. */
    const ready = new Map<number, Reply>();
    /** Live workers, the files and batches each has in flight; a retiring one gets no more. */
    const workers = new Map<Worker, { owned: Set<number>; batches: number; retiring: boolean; record: ReturnType<PoolStats['worker']> }>();
    const feed = () => {
      for (const [worker, state] of workers) {
        const { owned, retiring, record } = state;
        while (!retiring && state.batches < IN_FLIGHT && next < jobs.length && next < head + window) {
          const size = Math.min(BATCH, Math.ceil((jobs.length - next) / (workers.size * IN_FLIGHT)), head + window - next);
          const batch = jobs.slice(next, (next += size));
          for (const job of batch) owned.add(job.task.id);
          state.batches++;
          record.fed();
          worker.postMessage(batch);
        }
        if (!retiring && state.batches < IN_FLIGHT && next < jobs.length && next >= head + window) stats.windowStall();
      }
    };
    // Replies are delivered one after another (onReply may wait for stdout to drain) before more work is given.
    const deliver = async () => {
      if (delivering) return;
      delivering = true;
      while (ready.has(head)) {
        const reply = ready.get(head)!;
        ready.delete(head);
        await onReply(reply, jobs[head]);
        head++;
      }
      delivering = false;
      if (head === jobs.length) {
        for (const w of workers.keys()) void w.terminate();
        resolve();
      } else feed();
    };
    const settle = (reply: Reply) => {
      ready.set(reply.id, reply);
      deliver().catch(reject);
    };
    const start = () => {
      const worker = new Worker(__filename, { workerData: { [WORKER_FLAG]: true }, ...(YOUNG_MB ? { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } } : {}) });
      const state = { owned: new Set<number>(), batches: 0, retiring: false, record: stats.worker() };
      const { owned, record } = state;
      workers.set(worker, state);
      worker.on('message', ({ replies, heapMb, sample }: { replies: Reply[]; heapMb: number; sample?: WorkerSample }) => {
        state.batches--;
        for (const reply of replies) {
          owned.delete(reply.id);
          record.reply(sample, heapMb, reply.ok && reply.line ? reply.line.byteLength : 0, !owned.size && next < jobs.length);
        }
        if (heapMb > RECYCLE_HEAP_MB) state.retiring = true;
        if (state.retiring && !owned.size) {
          workers.delete(worker);
          record.gone();
          void worker.terminate();
          if (next < jobs.length) start();
        }
        for (const reply of replies) settle(reply);
      });
      worker.on('error', (e) => {
        if (!workers.delete(worker)) return; // already retired
        record.gone();
        const lost = [...owned];
        owned.clear();
        state.batches = 0;
        if (next < jobs.length) {
          start();
          feed();
        }
        for (const id of lost) settle({ id, ok: false, error: `the analysis crashed (${e.message.split('\n')[0]})` });
      });
    };
    for (let i = 0; i < count; i++) start();
    feed();
  });
}
