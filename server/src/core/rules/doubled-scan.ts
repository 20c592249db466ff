/**
 * The character pass behind doubled-word, shared with the text rules: `doubledPhrases` reads each
 * character of a line once, and can note on the way where candidates for the text rules' trigger
 * characters stand (`Noting`), so that a draft is read once for both and not twice (text-scan.ts
 * decides which candidates are hits).
 */

/** The pattern, for reference: `doubledPhrases` finds exactly its `matchAll` matches, faster. */
export const DOUBLED = /([\u4e00-\u9fff]{2,8})\1/g;

/**
 * Characters to note while scanning (1) or not (0), one byte per code unit, filled in by
 * text-scan.ts: the loop notes where one stands, and where any character repeats the one before
 * (`。。`); text-scan.ts decides afterwards which of them its rules want. Deciding in the loop (what
 * comes before, what after) made every character pay for a few hundred hits. A byte table, not a
 * bit set: with the branch-free loop below the 20 KB check ran 1.6 % faster (in-process A/B); the
 * bit set's shifts cost more than the misses of a 64 KB table.
 */
export const CANDIDATES = new Uint8Array(65536);

/**
 * What the loop notes: where candidates stand (`at[0 … count)`, in order; scratch the caller
 * reuses, so entries past `count` are stale). The loop grows `at` as it needs.
 */
export interface Noting {
  at: Int32Array;
  count: number;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** The answer for most lines, shared: callers only read what they are given. */
const NONE: ReadonlyArray<readonly [number, number]> = [];
const MASK = 4095;
/**
 * Where each character pair (hashed) was last seen, shared by every scan. Only a filter: a true
 * repeat is always found from the entries written during its own scan, so stale or colliding
 * entries cost one closer look at most, never a wrong answer; no reset is needed. 4,096 entries:
 * with 1,024, a 20 KB draft's 92 true repeats came with 68 collisions, each a closer look (2 % of
 * the check).
 */
const lastPair = new Int32Array(MASK + 1);

/**
 * `[start, length]` of each phrase written twice in a row in `s` from `from` to `to`: the same
 * matches in the same order as `s.slice(from, to).matchAll(DOUBLED)` (leftmost, then longest, the
 * search resuming after a match), offsets in `s`. The regex backtracks through seven lengths at
 * every character. A doubled phrase repeats its first two characters 2 … 8 further on, and pairs
 * rarely recur that close in Chinese text: so each character costs one read, one table look-up
 * and one compare, and only where a pair recurs are the starts before it looked at closer.
 */
export function doubledPhrases(s: string, from = 0, to = s.length, noting?: Noting): ReadonlyArray<readonly [number, number]> {
  let out: Array<[number, number]> | null = null;
  let next = from; // every start before this is decided
  if (noting) return doubledNoting(s, from, to, noting);
  for (let j = nextRepeat(s, from, to, -1); j < to; j = nextRepeat(s, j + 1, to, s.charCodeAt(j))) {
    if (!repeatsBefore(s, j - 1, next, to)) continue;
    next = longestFirst(s, j, next, to, (out ??= []));
  }
  return out ?? NONE;
}

/**
 * The next j from `from` on where the pair (j-1, j) was seen 1 … 8 code units before, or `to`.
 * The loop that reads every character holds no call, so that the compiler keeps it tight.
 */
function nextRepeat(s: string, from: number, to: number, prev: number): number {
  for (let j = from; j < to; j++) {
    const c = s.charCodeAt(j);
    const h = (prev * 31 + c) & MASK;
    prev = c;
    const seen = j - lastPair[h];
    lastPair[h] = j;
    // 1 ≤ seen ≤ 8 as one unsigned compare: one branch per character instead of two.
    if ((seen - 1) >>> 0 < 8) return j;
  }
  return to;
}

/** `doubledPhrases` with `nextRepeatNoting`: a copy, so that neither loop pays for the other's branch. */
function doubledNoting(s: string, from: number, to: number, noting: Noting): ReadonlyArray<readonly [number, number]> {
  let out: Array<[number, number]> | null = null;
  let next = from;
  for (let j = nextRepeatNoting(s, from, to, -1, noting); j < to; j = nextRepeatNoting(s, j + 1, to, s.charCodeAt(j), noting)) {
    if (!repeatsBefore(s, j - 1, next, to)) continue;
    next = longestFirst(s, j, next, to, (out ??= []));
  }
  return out ?? NONE;
}

/** `nextRepeat` that also notes candidates: a copy, so that the plain loop stays as tight. */
function nextRepeatNoting(s: string, from: number, to: number, prev: number, noting: Noting): number {
  // Module variables are read through the module's context on every use: read them once here.
  const candidate = CANDIDATES;
  const pairs = lastPair;
  let j = from;
  for (;;) {
    // As far as the scratch has room for (it is grown and the loop resumed when it is full):
    // room for a whole line would be 80 MB for a 20 MB draft on one line.
    const at = noting.at;
    let n = noting.count;
    const stop = Math.min(to, j + (at.length - n));
    for (; j < stop; j++) {
      const c = s.charCodeAt(j);
      // Every position is written and the count moves on for a candidate only: no branch, whose
      // mispredictions at a few hundred candidates cost more than the writes.
      at[n] = j;
      n += candidate[c] | +(c === prev);
      const h = (prev * 31 + c) & 4095; // MASK
      prev = c;
      const seen = j - pairs[h];
      pairs[h] = j;
      if ((seen - 1) >>> 0 < 8) break;
    }
    noting.count = n;
    if (j < stop || stop === to) return j;
    const grown = new Int32Array(2 * at.length);
    grown.set(at.subarray(0, n));
    noting.at = grown;
  }
}

/**
 * A true repeat ends at j; a phrase starting before it may still be longer or start earlier:
 * decides the starts from `next` on in order, adds the first match, and returns the new `next`.
 */
function longestFirst(s: string, j: number, next: number, to: number, out: Array<[number, number]>): number {
  for (let i = Math.max(next, j - 9); i <= j - 3; i++) {
    const len = doubledAt(s, i, to);
    if (len) {
      out.push([i, len]);
      return i + 2 * len;
    }
    next = i + 1;
  }
  return next;
}

/** Whether some start in [next, k-2] begins a Han phrase that is written again from k. */
function repeatsBefore(s: string, k: number, next: number, to: number): boolean {
  const c = s.charCodeAt(k);
  if (!isHan(c)) return false;
  for (let i = Math.max(next, k - 8); i <= k - 2; i++) {
    if (s.charCodeAt(i) === c && k + (k - i) <= to && sameHan(s, i, k - i)) return true;
  }
  return false;
}

/** The longest doubled phrase starting at i (the regex's greedy choice), 0 when none. */
function doubledAt(s: string, i: number, to: number): number {
  const c0 = s.charCodeAt(i);
  if (!isHan(c0)) return 0;
  const c1 = s.charCodeAt(i + 1);
  for (let len = Math.min(8, (to - i) >> 1); len >= 2; len--) {
    if (s.charCodeAt(i + len) === c0 && s.charCodeAt(i + len + 1) === c1 && sameHan(s, i, len)) return len;
  }
  return 0;
}

/** `s[i, i+len)` is Han from its second character on and written again right after. */
function sameHan(s: string, i: number, len: number): boolean {
  for (let k = 1; k < len; k++) {
    const c = s.charCodeAt(i + k);
    if (c !== s.charCodeAt(i + len + k) || !isHan(c)) return false;
  }
  return true;
}
