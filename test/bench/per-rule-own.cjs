// The other timed side of per-rule.mjs: `node per-rule-own.cjs BUNDLE DRAFT ROUNDS` parses the
// draft once, checks it once with every rule (so the shared character pass is made and kept on the
// model), then times each rule alone on that model (`only: [id]`) in rounds of 500 checks, in a new
// order each round, less the same with no rule at all. It prints each rule's own CPU time per
// check (µs) as JSON: low noise, but without the garbage collections a fresh check's allocations
// cause (the switched-off comparison has those).
const { readFileSync } = require('node:fs');
const [file, draftFile, rounds] = process.argv.slice(2);
const core = require(file);
const model = core.parse(readFileSync(draftFile, 'utf8'));
const ids = [...core.RULE_IDS, '(none)'];
let sink = core.lintModel(model, {}).findings.length;
const opts = ids.map((id) => ({ only: [id] }));
for (const o of opts) for (let i = 0; i < 1000; i++) sink += core.lintModel(model, o).findings.length;
const times = ids.map(() => []);
let seed = 7;
const order = ids.map((_, k) => k);
for (let r = 0; r < Number(rounds); r++) {
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const k of order) {
    const a = process.cpuUsage();
    for (let i = 0; i < 500; i++) sink += core.lintModel(model, opts[k]).findings.length;
    const b = process.cpuUsage(a);
    times[k].push((b.user + b.system) / 500);
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const none = median(times[ids.length - 1]);
process.stdout.write(JSON.stringify({ own: Object.fromEntries(ids.slice(0, -1).map((id, k) => [id, median(times[k]) - none])), sink: sink > 0 }));
