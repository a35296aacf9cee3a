/**
 * Panel messages posted as UTF-8 JSON bytes. VS Code serialises an object posted to a webview on the extension
 * host's thread twice (JSON with a replacer, then again into its RPC message): a long article's model (0.7 MB) cost
 * 74 ms of CPU in one task that way. Bytes go through as they are, so the extension host only pays for the JSON, and
 * packSteps() writes that a few items at a time. Pure: no vscode.
 */
import type { PackedMessage, ToWebview } from '../shared/protocol';

/** Array items written between two yields of stringifySteps. */
const STEP_ITEMS = 50;

/**
 * JSON.stringify(value) into `out`, yielding after each STEP_ITEMS items of a long array. Made for the panel's
 * messages, whose long arrays hold small items: an array of more than STEP_ITEMS items has its items written whole;
 * a shorter one, and an object, have their members written the same way, one by one.
 */
export function* stringifySteps(value: unknown, out: string[]): Generator<void, void, void> {
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      const item: unknown = value[i];
      if (value.length > STEP_ITEMS) {
        out.push(JSON.stringify(item) ?? 'null');
        if ((i + 1) % STEP_ITEMS === 0) yield;
      } else if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out.push('null');
      else yield* stringifySteps(item, out);
    }
    out.push(']');
  } else if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    out.push('{');
    let first = true;
    for (const [key, member] of Object.entries(value)) {
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      out.push(first ? '' : ',', JSON.stringify(key), ':');
      first = false;
      yield* stringifySteps(member, out);
    }
    out.push('}');
  } else out.push(JSON.stringify(value) ?? 'null');
}

/** `message` packed, its JSON written a step at a time. */
export function* packSteps(message: ToWebview): Generator<void, PackedMessage, void> {
  const out: string[] = [];
  yield* stringifySteps(message, out);
  return { type: 'packed', json: new TextEncoder().encode(out.join('')) };
}
