/**
 * Reads the compact text a product bundle carries for a linear model (written at build time by
 * scripts/build/model-text.js: the JSON without its weights, then the weight rows as base64 VLQ integers over a power
 * of ten). A third of the JSON's size, and it is held twice while the engine runs (the bundle's source and the string
 * literal), so it keeps the engine's resident memory down. Each weight comes back as the same double JSON.parse gives,
 * into typed arrays: 8 bytes a weight and two objects a model, where an array per row held 16 doubles' room each (its
 * first push) and left as much garbage as the weights themselves when the table was built.
 */
export const PACKED_MAGIC = 'PLM1\n';

/** A model's non-empty weight rows: `buckets` ascending, and row r's weights at values[r * classes + c]. */
export interface WeightRows {
  readonly buckets: Uint32Array;
  readonly values: Float64Array;
}

/** Digit value of each base64 character code (source maps' alphabet). */
const DIGIT = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => (DIGIT[c.charCodeAt(0)] = i));

/** The model as its JSON file has it, but for the weights: its rows as typed arrays. */
export function unpackModel(text: string): Record<string, unknown> & { weights: WeightRows } {
  const headEnd = text.indexOf('\n', PACKED_MAGIC.length);
  const { scale, ...json } = JSON.parse(text.slice(PACKED_MAGIC.length, headEnd)) as { scale: number; classes: string[] } & Record<string, unknown>;
  const classes = json.classes.length;
  let at = headEnd + 1;
  const digit = (): number => {
    const code = text.charCodeAt(at++);
    const d = code < 128 ? DIGIT[code] : -1;
    if (d < 0) throw new Error('packed model is corrupt');
    return d;
  };
  const next = (): number => {
    let v = 0;
    let shift = 0;
    for (;;) {
      const d = digit();
      v += (d & 31) * 2 ** shift;
      shift += 5;
      if (!(d & 32)) break;
    }
    return v % 2 === 1 ? -(v - 1) / 2 : v / 2;
  };
  // Each number ends with the one digit that lacks the continuation bit (32): counting them sizes the arrays.
  let numbers = 0;
  for (let i = at; i < text.length; i++) if (!(text.charCodeAt(i) < 128 && DIGIT[text.charCodeAt(i)] & 32)) numbers++;
  const rows = numbers / (classes + 1);
  if (!Number.isInteger(rows)) throw new Error('packed model is corrupt');
  const buckets = new Uint32Array(rows);
  const values = new Float64Array(rows * classes);
  let bucket = 0;
  for (let r = 0; r < rows; r++) {
    bucket += next();
    buckets[r] = bucket;
    for (let c = 0; c < classes; c++) values[r * classes + c] = next() / scale;
  }
  if (at !== text.length) throw new Error('packed model is corrupt');
  return { ...json, weights: { buckets, values } };
}
