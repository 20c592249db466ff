/**
 * nonOverlapping picks exactly what the quadratic pairwise comparison it replaced picked
 * (issue 8 item 7), on random fixes of random ranges and insertions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nonOverlapping } from '../../server/src/core/fix';
import type { Fix } from '../../server/src/core/rules/types';

const TEXT = 'abcdefghij\nklmnopqrst\nuvwxyz0123\n';

/** The definition, pair by pair, as fix.ts had it. */
function reference(fixes: Fix[]): Fix[] {
  const off = (p: { line: number; character: number }) => p.line * 11 + p.character;
  const taken: Array<{ start: number; end: number }> = [];
  const chosen: Fix[] = [];
  for (const fix of fixes) {
    const offs = fix.edits.map((e) => ({ start: off(e.range.start), end: off(e.range.end) }));
    const clash = offs.some((o) => taken.some((t) => o.start < t.end && t.start < o.end) || taken.some((t) => o.start === t.start && o.end === o.start && t.end === t.start));
    const selfClash = offs.some((o, i) => offs.some((p, j) => i < j && o.start < p.end && p.start < o.end));
    if (clash || selfClash) continue;
    taken.push(...offs);
    chosen.push(fix);
  }
  return chosen;
}

const pos = fc.record({ line: fc.integer({ min: 0, max: 2 }), character: fc.integer({ min: 0, max: 10 }) });
const edit = fc.tuple(pos, fc.integer({ min: 0, max: 6 })).map(([start, len]) => {
  const end = Math.min(start.character + len, 10);
  return { range: { start, end: { line: start.line, character: len === 0 ? start.character : end } }, newText: 'x' };
});
const fixArb = fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits): Fix => ({ title: 't', edits, safe: true }));

test('nonOverlapping agrees with the pairwise definition', () => {
  fc.assert(
    fc.property(fc.array(fixArb, { maxLength: 12 }), (fixes) => {
      assert.deepEqual(nonOverlapping(TEXT, fixes), reference(fixes));
    }),
    { numRuns: 3000 },
  );
});
