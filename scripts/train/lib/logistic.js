// A weighted binary logistic regression by Newton's method (few features, exact and deterministic): the article-level
// type decision's trainer. L2 on the weights (not the bias), scaled to each feature's spread so that it is the same
// penalty whatever a feature's units.
'use strict';

/** Solves A x = b (A square) by Gaussian elimination with partial pivoting. */
function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let j = c; j <= n; j++) M[r][j] -= f * M[c][j];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let j = r + 1; j < n; j++) s -= M[r][j] * x[j];
    x[r] = s / M[r][r];
  }
  return x;
}

/** `rows`: { x: number[], y: 0|1, w }; returns { bias, weights }. */
function fitLogistic(rows, { l2 = 1, iterations = 30 } = {}) {
  const d = rows[0].x.length;
  const W = rows.reduce((n, r) => n + r.w, 0);
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((n, r) => n + r.w * r.x[j], 0) / W);
  const varOf = Array.from({ length: d }, (_, j) => rows.reduce((n, r) => n + r.w * (r.x[j] - mean[j]) ** 2, 0) / W);
  let beta = new Array(d + 1).fill(0); // bias last
  for (let it = 0; it < iterations; it++) {
    const g = new Array(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    for (const r of rows) {
      const x = [...r.x, 1];
      let z = 0;
      for (let j = 0; j <= d; j++) z += beta[j] * x[j];
      const p = 1 / (1 + Math.exp(-z));
      const s = r.w * p * (1 - p);
      for (let i = 0; i <= d; i++) {
        g[i] += r.w * (p - r.y) * x[i];
        for (let j = 0; j <= d; j++) H[i][j] += s * x[i] * x[j];
      }
    }
    for (let j = 0; j < d; j++) {
      const lam = l2 * (varOf[j] || 1);
      g[j] += lam * beta[j];
      H[j][j] += lam;
    }
    H[d][d] += 1e-9;
    const step = solve(H, g);
    beta = beta.map((b, j) => b - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { bias: beta[d], weights: beta.slice(0, d) };
}

const logit = (m, x) => m.bias + x.reduce((n, v, j) => n + v * m.weights[j], 0);

module.exports = { fitLogistic, logit };
