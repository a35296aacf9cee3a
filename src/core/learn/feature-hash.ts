/**
 * FNV-1a (learn/linear.ts) continued from a state: hashing "w=" and then "breach" ends in the state of "w=breach", so a
 * model can score word and word-pair features ("w=<word>", "b=<word>_<word>") without building their strings. The
 * buckets are those of fnv1a over the joined string, so the trainer's features and weights are read unchanged.
 */

/** The FNV-1a state before any character (as a 32-bit integer: the same low bits as fnv1a's unsigned value). */
export const FNV_START = 0x811c9dc5 | 0;

/** The state after hashing the UTF-16 code units of `s` from state `h`. */
export function fnvFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** The state after hashing the code units of `s` from `start` to `end` (fnvFrom over that slice, without making it). */
export function fnvRange(h: number, s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** The bucket of a state among 2^bits (the same as bucketOf over the whole string). */
export function bucketOfState(h: number, bits: number): number {
  return h & ((1 << bits) - 1);
}

export const W_PREFIX = fnvFrom(FNV_START, 'w=');
export const B_PREFIX = fnvFrom(FNV_START, 'b=');

/** The state after "b=<word>_": a pair feature continues it with the next word. */
export function pairPrefix(word: string): number {
  return Math.imul(fnvFrom(B_PREFIX, word) ^ 95 /* _ */, 0x01000193);
}

/** The state of "w=<word>". */
export function wordState(word: string): number {
  return fnvFrom(W_PREFIX, word);
}

/** The states of "w=<word>" for each word, each followed by "b=<word>_<next>" when a next word follows. */
export function wordAndPairStates(words: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(wordState(words[i]));
    if (i + 1 < words.length) out.push(fnvFrom(pairPrefix(words[i]), words[i + 1]));
  }
  return out;
}
