/**
 * The role model's features of a candidate name (roles.ts), memoised in the section's paragraph cache when analysing
 * incrementally, so an edit works out again only the candidates of the sentences it changed. roleFeatures reads the
 * sentence, the candidate's place in it and three article-wide values (whether the name is a person's, how often the
 * article names it, whether this is its first mention) besides the sentence's index: the key holds all of them, so a
 * hit is what roleFeatures would return. A value roleFeatures comes to read must join the key.
 */
import { sharedString, type ParagraphCache } from '../cache';
import type { Sentence } from '../text';
import type { Candidate } from './candidates';
import type { RoleContext } from './roles';

export function memoRoleFeatures(cache: ParagraphCache | undefined, c: Candidate, s: Sentence, ctx: RoleContext, first: boolean, compute: () => string[]): string[] {
  if (!cache) return compute();
  const lower = c.text.toLowerCase();
  const person = ctx.people.has(lower) || ctx.people.has(lower.split(/\s+/).pop() ?? '');
  const article = `${person ? 'p' : '-'}${Math.min(ctx.frequency.get(lower) ?? 1, 4)}${Math.min(c.sentence, 5)}${first ? 'f' : '-'}`;
  const key = `role\u0000${c.start - s.start},${c.end - s.start},${article}\u0000${c.text}`;
  const known = cache.get<string[]>(key, s.text);
  if (known) return known;
  const features = compute();
  // Kept with one copy of each feature name (a few dozen names a candidate, most of them recurring across the article).
  cache.set(key, s.text, features.map(sharedString));
  return features;
}
