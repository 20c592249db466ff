#!/usr/bin/env node
/**
 * `npm run bench -- --per-rule [--baseline COMMIT] [--rounds N] [--no-write]` (issues 13 and 14):
 * what each rule adds to the 20 KB check, and the check against the same check at an older commit.
 *
 * A shared machine makes wall clocks useless (2 CPUs, other test runs): everything here is CPU time
 * of the process (`process.cpuUsage`), medians over alternating rounds, so that a burst of other
 * work hits both sides of a comparison alike.
 *  - Per rule: in one process, rounds of the whole check (parse + all rules + outline, as core.mjs
 *    times it) with every rule on, then with each rule alone switched off; the difference of medians
 *    is the rule's own cost. The shared character pass (text-scan.ts) is not a rule: its cost shows
 *    as "all text rules off" (no pass at all) against "doubled-word only" (the pass, no text rule).
 *  - Baseline: the core of COMMIT (git archive, bundled the same way) against the current core:
 *    both in one process, single checks interleaved (interleaved-child.cjs; the steadiest measure
 *    on a shared machine), and each in its own process, alternated pair by pair; medians of ratios.
 * The draft is the bench's 20 KB draft, built once by the current core and used by both sides.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleAt, bundleCurrent } from './bundle-core.mjs';
import { loadSeeds, sectionsOf, buildDraft } from './drafts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const ROUNDS = Number(opt('--rounds', '30'));
const PAIRS = Number(opt('--pairs', '6'));
const baseline = opt('--baseline', null);
const log = (s) => process.stderr.write(`${s}\n`);
/** The text rules of issue 13, and doubled-word whose character pass they share. */
const TEXT_RULES = ['number-form', 'document-number', 'stale-content', 'superseded-basis', 'request-in-report', 'placeholder', 'punctuation-width', 'easily-confused'];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-per-rule-'));

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

function measure(file, draftFile, configs, rounds) {
  const r = spawnSync(process.execPath, [path.join(here, 'per-rule-child.cjs'), file, draftFile, String(rounds), JSON.stringify(configs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

async function main() {
  const current = await bundleCurrent(tmp);
  const core = createRequire(import.meta.url)(current);
  const draftFile = path.join(tmp, 'draft-20k.txt');
  writeFileSync(draftFile, buildDraft(core, sectionsOf(core, loadSeeds(repoRoot)), 20e3));
  const ids = core.RULE_IDS ?? [];
  const load0 = os.loadavg()[0];
  const out = [];

  log(`per rule: ${ids.length} rules switched off one at a time, ${ROUNDS} rounds …`);
  const configs = [[], ...ids.map((id) => [id]), [...TEXT_RULES, 'doubled-word'], TEXT_RULES];
  const measured = measure(current, draftFile, configs, ROUNDS);
  const med = measured.medians;
  const sgl = measured.singles;
  const all = med[0];
  const rows = ids.map((id, k) => [id, all - med[k + 1], sgl[0] - sgl[k + 1]]).sort((a, b) => b[2] - a[2]);
  const noText = med[ids.length + 1];
  const passOnly = med[ids.length + 2];
  log('own cost of each rule on a parsed model …');
  const ownRun = spawnSync(process.execPath, [path.join(here, 'per-rule-own.cjs'), current, draftFile, String(ROUNDS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (ownRun.status !== 0) throw new Error(ownRun.stderr);
  const own = JSON.parse(ownRun.stdout).own;
  const one = sgl[0];
  out.push(`All rules on: **${one.toFixed(1)} µs** per single check (median of 2,000, interleaved with the other configurations); **${all.toFixed(1)} µs** CPU per check in rounds of 100 (median of ${ROUNDS}, collections included).`, '');
  out.push('"switched off": the whole check with that rule off, less the check with all on (fresh model each time): from single checks of every configuration interleaved (steadiest; collections mostly left out), and from CPU time in rounds of 100 (collections included, but a slow spell of the shared machine tilts it: ±8 µs on a quiet one, far more on a busy one). "own": the rule alone on a parsed model whose character pass is already made (low noise, no collections).', '');
  out.push('| rule | switched off saves, single checks (µs) | share | switched off saves, CPU rounds (µs) | own (µs) | own share |', '|---|---:|---:|---:|---:|---:|');
  for (const [id, saved, savedSingle] of rows) out.push(`| ${id} | ${savedSingle.toFixed(1)} | ${((100 * savedSingle) / one).toFixed(1)} % | ${saved.toFixed(1)} | ${own[id].toFixed(1)} | ${((100 * own[id]) / one).toFixed(1)} % |`);
  const noTextSingle = sgl[ids.length + 1];
  const passOnlySingle = sgl[ids.length + 2];
  out.push(`| the eight text rules together | ${(one - passOnlySingle).toFixed(1)} | ${((100 * (one - passOnlySingle)) / one).toFixed(1)} % | ${(all - passOnly).toFixed(1)} | | |`);
  out.push(`| the eight text rules, doubled-word and the character pass | ${(one - noTextSingle).toFixed(1)} | ${((100 * (one - noTextSingle)) / one).toFixed(1)} % | ${(all - noText).toFixed(1)} | | |`);

  if (baseline) {
    log(`baseline ${baseline}: ${PAIRS} alternating pairs of processes …`);
    const base = await bundleAt(baseline, tmp);
    const pairs = [];
    for (let i = 0; i < PAIRS; i++) pairs.push([measure(base, draftFile, [[]], 15), measure(current, draftFile, [[]], 15)]);
    const cpu = pairs.map(([a, b]) => [a.medians[0], b.medians[0]]);
    const single = pairs.map(([a, b]) => [a.single, b.single]);
    const line = (what, rows) =>
      `${what}: baseline ${median(rows.map((p) => p[0])).toFixed(1)} µs, current ${median(rows.map((p) => p[1])).toFixed(1)} µs, **median ratio ${median(rows.map(([a, b]) => b / a)).toFixed(2)}×** (pairs: ${rows.map(([a, b]) => (b / a).toFixed(2)).join(', ')})`;
    log(`baseline ${baseline}: both cores in one process, ${PAIRS} runs …`);
    const interleaved = [];
    for (let i = 0; i < PAIRS; i++) {
      const r = spawnSync(process.execPath, [path.join(here, 'interleaved-child.cjs'), base, current, draftFile, '10000'], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(r.stderr);
      const { baseline: b, current: c } = JSON.parse(r.stdout);
      interleaved.push([b, c]);
    }
    out.push('', `Against ${baseline} (same draft):`, '');
    out.push(`- ${line(`interleaved in one process, median of 10,000 single checks each, ${PAIRS} runs (steadiest: a slow spell of the machine hits both sides alike)`, interleaved)}`);
    out.push(`- ${line(`CPU time, median of 15 rounds of 100 checks, ${PAIRS} alternating pairs of processes`, cpu)}`);
    out.push(`- ${line(`wall clock of single checks, median of 3,000, ${PAIRS} alternating pairs of processes`, single)}`);
  }
  const load1 = os.loadavg()[0];
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
  const section = [`## ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC (--per-rule)`, '', `Machine: ${os.availableParallelism()} CPUs, Node ${process.version}, load average ${load0.toFixed(1)} → ${load1.toFixed(1)}. Commit ${commit} (working tree).`, '', ...out, ''].join('\n');
  process.stdout.write(`${section}\n`);
  if (!argv.includes('--no-write')) appendFileSync(path.join(here, 'results.md'), `\n${section}`);
}

try {
  await main();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
