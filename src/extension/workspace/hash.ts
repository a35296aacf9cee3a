/**
 * A content hash for the analysis cache: 64-bit FNV-1a over the text's UTF-16LE bytes, in 16-bit limbs so it needs no
 * BigInt, no Node crypto and no encoding step (it runs the same in the web extension host). Not cryptographic: it
 * only has to tell article texts apart, and the key also carries the length.
 */
export function contentHash(text: string): string {
  // offset basis 0xcbf29ce484222325, lowest limb first
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    for (let byte = unit & 0xff, k = 0; k < 2; k++, byte = unit >>> 8) {
      h0 ^= byte;
      // h *= 0x100000001b3 (mod 2^64): h * 0x1b3 + (h << 40)
      const t0 = h0 * 0x1b3;
      let t1 = h1 * 0x1b3;
      let t2 = h2 * 0x1b3 + (h0 << 8);
      let t3 = h3 * 0x1b3 + (h1 << 8);
      t1 += t0 >>> 16;
      t2 += t1 >>> 16;
      t3 += t2 >>> 16;
      h0 = t0 & 0xffff;
      h1 = t1 & 0xffff;
      h2 = t2 & 0xffff;
      h3 = t3 & 0xffff;
    }
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return `${hex(h3)}${hex(h2)}${hex(h1)}${hex(h0)}-${text.length.toString(36)}`;
}
