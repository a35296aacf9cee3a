/**
 * Memos that live for one analysis: several stages work the same thing out from a sentence's text (its trigger
 * matches, its name tokens), and a memo keyed by that text lets the first do it for all. index.ts begins every
 * analysis with beginAnalysis(), so analysing a text again does the work again; a memo also empties itself past a
 * bound (the trainer calls the stages without beginning analyses). Values are shared: callers must not mutate them.
 *
 * The incremental analyser (an edit re-analyses a section whose other sentences are unchanged) keeps what the
 * analysis before used as well, as its paragraph memo does: the values depend on the key text alone.
 */
interface Memo {
  current: Map<string, unknown>;
  previous: Map<string, unknown>;
}
const memos: Memo[] = [];
const MEMO_MAX = 4096;

/** A memo of `compute` by key, emptied (or, between incremental analyses, aged) by beginAnalysis(). */
export function analysisMemo<T>(compute: (key: string) => T): (key: string) => T {
  const memo: Memo = { current: new Map(), previous: new Map() };
  memos.push(memo);
  return (key) => {
    let known = memo.current.get(key) as T | undefined;
    if (known !== undefined) return known;
    known = memo.previous.get(key) as T | undefined;
    const value = known !== undefined ? known : compute(key);
    if (memo.current.size >= MEMO_MAX) memo.current.clear();
    memo.current.set(key, value);
    return value;
  };
}

/**
 * Called as an analysis (or a section's) begins: every memo is emptied, or, when `keepLatest` (an incremental
 * analysis), keeps what the latest analysis used for this one only.
 */
export function beginAnalysis(keepLatest = false): void {
  for (const m of memos) {
    if (keepLatest) m.previous = m.current;
    else m.previous.clear();
    m.current = new Map();
  }
}
