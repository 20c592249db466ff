/**
 * Applying fixes: edits are applied back to front on the original text, so everything outside
 * them stays byte-for-byte. "Fix all" applies the safe fixes that do not overlap, re-checks,
 * and repeats until nothing changes.
 */
import { LineIndex } from './text';
import { lintText } from './lint';
import { selfOverlapping, TakenSpans } from './overlap';
import type { Finding, Fix, LintOptions, TextEdit } from './types';

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

function toOffsets(index: LineIndex, edits: TextEdit[]): OffsetEdit[] {
  return edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }));
}

/**
 * Applies non-overlapping edits; overlapping ones are a bug in the caller and throw. The result
 * is assembled from pieces in one pass: splicing each edit into the whole text was quadratic
 * (a 30 MB draft took minutes to fix, issue 8).
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  // A stable sort: two insertions at one point keep the order they were given in.
  const offs = toOffsets(new LineIndex(text), edits).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < offs.length; i++) {
    if (offs[i].start < offs[i - 1].end) throw new Error('overlapping edits');
  }
  const parts: string[] = [];
  let at = 0;
  for (const o of offs) {
    parts.push(text.slice(at, o.start), o.newText);
    at = o.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Picks fixes whose edits overlap no earlier pick (touching ends do not overlap unless both insert). */
export function nonOverlapping(text: string, fixes: Fix[]): Fix[] {
  const index = new LineIndex(text);
  const offsets = fixes.map((fix) => toOffsets(index, fix.edits));
  const taken = new TakenSpans(offsets.flat());
  const chosen: Fix[] = [];
  for (let i = 0; i < fixes.length; i++) {
    const offs = offsets[i];
    if (offs.some((o) => taken.clashes(o)) || selfOverlapping(offs)) continue;
    for (const o of offs) taken.take(o);
    chosen.push(fixes[i]);
  }
  return chosen;
}

/** The fix a batch run applies for a finding: its preferred safe fix, else its first safe one. */
export function batchFixOf(finding: Finding): Fix | undefined {
  const safe = finding.fixes.filter((f) => f.safe);
  return safe.find((f) => f.preferred) ?? safe[0];
}

/** The text after every safe fix, with how many rounds and fixes it took. */
export interface FixAllResult {
  text: string;
  rounds: number;
  applied: number;
}

/** Applies every safe fix until a fixed point (at most `maxRounds` rounds). */
export function fixAll(text: string, options: LintOptions = {}, maxRounds = 10): FixAllResult {
  let current = text;
  let applied = 0;
  let rounds = 0;
  while (rounds < maxRounds) {
    // Every finding, not the first thousand per rule: a capped round would leave the rest to a
    // second --fix, which then "fixes" thousands more (not idempotent).
    const fixes = lintText(current, { ...options, maxFindingsPerRule: Infinity }).findings.map(batchFixOf).filter((f): f is Fix => !!f);
    const chosen = nonOverlapping(current, fixes);
    if (chosen.length === 0) break;
    const next = applyEdits(current, chosen.flatMap((f) => f.edits));
    rounds++;
    if (next === current) break;
    applied += chosen.length;
    current = next;
  }
  return { text: current, rounds, applied };
}
