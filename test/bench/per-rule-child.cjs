// The timed side of per-rule.mjs, in a process of its own that loads nothing else (no esbuild, no
// drafts): `node per-rule-child.cjs BUNDLE DRAFT ROUNDS CONFIGS_JSON` checks the draft with each
// configuration (a list of rule ids switched off) in rounds of 100 checks, in a new order each round, after a
// warm-up, and prints the median CPU time per check (µs) of each configuration as JSON.
const { readFileSync } = require('node:fs');
const { shuffledRounds, median } = require('./shuffled-rounds.cjs');
const [file, draftFile, rounds, configsJson] = process.argv.slice(2);
const core = require(file);
const text = readFileSync(draftFile, 'utf8');
const runs = JSON.parse(configsJson).map((off) => {
  const options = off.length ? { severities: Object.fromEntries(off.map((id) => [id, 'off'])) } : {};
  // What core.mjs times as one check: parse + every rule + the outline.
  return () => {
    const model = core.parse(text);
    const { findings } = core.lintModel(model, options);
    return findings.length + core.documentSymbols(model, 'zh').length + core.outlineOf(model, findings, 'zh').headings.length;
  };
});
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
process.stdout.write(JSON.stringify({ medians: times.map(median), single: median(single), sink: sink > 0 }));
