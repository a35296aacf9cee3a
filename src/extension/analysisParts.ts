/**
 * An Analysis sent between threads as JSON slices. The worker cuts it with toParts(); the extension host rebuilds it
 * with fromParts() a few parts at a time, so a long article's Analysis (thousands of figures, quotes and claims) never
 * holds the extension host's thread for long, as receiving it as one structured clone would. No vscode, no Node, no
 * DOM: both the Node worker, the Web Worker and the two engines use it.
 */
import { CancelledError, type Analysis, type CancellationToken } from '../core/types';

/** `null` is the Analysis with its long arrays left empty, then each text is a slice of the named array, in order. */
export type AnalysisParts = Array<{ field: keyof Analysis | null; json: string }>;

/** About this much JSON per part: the extension host parses one in a millisecond or two. */
const PART_CHARS = 32 * 1024;

/** How long the extension host's thread may parse parts before it lets other work run. */
const SLICE_MS = 5;

export function toParts(analysis: Analysis): AnalysisParts {
  const head: Record<string, unknown> = { ...analysis };
  const parts: AnalysisParts = [];
  for (const field of Object.keys(analysis) as Array<keyof Analysis>) {
    const value = analysis[field];
    if (!Array.isArray(value) || value.length === 0) continue;
    head[field] = [];
    let items: string[] = [];
    let chars = 0;
    for (const item of value) {
      const json = JSON.stringify(item) ?? 'null';
      items.push(json);
      chars += json.length;
      if (chars >= PART_CHARS) {
        parts.push({ field, json: `[${items.join(',')}]` });
        items = [];
        chars = 0;
      }
    }
    if (items.length) parts.push({ field, json: `[${items.join(',')}]` });
  }
  return [{ field: null, json: JSON.stringify(head) }, ...parts];
}

/**
 * Rebuilds the Analysis, calling `pause()` (which should let the thread's other work run) every few milliseconds.
 * Throws the core's CancelledError when `token` is cancelled at a pause.
 */
export async function fromParts(parts: AnalysisParts, token: CancellationToken, pause: () => Promise<void>): Promise<Analysis> {
  let analysis: Record<string, unknown[]> | undefined;
  let slice = performance.now();
  for (const { field, json } of parts) {
    if (performance.now() - slice > SLICE_MS) {
      await pause();
      if (token.isCancellationRequested) throw new CancelledError();
      slice = performance.now();
    }
    const value: unknown = JSON.parse(json);
    if (field === null) analysis = value as Record<string, unknown[]>;
    else if (analysis) for (const item of value as unknown[]) analysis[field].push(item);
  }
  if (!analysis) throw new Error('the analysis worker sent no analysis');
  return analysis as unknown as Analysis;
}
