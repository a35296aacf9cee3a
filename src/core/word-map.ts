/**
 * Word tables read once per token (month names, number words, currency codes): Maps, not object literals. Indexing
 * an object by an arbitrary word is a slow generic lookup (the word is looked up among all interned strings, then on
 * the object and its prototype, where "constructor" is found); a Map hashes the word once and looks in one table.
 */
export function wordMap<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}
