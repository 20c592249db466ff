// The other timed side of per-rule.mjs: `node per-rule-own.cjs BUNDLE DRAFT ROUNDS` parses the
// draft once, checks it once with every rule (so the shared character pass is made and kept on the
// model), then times each rule alone on that model (`only: [id]`) in rounds of 500 checks, in a new
// order each round, less the same with no rule at all. It prints each rule's own CPU time per
// check (µs) as JSON: low noise, but without the garbage collections a fresh check's allocations
// cause (the switched-off comparison has those).
const { readFileSync } = require('node:fs');
const { shuffledRounds, median } = require('./shuffled-rounds.cjs');
const [file, draftFile, rounds] = process.argv.slice(2);
const core = require(file);
const model = core.parse(readFileSync(draftFile, 'utf8'));
const ids = [...core.RULE_IDS, '(none)'];
let sink = core.lintModel(model, {}).findings.length;
const opts = ids.map((id) => ({ only: [id] }));
for (const o of opts) for (let i = 0; i < 1000; i++) sink += core.lintModel(model, o).findings.length;
const times = shuffledRounds(ids.length, Number(rounds), 500, 7, (k, n) => {
  for (let i = 0; i < n; i++) sink += core.lintModel(model, opts[k]).findings.length;
});
const none = median(times[ids.length - 1]);
process.stdout.write(JSON.stringify({ own: Object.fromEntries(ids.slice(0, -1).map((id, k) => [id, median(times[k]) - none])), sink: sink > 0 }));
