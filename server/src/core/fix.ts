/**
 * Applying fixes: edits are applied back to front on the original text, so everything outside
 * them stays byte-for-byte. "Fix all" applies the safe fixes that do not overlap, re-checks,
 * and repeats until nothing changes.
 */
import { LineIndex } from './text';
import { lintText } from './lint';
import type { Finding, Fix, LintOptions, TextEdit } from './types';

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

function toOffsets(index: LineIndex, edits: TextEdit[]): OffsetEdit[] {
  return edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }));
}

/** Applies non-overlapping edits; overlapping ones are a bug in the caller and throw. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const offs = toOffsets(new LineIndex(text), edits).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < offs.length; i++) {
    if (offs[i].start < offs[i - 1].end) throw new Error('overlapping edits');
  }
  let out = text;
  for (let i = offs.length - 1; i >= 0; i--) out = out.slice(0, offs[i].start) + offs[i].newText + out.slice(offs[i].end);
  return out;
}

/** Picks fixes whose edits overlap no earlier pick (touching ends do not overlap unless both insert). */
export function nonOverlapping(text: string, fixes: Fix[]): Fix[] {
  const index = new LineIndex(text);
  const taken: OffsetEdit[] = [];
  const chosen: Fix[] = [];
  for (const fix of fixes) {
    const offs = toOffsets(index, fix.edits);
    const clash = offs.some((o) => taken.some((t) => o.start < t.end && t.start < o.end) || taken.some((t) => o.start === t.start && o.end === o.start && t.end === t.start));
    const selfClash = offs.some((o, i) => offs.some((p, j) => i < j && o.start < p.end && p.start < o.end));
    if (clash || selfClash) continue;
    taken.push(...offs);
    chosen.push(fix);
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
    const fixes = lintText(current, options).findings.map(batchFixOf).filter((f): f is Fix => !!f);
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
