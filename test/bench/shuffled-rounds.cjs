// Shared by the per-rule children (per-rule-child.cjs, per-rule-own.cjs): CPU time per call of each
// of `count` runs, timed in `rounds` rounds of `batch` calls, in a new order every round, so that
// whatever comes first or after a collection is not always the same one. Loads nothing else.

/** Times `call(k, batch)` (which makes `batch` calls of run k) and returns µs per call, per run, per round. */
function shuffledRounds(count, rounds, batch, seed, call) {
  const times = Array.from({ length: count }, () => []);
  const order = times.map((_, k) => k);
  for (let r = 0; r < rounds; r++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const a = process.cpuUsage();
      call(k, batch);
      const b = process.cpuUsage(a);
      times[k].push((b.user + b.system) / batch);
    }
  }
  return times;
}

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

module.exports = { shuffledRounds, median };
