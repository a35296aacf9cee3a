/**
 * Work spread over the extension host's tasks, a few milliseconds at a time, so that no single task holds its thread
 * for long (the README promises no task over 50 ms). Pure: no vscode.
 */

/** How long one slice may run before it lets the thread's other work go first. */
export const SLICE_MS = 5;

/** Runs `fn` after other queued work: setImmediate in Node; the web extension host (a Web Worker) has only timers. */
export const later = (fn: () => void): void => void (typeof setImmediate === 'function' ? setImmediate(fn) : setTimeout(fn, 0));

/** Runs a computation made of steps to its end, all at once. */
export function complete<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` (a generator that yields between small pieces of work) SLICE_MS at a time, a slice per task, for as
 * long as `wanted()`; then hands its result to `done` in a task of its own, so what `done` costs (posting a message,
 * say) is not added to the last slice. The first slice runs now.
 */
export function runInSlices<T>(steps: Generator<void, T, void>, wanted: () => boolean, done: (result: T) => void): void {
  const slice = (): void => {
    if (!wanted()) return;
    const started = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return later(() => void (wanted() && done(step.value)));
      if (performance.now() - started > SLICE_MS) return later(slice);
    }
  };
  slice();
}
