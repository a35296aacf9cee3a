/**
 * What the word patterns' Unicode classes say of one UTF-16 code unit (\p{L}, \p{N}), for the tokenizers that scan
 * characters instead of running a /u pattern over the text (chars.ts's scanners, incidents/features.ts and
 * phrases.ts). A code unit of a surrogate pair has no class of its own: the patterns read code points, so a scanner
 * that meets one tests the pair with its pattern or hands the text back to it.
 */

export const LETTER = 1;
export const NUMBER = 2;
export const OTHER = 3;
export const SURROGATE = 4;

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
/** Per code unit: 0 not yet asked, else its class (the patterns asked once per code unit met). */
const classes = new Uint8Array(0x10000);

export function charClass(c: number): number {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? NUMBER : OTHER;
  let k = classes[c];
  if (!k) {
    const ch = String.fromCharCode(c);
    classes[c] = k = c >= 0xd800 && c <= 0xdfff ? SURROGATE : IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : OTHER;
  }
  return k;
}
