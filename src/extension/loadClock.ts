/**
 * When dist/extension.js started to evaluate: imported first by extension.ts, so esbuild puts this line at the top of
 * the bundle (after the `vscode` require). activate() reports the time from here to its end as `activationMs`.
 */
export const LOADED_AT = performance.now();
/** This thread's CPU time then (Node 23.9+; undefined elsewhere, e.g. the web extension host). */
export const LOADED_CPU = threadCpuMs();

/** The CPU time (user + system) the current thread has used, in ms, where the runtime can tell. */
export function threadCpuMs(): number | undefined {
  const p = (globalThis as { process?: { threadCpuUsage?: () => { user: number; system: number } } }).process;
  const usage = p?.threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : undefined;
}
