/**
 * What the CLI's threads did, for measuring under load (wall time is distorted there, CPU time per thread is not).
 * Off unless POLICY_LENS_CLI_STATS names a file: then each worker adds its thread's CPU time and GC pauses to its
 * replies, the pool counts starts, waits and bytes, and the main thread writes one JSON object to that file at the end,
 * with a memory timeline (every 250 files: this process's RSS, the main thread's heap, each worker's heap).
 * Linux only (thread CPU time from /proc/thread-self/stat); elsewhere the CPU figures are null.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';

export const STATS_FILE = process.env.POLICY_LENS_CLI_STATS || '';

const TICK_MS = 10; // Linux's USER_HZ is 100 on every architecture Node runs on

/** This thread's CPU time (user + system), in ms, or null where /proc is not there. */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** What a worker adds to each reply in stats mode. */
export interface WorkerSample {
  cpuMs: number | null;
  /** Garbage-collection pauses on this worker's thread so far, ms. */
  gcMs: number;
  gcCount: number;
}

let gcMs = 0;
let gcCount = 0;
/** Starts counting this thread's GC pauses (in stats mode only). */
export function watchGc(): void {
  if (!STATS_FILE) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMs += e.duration;
      gcCount++;
    }
  }).observe({ entryTypes: ['gc'] });
}

export const workerSample = (): WorkerSample | undefined => (STATS_FILE ? { cpuMs: threadCpuMs(), gcMs, gcCount } : undefined);

const now = () => performance.now();

/** One worker's life, as the pool saw it. */
interface WorkerRecord {
  /** ms from `new Worker` to its first reply (loading the core and the first file). */
  firstReplyMs: number | null;
  files: number;
  /** Wall ms with no file in flight while files were left to hand out (waiting on the main thread or the window). */
  starvedMs: number;
  /** Largest V8 heap (total size, MB) the worker reported. */
  peakHeapMb: number;
  last: WorkerSample | undefined;
}

/** Memory when the pool has delivered `files` replies: where growth with the number of files would show. */
interface MemoryPoint {
  files: number;
  /** Resident memory of this process (main thread and workers), MB. */
  rssMb: number;
  /** The main thread's V8 heap (total) and its ArrayBuffers (the lines in transit), MB. */
  mainHeapMb: number;
  arrayBuffersMb: number;
  /** Each live worker's V8 heap (total), MB, from its last reply. */
  workerHeapsMb: number[];
}

/** Replies between two points of the memory timeline. */
const TIMELINE_EVERY = 250;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** The pool's counters; a no-op object unless stats are on. */
export class PoolStats {
  private readonly _started = now();
  private readonly _workers: WorkerRecord[] = [];
  private _lineBytes = 0;
  private _messages = 0;
  /** Times a worker had room but the look-ahead window was full (a slow file held the others back). */
  private _windowStalls = 0;
  private readonly _timeline: MemoryPoint[] = [];
  /** The last heap size each live worker reported. */
  private readonly _heaps = new Map<WorkerRecord, number>();

  /** A worker started; returns the function that records its replies and idle spells. */
  worker(): { reply(sample: WorkerSample | undefined, heapMb: number, lineBytes: number, idle: boolean): void; fed(): void; gone(): void } {
    const born = now();
    const rec: WorkerRecord = { firstReplyMs: null, files: 0, starvedMs: 0, peakHeapMb: 0, last: undefined };
    this._workers.push(rec);
    let idleSince: number | null = null;
    return {
      reply: (sample, heapMb, lineBytes, idle) => {
        rec.firstReplyMs ??= now() - born;
        rec.peakHeapMb = Math.max(rec.peakHeapMb, Math.round(heapMb));
        rec.files++;
        rec.last = sample;
        this._lineBytes += lineBytes;
        this._messages++;
        this._heaps.set(rec, heapMb);
        if (STATS_FILE && this._messages % TIMELINE_EVERY === 0) this._point();
        if (idle) idleSince = now();
      },
      /** Retired or crashed: its heap no longer counts in the timeline. */
      gone: () => this._heaps.delete(rec),
      fed: () => {
        if (idleSince !== null) rec.starvedMs += now() - idleSince;
        idleSince = null;
      },
    };
  }

  private _point(): void {
    const m = process.memoryUsage();
    this._timeline.push({ files: this._messages, rssMb: mb(m.rss), mainHeapMb: mb(m.heapTotal), arrayBuffersMb: mb(m.arrayBuffers), workerHeapsMb: [...this._heaps.values()].map(Math.round) });
  }

  windowStall(): void {
    this._windowStalls++;
  }

  /** Writes the summary to STATS_FILE. */
  write(jobs: number): void {
    if (!STATS_FILE) return;
    if (this._timeline.at(-1)?.files !== this._messages) this._point();
    const elu = performance.eventLoopUtilization();
    const summary = {
      jobs,
      wallMs: Math.round(now() - this._started),
      main: { cpuMs: threadCpuMs(), eventLoopUtilization: Number(elu.utilization.toFixed(3)) },
      process: { cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000) },
      messages: this._messages,
      lineBytes: this._lineBytes,
      windowStalls: this._windowStalls,
      timeline: this._timeline,
      workers: this._workers.map((w) => ({ ...w, firstReplyMs: w.firstReplyMs && Math.round(w.firstReplyMs), starvedMs: Math.round(w.starvedMs), last: w.last && { ...w.last, gcMs: Math.round(w.last.gcMs) } })),
    };
    writeFileSync(STATS_FILE, JSON.stringify(summary) + '\n');
  }
}
