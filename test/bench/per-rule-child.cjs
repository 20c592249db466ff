// The timed side of per-rule.mjs, in a process of its own that loads nothing else (no esbuild, no
// drafts): `node per-rule-child.cjs BUNDLE DRAFT ROUNDS CONFIGS_JSON` checks the draft with each
// configuration (a list of rule ids switched off) in rounds of 100 checks, in a new order each round, after a
// warm-up, and prints the median CPU time per check (µs) of each configuration as JSON; then the
// median wall time of single checks of each, interleaved.
const { readFileSync } = require('node:fs');
const { shuffledRounds, shuffle, checkOf, median } = require('./shuffled-rounds.cjs');
const [file, draftFile, rounds, configsJson] = process.argv.slice(2);
const core = require(file);
const text = readFileSync(draftFile, 'utf8');
const runs = JSON.parse(configsJson).map((off) => checkOf(core, text, off.length ? { severities: Object.fromEntries(off.map((id) => [id, 'off'])) } : {}));
let sink = 0;
for (const run of runs) for (let i = 0; i < 3000; i++) sink += run();
const times = shuffledRounds(runs.length, Number(rounds), 100, 1, (k, n) => {
  for (let i = 0; i < n; i++) sink += runs[k]();
});
// The first configuration once more, one check at a time on the wall clock: the median of single
// checks leaves out the ones another process interrupted, so it is steadier than any batch.
const single = [];
for (let i = 0; i < 3000; i++) {
  const t0 = process.hrtime.bigint();
  sink += runs[0]();
  single.push(Number(process.hrtime.bigint() - t0) / 1000);
}
// Every configuration one single check at a time, all of them in a new order each round, on the
// wall clock: a slow spell of the shared machine then hits every configuration alike (rounds of
// 100 checks per configuration are far apart in time), and the medians leave collections out.
const singles = runs.map(() => []);
const order = runs.map((_, k) => k);
let seed = 7;
for (let r = 0; r < 2000; r++) {
  seed = shuffle(order, seed);
  for (const k of order) {
    const t0 = process.hrtime.bigint();
    sink += runs[k]();
    singles[k].push(Number(process.hrtime.bigint() - t0) / 1000);
  }
}
process.stdout.write(JSON.stringify({ medians: times.map(median), single: median(single), singles: singles.map(median), sink: sink > 0 }));
