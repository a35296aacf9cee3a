/**
 * An Analysis sent between threads as UTF-8 JSON in one transferable buffer, cut into parts. The worker encodes it
 * with toParts() and posts the buffer in its transfer list; the extension host rebuilds it with fromParts(), decoding
 * and parsing a few parts at a time. Receiving a transferred buffer costs the host's thread almost nothing, whereas a
 * structured clone of a long article's Analysis (or of its JSON as strings: megabytes) is deserialised, and its
 * garbage collected, in the one task that receives the message. No vscode, no Node, no DOM: the Node worker, the Web
 * Worker and the two engines all use it.
 */
import { CancelledError, type Analysis, type CancellationToken } from '../core/types';
import type { WorkerPartial, WorkerReply } from './workerProtocol';
import { SLICE_MS } from './slices';

/**
 * `bytes` holds the parts one after another; part i ends at byte `ends[i]`. The first part (`fields[0] === null`) is
 * the Analysis with its long arrays left empty; each other part is a JSON array of items of the array `fields[i]`,
 * in order.
 */
export interface AnalysisParts {
  fields: Array<keyof Analysis | null>;
  ends: number[];
  bytes: Uint8Array;
}

/** About this much JSON per part: the extension host decodes and parses one in a millisecond or two. */
const PART_CHARS = 32 * 1024;

export function toParts(analysis: Analysis): AnalysisParts {
  const head: Record<string, unknown> = { ...analysis };
  const fields: AnalysisParts['fields'] = [null];
  const texts: string[] = [];
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
        fields.push(field);
        texts.push(`[${items.join(',')}]`);
        items = [];
        chars = 0;
      }
    }
    if (items.length) {
      fields.push(field);
      texts.push(`[${items.join(',')}]`);
    }
  }
  texts.unshift(JSON.stringify(head));
  return { fields, ...encode(texts) };
}

/** The texts as UTF-8, one after another in a buffer of their own (so it can be transferred), and where each ends. */
function encode(texts: string[]): { bytes: Uint8Array; ends: number[] } {
  const encoder = new TextEncoder();
  const encoded = texts.map((t) => encoder.encode(t));
  const bytes = new Uint8Array(encoded.reduce((n, e) => n + e.length, 0));
  const ends: number[] = [];
  let at = 0;
  for (const e of encoded) {
    bytes.set(e, at);
    ends.push((at += e.length));
  }
  return { bytes, ends };
}

/** What to list as transferable when posting `message`: an Analysis's buffer moves to the receiver, uncopied. */
export function transferables(message: WorkerReply | WorkerPartial): ArrayBuffer[] {
  return 'parts' in message ? [message.parts.bytes.buffer as ArrayBuffer] : [];
}

/**
 * Rebuilds the Analysis, calling `pause()` (which should let the thread's other work run) every few milliseconds.
 * Throws the core's CancelledError when `token` is cancelled at a pause.
 */
export async function fromParts(parts: AnalysisParts, token: CancellationToken, pause: () => Promise<void>): Promise<Analysis> {
  const decoder = new TextDecoder();
  let analysis: Record<string, unknown[]> | undefined;
  let slice = performance.now();
  let start = 0;
  for (let i = 0; i < parts.fields.length; i++) {
    if (performance.now() - slice > SLICE_MS) {
      await pause();
      if (token.isCancellationRequested) throw new CancelledError();
      slice = performance.now();
    }
    const value: unknown = JSON.parse(decoder.decode(parts.bytes.subarray(start, parts.ends[i])));
    start = parts.ends[i];
    const field = parts.fields[i];
    if (field === null) analysis = value as Record<string, unknown[]>;
    else if (analysis) for (const item of value as unknown[]) analysis[field].push(item);
  }
  if (!analysis) throw new Error('the analysis worker sent no analysis');
  return analysis as unknown as Analysis;
}
