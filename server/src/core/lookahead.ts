/**
 * What the heading builder looks ahead at: lines that name a statutory section without an
 * ordinal, and where the next numbered sibling of a run stands.
 */
import type { Label, Level } from './numbering';
import { contentOf, type Line } from './model';
import { bestSection } from './sections';
import type { ReportProfile } from './profiles';

/** Punctuation that marks a line as a sentence rather than a heading. */
export const SENTENCE_PUNCT = /[。；;：:！？!?]/;

/** namesSection's length test, before the line is sliced: most body lines are longer. */
function mayNameSection(line: Line): boolean {
  const len = line.contentEnd - line.contentStart;
  return len >= 4 && len <= 60;
}

/** A line without ordinal that names a statutory section: `2024年度推进法治政府建设的主要安排`. */
export function namesSection(content: string, profile: ReportProfile, reportYear: number | null): boolean {
  if (content.length < 4 || content.length > 60 || content.endsWith('。') || SENTENCE_PUNCT.test(content) || /[，,]/.test(content)) return false;
  return bestSection(content, profile, reportYear, true) !== null;
}

/**
 * namesSection of a line's content, asked once per line: the heading loop and the look-ahead ask
 * about the same short lines (4 of the 8 asked on the 20 KB bench draft). Valid while the lines'
 * content does not move, as labelsOf in headings.ts.
 */
export function sectionNamesOf(lines: Line[], profile: ReportProfile, reportYear: number | null): (index: number) => boolean {
  const named: Array<boolean | undefined> = new Array(lines.length);
  return (index) => (named[index] ??= namesSection(contentOf(lines[index]), profile, reportYear));
}

/**
 * Where the next sibling stands: for each line, the next labelled line at a level (or a line
 * that ends every run: a lost level-1 heading, the signature or date). Built once per document
 * and only when needed, so that the look-ahead stays linear in the document's length.
 */
export class Lookahead {
  /** Labelled lines and run ends in order: line index, level (0 ends every run), ordinal. */
  private readonly at: number[] = [];
  private readonly level: Level[] = [];
  private readonly ordinal: Array<number | null> = [];
  /**
   * For each level L and entry k, at L * (n + 1) + k: the first entry from k on whose level is at
   * most L. One plain array: a typed array beyond a few dozen bytes costs a slow allocation outside
   * the heap, and drafts are checked on every keystroke.
   */
  private readonly upTo: number[];

  constructor(lines: Line[], namedAt: (index: number) => boolean, labelAt: (index: number) => Label | null) {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.kind === 'signature' || l.kind === 'date') this.push(l.index, 0 as Level, null);
      if (l.kind !== 'paragraph') continue;
      const label = labelAt(l.index);
      if (label) this.push(l.index, label.level, label.ordinal);
      else if (mayNameSection(l) && namedAt(l.index)) this.push(l.index, 1, null);
    }
    const n = this.at.length;
    this.upTo = new Array<number>(5 * (n + 1));
    for (let L = 0; L <= 4; L++) {
      const base = L * (n + 1);
      this.upTo[base + n] = n;
      for (let k = n - 1; k >= 0; k--) this.upTo[base + k] = this.level[k] <= L ? k : this.upTo[base + k + 1];
    }
  }

  private push(index: number, level: Level, ordinal: number | null): void {
    this.at.push(index);
    this.level.push(level);
    this.ordinal.push(ordinal);
  }

  /** The ordinal of the next numbered sibling at `level` after line `index`, or null at the end of its run. */
  nextSiblingOrdinal(index: number, level: Level): number | null {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid] <= index) lo = mid + 1;
      else hi = mid;
    }
    const k = this.upTo[level * (this.at.length + 1) + lo];
    return k < this.at.length && this.level[k] === level ? this.ordinal[k] : null;
  }
}
