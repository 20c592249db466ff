/**
 * Issue 8 item 7: every rule and every fix is linear (or n log n) in the text. Each rule, alone,
 * checks and fixes an adversarial draft (test/lib/adversarial.ts) at two sizes, 4× apart; the
 * bigger must cost less than 10× the smaller (linear: 4×, quadratic: 16×).
 *
 * Loosely asserted, so that it never flakes on a loaded machine: CPU time of this process (not
 * wall time), the fastest of three runs, a floor under which the bigger run counts as fast
 * whatever the ratio, and one retry of the whole measurement. The figures themselves go to
 * `npm run bench` (test/bench/scaling.mjs → test/bench/results.md).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../server/src/core/fix';
import { lintText } from '../../server/src/core/lint';
import { RULE_IDS } from '../../server/src/core/rules/index';
import { adversarialFor } from '../lib/adversarial';

const SMALL = 2500;
const FACTOR = 4;
const MAX_RATIO = 10;
/** Below this many ms the bigger run is fast enough that the ratio is noise. */
const FLOOR_MS = 40;

function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function fastest(f: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(f));
  return best;
}

function ratio(make: (n: number) => string, work: (text: string) => void): { small: number; big: number } {
  const small = make(SMALL);
  const big = make(SMALL * FACTOR);
  work(small); // warm-up: compile the code paths before timing
  return { small: fastest(() => work(small)), big: fastest(() => work(big)) };
}

function assertLinear(what: string, make: (n: number) => string, work: (text: string) => void): void {
  let m = ratio(make, work);
  const ok = (r: typeof m) => r.big < FLOOR_MS || r.big < MAX_RATIO * Math.max(r.small, 1);
  if (!ok(m)) m = ratio(make, work);
  assert.ok(ok(m), `${what}: ${FACTOR}× the input cost ${(m.big / Math.max(m.small, 1)).toFixed(1)}× the CPU time (${m.small.toFixed(1)} ms → ${m.big.toFixed(1)} ms)`);
}

describe('every rule and fix scales linearly on adversarial input (issue 8 item 7)', () => {
  for (const id of RULE_IDS) {
    test(`${id}: check`, () => assertLinear(`${id} check`, adversarialFor(id), (text) => lintText(text, { only: [id] })));
    test(`${id}: fix-all`, () => assertLinear(`${id} fix-all`, adversarialFor(id), (text) => fixAll(text, { only: [id] })));
  }
  test('one line of 100 000 unclosed `[bookmark: ` is checked in linear time', () => {
    assertLinear('bookmark line', (n) => '一、工作情况\n' + '[bookmark: '.repeat(n * 4) + '\n', (text) => lintText(text, { only: ['residue'] }));
  });
});
