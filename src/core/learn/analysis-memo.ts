/**
 * Memos that live for one analysis: several stages work the same thing out from a sentence's text (its trigger
 * matches, its name tokens), and a memo keyed by that text lets the first do it for all. index.ts empties every memo
 * when an analysis begins, so analysing a text again does the work again; a memo also empties itself past a bound
 * (the trainer calls the stages without beginning analyses). Values are shared: callers must not mutate them.
 */
const memos: Array<Map<string, unknown>> = [];
const MEMO_MAX = 4096;

/** A memo of `compute` by key, emptied by beginAnalysis(). */
export function analysisMemo<T>(compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  memos.push(memo as Map<string, unknown>);
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(key, value);
    return value;
  };
}

/** Empties every memo: called as an analysis (or a section's) begins. */
export function beginAnalysis(): void {
  for (const m of memos) m.clear();
}
