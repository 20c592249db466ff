// Shared by the per-rule children (per-rule-child.cjs, per-rule-own.cjs, interleaved-child.cjs) and
// core.mjs: one check as the benchmarks define it, a seeded shuffle, and CPU time per call of each
// of `count` runs, timed in `rounds` rounds of `batch` calls, in a new order every round, so that
// whatever comes first or after a collection is not always the same one. Loads nothing else.

/** Times `call(k, batch)` (which makes `batch` calls of run k) and returns µs per call, per run, per round. */
function shuffledRounds(count, rounds, batch, seed, call) {
  const times = Array.from({ length: count }, () => []);
  const order = times.map((_, k) => k);
  for (let r = 0; r < rounds; r++) {
    seed = shuffle(order, seed);
    for (const k of order) {
      const a = process.cpuUsage();
      call(k, batch);
      const b = process.cpuUsage(a);
      times[k].push((b.user + b.system) / batch);
    }
  }
  return times;
}

/** Shuffles `order` in place (Fisher–Yates, a fixed-seed generator so runs repeat); returns the next seed. */
function shuffle(order, seed) {
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return seed;
}

/**
 * What the benchmarks time as one check of `text`: parse + every rule + the outline (editor
 * symbols and the 报告提纲 tree). Returns a number for the caller to keep, so no call is optimised away.
 */
function check(core, text, options = {}) {
  const model = core.parse(text);
  const { findings } = core.lintModel(model, options);
  return findings.length + core.documentSymbols(model, 'zh').length + core.outlineOf(model, findings, 'zh').headings.length;
}

/** `check` of one text with fixed options, as a function of nothing. */
function checkOf(core, text, options = {}) {
  return () => check(core, text, options);
}

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

module.exports = { shuffledRounds, shuffle, check, checkOf, median };
