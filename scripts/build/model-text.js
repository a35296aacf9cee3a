// Writes a linear model (src/core/**/model.json) as the compact text the product bundles carry (esbuild.js
// models-as-text); src/core/learn/model-text.ts reads it back. Weights written with at most a few decimals are
// integers over 10^decimals, and n / 10^d is the very double JSON.parse gives for the decimal (both are the correctly
// rounded value of the same rational), so nothing the engine computes changes. The model files stay JSON.
//
// Format: "PLM1\n" + the JSON without `weights`, with `scale` (10^decimals) + "\n" + the rows in ascending bucket
// order, each as base64 VLQ numbers (source maps' encoding: 5 bits a digit, sign in the lowest bit): the bucket's
// distance from the previous row's, then one integer per class. About a third of the JSON's size.
'use strict';

const MAGIC = 'PLM1\n';
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += DIGITS[digit];
  } while (v > 0);
  return out;
}

const decimals = (w) => {
  const s = String(w);
  return s.includes('e') ? Infinity : (s.split('.')[1] ?? '').length;
};

/** The compact text of `json`, or null when it is not a linear model whose weights fit (then the JSON is shipped). */
function packModel(json) {
  const weights = json && typeof json.weights === 'object' ? json.weights : null;
  if (!weights || !Array.isArray(json.classes)) return null;
  const classes = json.classes.length;
  const rows = Object.keys(weights).map(Number);
  let d = 0;
  for (const k of rows) {
    const w = weights[k];
    if (!Number.isInteger(k) || k < 0 || !Array.isArray(w) || w.length !== classes) return null;
    for (const x of w) d = Math.max(d, decimals(x));
  }
  if (d > 6) return null;
  const scale = 10 ** d;
  let body = '';
  let prev = 0;
  for (const k of rows.sort((a, b) => a - b)) {
    body += vlq(k - prev);
    prev = k;
    for (const x of weights[k]) {
      const n = Math.round(x * scale);
      if (Math.abs(n) > 2 ** 30 || n / scale !== x || Object.is(x, -0)) return null;
      body += vlq(n);
    }
  }
  const { weights: _, ...rest } = json;
  return `${MAGIC}${JSON.stringify({ ...rest, scale })}\n${body}`;
}

module.exports = { packModel, MAGIC };
