// "Stays linear" without a wall-clock limit: the CPU time of work on a text four times longer, against the same work
// on the shorter one. Linear work costs about 4×, quadratic work 16×; a limit of 8× holds on a loaded machine (CPU
// time is this process's own) and still fails on quadratic work.
const MAX_RATIO = 8;

function cpuMs(fn) {
  const before = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, result };
}

/** Runs `work(text)` on `unit.repeat(n)` and `unit.repeat(4n)` (after a warm-up) and returns both costs and the ratio. */
function scaling(unit, n, work) {
  work(unit.repeat(Math.max(1, n / 10)));
  const small = cpuMs(() => work(unit.repeat(n)));
  const large = cpuMs(() => work(unit.repeat(4 * n)));
  return { small, large, ratio: large.ms / Math.max(small.ms, 1), MAX_RATIO };
}

module.exports = { scaling, MAX_RATIO };
