#!/usr/bin/env node
// npm run bench:adversarial — the worst inputs we can build for an extractor, timed per KB.
// Every class must stay linear: the ms/KB at 64 KB and at 256 KB should be about the same.
const path = require('node:path');
const { analyze } = require(path.join(__dirname, '..', '..', 'dist', 'core.js'));

const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const CLASSES = {
  'single line, no full stop': (n) => fill('the agency said that as many as 4 million records were exposed and ', n),
  'list numbers 1,2,3,…': (n) => fill('1,2,3,4,5,', n),
  'digits and dots': (n) => fill('1.2.3.4.5.6.7.8.9.', n),
  'number words': (n) => fill('one two three hundred thousand million ', n),
  'unbalanced opening quotes': (n) => fill('“He said ', n),
  'nested mixed quotes': (n) => fill('"‘“«', n),
  'capitalised run (names)': (n) => fill('Alpha Beta Gamma Delta ', n),
  'titles and cues': (n) => fill('President Senator said told according to ', n),
  'HTML markup': (n) => fill('<div><img src=x onerror=alert(1)><script>x</script></div>', n),
  'zero-width and emoji': (n) => fill('\u200b🙂\u200f5%\u00a0', n),
  'CR only line breaks': (n) => fill('A line.\r', n),
  'blank paragraphs': (n) => fill('\n\n', n),
  'incident words': (n) => fill('breach hack stole exposed ransomware attack on ', n),
  'one long number': (n) => fill('9', n),
  'one long token, then @': (n) => `${fill('x', n - 1)}@`,
  'underscored run': (n) => fill('a_', n),
  'dash list': (n) => fill('- ', n),
};
// Per-KB time at 256 KB over that at 64 KB: about 1 when linear, 4 when quadratic.
const MAX_GROWTH = 2;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let worst = { perKb: 0 };
console.log('class | 64 KB (ms/KB) | 256 KB (ms/KB) | growth');
console.log('---|---|---|---');
for (const [name, make] of Object.entries(CLASSES)) {
  const per = [64, 256].map((kb) => {
    const text = make(kb * 1024);
    return median([0, 1, 2].map(() => {
      const t0 = performance.now();
      analyze(text);
      return performance.now() - t0;
    })) / kb;
  });
  const growth = per[1] / Math.max(per[0], 1e-3);
  console.log(`${name} | ${per[0].toFixed(2)} | ${per[1].toFixed(2)} | ×${growth.toFixed(2)}`);
  if (per[1] > worst.perKb) worst = { perKb: per[1], name };
  if (growth > MAX_GROWTH) {
    console.log(`  ✗ ${name} grows faster than linearly (×${growth.toFixed(2)} per KB, limit ×${MAX_GROWTH})`);
    process.exitCode = 1;
  }
}
console.log(`\nworst: ${worst.perKb.toFixed(2)} ms/KB (${worst.name})`);
