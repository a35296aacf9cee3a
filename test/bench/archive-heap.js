#!/usr/bin/env node
// node --expose-gc [--single-threaded-gc] [--max-semi-space-size=32] test/bench/archive-heap.js [--n 3000]:
// what a CLI worker's heap is made of as the files go by. The core alone in this thread analyses N corpus articles
// (as bench:archive builds them) and, every 250, prints V8's heap (total and used) and each space's size/used, MB;
// every 1,000 (with --expose-gc) also the live heap after a full GC. A total that keeps growing while the live heap
// does not is V8 raising the old generation's limit for garbage, not something the core keeps.
const path = require('node:path');
const v8 = require('node:v8');
const { sourceTexts, CLI } = require('./archive');

const i = process.argv.indexOf('--n');
const N = i > 0 ? Number(process.argv[i + 1]) : 3000;
const mb = (bytes) => Math.round(bytes / 2 ** 20);
const { analyze } = require(path.join(path.dirname(CLI), 'core.js'));
const texts = sourceTexts();
console.log(`node flags: ${process.execArgv.join(' ') || 'none'}`);
for (let n = 1; n <= N; n++) {
  analyze(texts[(n - 1) % texts.length]);
  if (n % 250) continue;
  const h = v8.getHeapStatistics();
  const spaces = v8
    .getHeapSpaceStatistics()
    .filter((s) => s.space_size)
    .map((s) => `${s.space_name.replace('_space', '')} ${mb(s.space_size)}/${mb(s.space_used_size)}`);
  let live = '';
  if (typeof global.gc === 'function' && n % 1000 === 0) {
    global.gc();
    live = `; live after a full GC ${mb(v8.getHeapStatistics().used_heap_size)}`;
  }
  console.log(`${n}: total ${mb(h.total_heap_size)}, used ${mb(h.used_heap_size)}; ${spaces.join(', ')}${live}`);
}
