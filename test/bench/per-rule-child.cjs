// The timed side of per-rule.mjs, in a process of its own that loads nothing else (no esbuild, no
// drafts): `node per-rule-child.cjs BUNDLE DRAFT ROUNDS CONFIGS_JSON` checks the draft with each
// configuration (a list of rule ids switched off) in alternating rounds of 100 checks, after a
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
for (let r = 0; r < Number(rounds); r++) {
  runs.forEach((run, k) => {
    const a = process.cpuUsage();
    for (let i = 0; i < 100; i++) sink += run();
    const b = process.cpuUsage(a);
    times[k].push((b.user + b.system) / 100);
  });
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
process.stdout.write(JSON.stringify({ medians: times.map(median), sink: sink > 0 }));
