/**
 * Which picked edits an edit would overlap, asked once per edit of every fix that fix-all
 * weighs: tens of thousands on a big draft. Comparing each with every earlier pick was quadratic
 * (issue 8); here the edits' end points are ranked once (n log n) and each question is two
 * Fenwick-tree counts over the ranks (log n).
 *
 * Overlap, as fix-all has always meant it: two ranges overlap when one starts before the other
 * ends, both ways (touching ends do not); an insertion overlaps a range it lies strictly inside,
 * and another insertion at the same point.
 */

export interface Span {
  start: number;
  end: number;
}

/** Counts over 0 … n-1 with point updates and prefix sums, both in log n. */
class Fenwick {
  private readonly tree: Int32Array;

  constructor(n: number) {
    this.tree = new Int32Array(n + 1);
  }

  add(i: number): void {
    for (let k = i + 1; k < this.tree.length; k += k & -k) this.tree[k]++;
  }

  /** How many marks lie in [from, to). */
  count(from: number, to: number): number {
    return to <= from ? 0 : this.prefix(to) - this.prefix(from);
  }

  private prefix(n: number): number {
    let s = 0;
    for (let k = n; k > 0; k -= k & -k) s += this.tree[k];
    return s;
  }
}

export class TakenSpans {
  /** The distinct end points of every span that may be asked about, ascending. */
  private readonly points: number[];
  /** Elementary segment r (between points r and r+1) lies inside a taken range. */
  private readonly segments: Fenwick;
  /** Point r lies strictly inside a taken range (an insertion there would split it). */
  private readonly interior: Uint8Array;
  /** An insertion was taken at point r. */
  private readonly inserts: Fenwick;
  private readonly insertAt: Uint8Array;

  constructor(all: Iterable<Span>) {
    const pts: number[] = [];
    for (const s of all) pts.push(s.start, s.end);
    pts.sort((a, b) => a - b);
    let n = 0;
    for (let i = 0; i < pts.length; i++) if (i === 0 || pts[i] !== pts[n - 1]) pts[n++] = pts[i];
    pts.length = n;
    this.points = pts;
    this.segments = new Fenwick(n);
    this.interior = new Uint8Array(n);
    this.inserts = new Fenwick(n);
    this.insertAt = new Uint8Array(n);
  }

  /** Whether `s` overlaps a taken span. `s`'s end points must have been given to the constructor. */
  clashes(s: Span): boolean {
    const a = this.rank(s.start);
    if (s.end === s.start) return this.interior[a] === 1 || this.insertAt[a] === 1;
    const b = this.rank(s.end);
    // A taken range overlapping [a, b) covers one of its segments; a taken insertion inside it
    // stands at a point strictly between a and b.
    return this.segments.count(a, b) > 0 || this.inserts.count(a + 1, b) > 0;
  }

  /** Marks `s` taken; taken ranges never overlap, so each segment is marked once. */
  take(s: Span): void {
    const a = this.rank(s.start);
    if (s.end === s.start) {
      if (!this.insertAt[a]) this.inserts.add(a);
      this.insertAt[a] = 1;
      return;
    }
    const b = this.rank(s.end);
    for (let r = a; r < b; r++) this.segments.add(r);
    for (let r = a + 1; r < b; r++) this.interior[r] = 1;
  }

  private rank(offset: number): number {
    let lo = 0;
    let hi = this.points.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Whether spans of one fix overlap each other (ranges only; insertions never clash here). */
export function selfOverlapping(spans: Span[]): boolean {
  if (spans.length < 2) return false;
  const sorted = spans.filter((s) => s.end > s.start).sort((x, y) => x.start - y.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) return true;
  // An insertion strictly inside a range of the same fix.
  for (const s of spans) {
    if (s.end !== s.start) continue;
    for (const r of sorted) if (r.start < s.start && s.start < r.end) return true;
  }
  return false;
}
