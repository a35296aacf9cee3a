// A figure's stored value is the written decimal exactly: "4.1 million" is 4100000, not 4099999.9999999995.
// Checked against integer arithmetic on the written digits, for every scale word, with one to three decimals.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');
const { rng } = require('../support/random.js');

const SCALES = [
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
];
const GLUED = [
  ['k', 3],
  ['m', 6],
  ['bn', 9],
];

/** The value of `digits` (e.g. "4.15") times 10^exp, by integer arithmetic on the written digits. */
function exact(digits, exp) {
  const [whole, frac = ''] = digits.split('.');
  const n = BigInt(whole + frac);
  const shift = exp - frac.length;
  return shift >= 0 ? Number(n * 10n ** BigInt(shift)) : Number(n) / 10 ** -shift;
}

test('every scale word, spaced or glued, with one to three decimals, stores the written value', () => {
  const rnd = rng(20261130);
  const sentences = [];
  for (let k = 0; k < 240; k++) {
    const places = 1 + (k % 3);
    const whole = 1 + Math.floor(rnd() * 999);
    const frac = String(Math.floor(rnd() * 10 ** places)).padStart(places, '0');
    const digits = `${whole}.${frac}`;
    const glued = k % 4 === 3;
    const [word, exp] = glued ? GLUED[k % GLUED.length] : SCALES[k % SCALES.length];
    const text = glued ? `The company lost $${digits}${word} last year.` : `The agency counted ${digits} ${word} residents last year.`;
    sentences.push({ text, want: exact(digits, exp), written: `${digits}${glued ? '' : ' '}${word}` });
  }
  for (const { text, want, written } of sentences) {
    const figure = analyze(text).figures.find((f) => f.text.includes(written));
    assert.ok(figure, `no figure for "${written}" in: ${text}`);
    assert.strictEqual(figure.value, want, `${written}: ${figure.value} stored, ${want} written`);
  }
});

test('the issue cases: 4.1 million and 8.2 million', () => {
  assert.strictEqual(analyze('Hackers stole 4.1 million records.').figures[0].value, 4100000);
  assert.strictEqual(analyze('The fine was $8.2 million.').figures[0].value, 8200000);
});
