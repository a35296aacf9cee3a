/**
 * Reads the compact text a product bundle carries for a linear model (written at build time by
 * scripts/build/model-text.js: the JSON without its weights, then the weight rows as base64 VLQ integers over a power
 * of ten). A third of the JSON's size, and it is held twice while the engine runs (the bundle's source and the string
 * literal), so it keeps the engine's resident memory down. Each weight comes back as the same double JSON.parse gives.
 */
export const PACKED_MAGIC = 'PLM1\n';

/** Digit value of each base64 character code (source maps' alphabet). */
const DIGIT = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => (DIGIT[c.charCodeAt(0)] = i));

/** The model as its JSON file has it (weights: bucket → one weight per class). */
export function unpackModel(text: string): Record<string, unknown> {
  const headEnd = text.indexOf('\n', PACKED_MAGIC.length);
  const { scale, ...json } = JSON.parse(text.slice(PACKED_MAGIC.length, headEnd)) as { scale: number; classes: string[] } & Record<string, unknown>;
  const classes = json.classes.length;
  const weights: Record<string, number[]> = {};
  let at = headEnd + 1;
  const next = (): number => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const digit = DIGIT[text.charCodeAt(at++)];
      if (digit < 0) throw new Error('packed model is corrupt');
      v += (digit & 31) * 2 ** shift;
      shift += 5;
      if (!(digit & 32)) break;
    }
    return v % 2 === 1 ? -(v - 1) / 2 : v / 2;
  };
  let bucket = 0;
  while (at < text.length) {
    bucket += next();
    const row: number[] = [];
    for (let c = 0; c < classes; c++) row.push(next() / scale);
    weights[bucket] = row;
  }
  return { ...json, weights };
}
