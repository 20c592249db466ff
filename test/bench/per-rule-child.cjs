// The timed side of per-rule.mjs, in a process of its own that loads nothing else (no esbuild, no
// drafts): `node per-rule-child.cjs BUNDLE DRAFT ROUNDS CONFIGS_JSON` checks the draft with each
// configuration (a list of rule ids switched off) in rounds of 100 checks, in a new order each round, after a
// warm-up, and prints the median CPU time per check (µs) of each configuration as JSON.
const { readFileSync } = require('node:fs');
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
const times = runs.map(() => []);
// A new order every round: whatever comes first or after a collection is not always the same one.
let seed = 1;
const order = runs.map((_, k) => k);
for (let r = 0; r < Number(rounds); r++) {
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const k of order) {
    const a = process.cpuUsage();
    for (let i = 0; i < 100; i++) sink += runs[k]();
    const b = process.cpuUsage(a);
    times[k].push((b.user + b.system) / 100);
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
// The first configuration once more, one check at a time on the wall clock: the median of single
// checks leaves out the ones another process interrupted, so it is steadier than any batch.
const single = [];
for (let i = 0; i < 3000; i++) {
  const t0 = process.hrtime.bigint();
  sink += runs[0]();
  single.push(Number(process.hrtime.bigint() - t0) / 1000);
}
process.stdout.write(JSON.stringify({ medians: times.map(median), single: median(single), sink: sink > 0 }));
