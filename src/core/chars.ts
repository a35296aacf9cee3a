/**
 * Character tests for the hand-written scanners (tokens.ts, numbers.ts, claim-features.ts), which follow Unicode
 * patterns character by character: ASCII is tested inline, other code units by letters.ts's table, and only a
 * surrogate pair (a code point of two units) by a pattern. Each match of a pattern with \p{L} in it cost a call out of
 * the regex code per character tested.
 */
import { charClass, LETTER, OTHER, SURROGATE } from './learn/letters';

const IS_LETTER = /^\p{L}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** 2 at a surrogate pair wholly before `end`, else 1. */
export function codePointLength(s: string, i: number, end = s.length): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < end && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Whether a letter or digit (\p{L} or \p{N}) starts at s[i]; false at or past `end`. */
export function letterOrDigitAt(s: string, i: number, end = s.length): boolean {
  if (i >= end) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const k = charClass(c);
  return k === SURROGATE ? LETTER_OR_DIGIT.test(s.slice(i, i + codePointLength(s, i, end))) : k !== OTHER;
}

/** Whether a letter (\p{L}) starts at s[i]; false at or past `end`. */
export function letterAt(s: string, i: number, end = s.length): boolean {
  if (i >= end) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const k = charClass(c);
  return k === SURROGATE ? IS_LETTER.test(s.slice(i, i + codePointLength(s, i, end))) : k === LETTER;
}

/** Whether s[i] is white space (\s). */
export function spaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s[i]);
}
