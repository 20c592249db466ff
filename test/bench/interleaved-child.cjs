// The baseline comparison of per-rule.mjs that bursts of other work cannot tilt:
// `node interleaved-child.cjs BASELINE CURRENT DRAFT CHECKS` loads both bundled cores into one
// process and times single checks of the draft, one of each in turn (which one goes first
// alternates), on the wall clock. A slow spell of the shared machine hits both sides within
// microseconds of each other, where separate processes see different spells. Prints the medians
// (µs) and their ratio as JSON. Each core keeps its own module state and its own compiled code.
const { readFileSync } = require('node:fs');
const { checkOf, median } = require('./shuffled-rounds.cjs');
const [baseFile, currentFile, draftFile, checks] = process.argv.slice(2);
const text = readFileSync(draftFile, 'utf8');
const base = checkOf(require(baseFile), text);
const current = checkOf(require(currentFile), text);
let sink = 0;
for (let i = 0; i < 3000; i++) sink += base() + current();
const times = [[], []];
const n = Number(checks);
for (let i = 0; i < n; i++) {
  const order = i & 1 ? [1, 0] : [0, 1];
  for (const k of order) {
    const t0 = process.hrtime.bigint();
    sink += k ? current() : base();
    times[k].push(Number(process.hrtime.bigint() - t0) / 1000);
  }
}
const [b, c] = times.map(median);
process.stdout.write(JSON.stringify({ baseline: b, current: c, ratio: c / b, sink: sink > 0 }));
