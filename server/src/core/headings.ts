/**
 * Heading recognition and the heading tree. Numbered headings come from their labels; a
 * heading whose ordinal went missing is recognised from its place (a short stand-alone line
 * among numbered siblings) or its meaning (a line naming a statutory section).
 */
import { isEnumeration, matchLabel, type Label, type Level } from './numbering';
import { contentOf, holdsNoText, isBlank, isOutsideBody, lastLineFrom, type Heading, type Line } from './model';
import { isIndentChar } from './text';
import { Lookahead, sectionNamesOf, SENTENCE_PUNCT } from './lookahead';
import type { ReportProfile } from './profiles';


/** Builds the heading tree from the classified lines, marking heading and enumeration lines. */
export function buildHeadings(lines: Line[], profile: ReportProfile, reportYear: number | null): Heading[] {
  const labelAt = labelsOf(lines);
  const namedAt = sectionNamesOf(lines, profile, reportYear);
  const headings: Heading[] = [];
  const roots: Heading[] = [];
  const stack: Heading[] = [];
  // The last child of a parent at a level, to resolve ambiguous labels and infer positions.
  const siblingOf = (parent: Heading | null, level: Level) => lastAt(parent ? parent.children : roots, level);
  const parentFor = (level: Level): Heading | null => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].level < level) return stack[i];
    return null;
  };
  let previousKind: 'heading' | 'other' = 'other';
  // Sibling runs whose numbering already shows a loss (a gap or a lost ordinal): a bit per level.
  const lossIn = new Map<Heading | null, number>();
  let ahead: Lookahead | null = null;
  let ahead1: ArabicEvidence | null = null;
  /**
   * A short line takes a sibling's place only when it has a body of its own and the numbering
   * shows an ordinal went missing: the next numbered sibling skips ahead, or, at the end of the
   * run, the run already lost one. `特此报告。` or a short closing sentence stays a sentence.
   */
  const confirmedByPlace = (index: number, level: Level): boolean => {
    if (!hasOwnBody(lines, index, level, labelAt)) return false;
    const parent = parentFor(level);
    ahead ??= new Lookahead(lines, namedAt, labelAt);
    const next = ahead.nextSiblingOrdinal(index, level);
    if (next !== null) return next > nextPosition(siblingOf(parent, level));
    return ((lossIn.get(parent) ?? 0) & (1 << level)) !== 0;
  };

  // Indexed loops here and below: a loop over 100 000 lines that falls back to the interpreter
  // makes garbage per step with for…of.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== 'paragraph') {
      if (line.kind !== 'blank') previousKind = 'other';
      continue;
    }
    const content = contentOf(line);
    let label = labelAt(line.index);
    // A table flattened to one cell per line (`一、本年新收申请数量` then `0`): a row label, not a heading.
    if (label && isFigure(lines, i, 1)) label = null;
    let level: Level | null = label ? label.level : null;
    let arabicAtLevel1 = false;
    if (label && label.level === 3) {
      const parent3 = parentFor(3);
      const fits1 = label.ordinal === nextPosition(siblingOf(null, 1));
      if (fits1) {
        // `3、` among `一、二、`: level 1 when it fits there and not at level 3. And an Arabic label
        // standing where level 1 stands: no heading it could sit under, or its next labelled line is
        // the `（一）` it heads (a level 3 heads no level 2), or the next level-1 label is its
        // successor (`1、` … `二、`). Without such evidence an orphan `1.` stays level 3.
        const fits3 = label.ordinal === nextPosition(siblingOf(parent3, 3));
        ahead1 ??= new ArabicEvidence(lines, labelAt);
        const evidence = ahead1.headsLevel2(line.index) || ahead1.nextLevel1Ordinal(line.index) === label.ordinal + 1;
        if ((!fits3 && label.ordinal >= 2) || (evidence && (parent3 === null || label.ordinal >= 2))) {
          level = 1;
          arabicAtLevel1 = true;
        }
      }
    }
    if (!label && labelAt(line.index)) {
      previousKind = 'other';
      continue;
    }
    if (!label && isEnumeration(content)) {
      line.kind = 'enumeration';
      previousKind = 'other';
      continue;
    }
    if (!label) {
      const lost = lostOrdinalLevel(content, line.index, headings, previousKind, namedAt);
      level = lost && (lost.bySection || confirmedByPlace(line.index, lost.level)) ? lost.level : null;
      if (level === null) {
        previousKind = 'other';
        continue;
      }
    }
    const heading = makeHeading(line, label, level as Level, arabicAtLevel1);
    while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
    heading.parent = stack.length ? stack[stack.length - 1] : null;
    const prev = siblingOf(heading.parent, heading.level);
    (heading.parent ? heading.parent.children : roots).push(heading);
    heading.position = heading.ordinal ?? nextPosition(prev);
    if (!heading.numbered && prev) heading.position = nextPosition(prev);
    if (!heading.numbered || heading.ordinal !== nextPosition(prev)) {
      lossIn.set(heading.parent, (lossIn.get(heading.parent) ?? 0) | (1 << heading.level));
    }
    stack.push(heading);
    headings.push(heading);
    line.kind = 'heading';
    previousKind = 'heading';
  }
  setEndLines(headings, lines);
  return headings;
}

/**
 * A line's label, read once: the heading loop, the look-ahead and the body test all ask for the
 * labels of the same lines. Valid while the lines' content does not move (it does not here).
 */
function labelsOf(lines: Line[]): (index: number) => Label | null {
  const labels: Array<Label | null | undefined> = new Array(lines.length);
  return (index) => {
    let label = labels[index];
    if (label === undefined) label = labels[index] = matchLabel(contentOf(lines[index]));
    return label;
  };
}

/**
 * What follows an Arabic label, to tell a level-1 heading written `1、` from a level-3 one: for
 * each line, the next labelled line's label and the next level-1 label's ordinal. Two arrays
 * filled from the end once per document, and only when an Arabic label needs them: linear.
 */
class ArabicEvidence {
  private readonly nextLabel: Array<Label | null>;
  private readonly nextLevel1: Array<number>;

  constructor(lines: Line[], labelAt: (index: number) => Label | null) {
    const n = lines.length;
    this.nextLabel = new Array<Label | null>(n + 1);
    this.nextLevel1 = new Array<number>(n + 1);
    this.nextLabel[n] = null;
    this.nextLevel1[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      const label = lines[i].kind === 'paragraph' ? labelAt(i) : null;
      this.nextLabel[i] = label ?? this.nextLabel[i + 1];
      const after = this.nextLevel1[i + 1];
      // An Arabic label right before its level-1 successor may be that level 1 itself: the lines
      // above it see it as the next level 1, so of two `2.` before a `三、` only the nearer counts.
      this.nextLevel1[i] = !label ? after : label.level === 1 || (label.level === 3 && after === label.ordinal + 1) ? label.ordinal : after;
    }
  }

  /** The next labelled line after `index` is a `（一）`: the line at `index` heads it. */
  headsLevel2(index: number): boolean {
    const next = this.nextLabel[index + 1];
    return next !== null && next.level === 2 && next.ordinal === 1;
  }

  /** The ordinal of the next level-1 label (or Arabic candidate) after `index`, 0 when there is none. */
  nextLevel1Ordinal(index: number): number {
    return this.nextLevel1[index + 1];
  }
}

/**
 * The last of `children` at `level`. A parent's children never rise in level (a deeper heading
 * nests under the one before it), so from the end: skip the shallower ones, and the first at
 * `level` or deeper decides. Asked about the deepest open heading above `level`, whose last child
 * is still open and so at `level` or deeper: one step. No map per parent to build.
 */
function lastAt(children: Heading[], level: Level): Heading | undefined {
  for (let i = children.length - 1; i >= 0; i--) {
    if (children[i].level === level) return children[i];
    if (children[i].level > level) return undefined;
  }
  return undefined;
}

function nextPosition(prev: Heading | undefined): number {
  return prev ? prev.position + 1 : 1;
}

function makeHeading(line: Line, label: Label | null, level: Level, arabicAtLevel1: boolean): Heading {
  const labelStart = line.contentStart;
  const labelEnd = labelStart + (label ? label.raw.length : 0);
  let textStart = labelEnd;
  while (textStart < line.contentEnd && isIndentChar(line.text.charCodeAt(textStart))) textStart++;
  const body = line.text.slice(textStart, line.contentEnd);
  let stop = body.indexOf('。');
  // A run-in heading closed by a colon instead (`（一）加强组织领导：成立…`): heading-punctuation flags it.
  const colon = colonIn(body, stop === -1 ? Math.min(body.length, RUN_IN_COLON_WITHIN) : Math.min(stop, RUN_IN_COLON_WITHIN));
  if (colon !== -1) stop = colon;
  const runIn = stop !== -1 && body.slice(stop + 1).trim().length > 0;
  const textEnd = runIn ? textStart + stop : line.contentEnd;
  return {
    line: line.index,
    level,
    ordinal: label ? label.ordinal : null,
    position: label ? label.ordinal : 0,
    label,
    labelStart,
    labelEnd,
    spaceAfterLabel: label ? textStart - labelEnd : 0,
    text: line.text.slice(textStart, textEnd),
    textStart,
    textEnd,
    runIn,
    numbered: label !== null,
    arabicAtLevel1,
    parent: null,
    children: [],
    endLine: line.index,
  };
}

/**
 * The level of a heading that lost its ordinal, or null for an ordinary paragraph. A line that
 * names a statutory section (and is no sentence ending in `。`) is a level-1 heading; a short
 * stand-alone line right after a numbered (or already recovered) sibling's body is a candidate
 * at that sibling's level, which its place must confirm (`bySection` false).
 */
function lostOrdinalLevel(
  content: string,
  index: number,
  headings: Heading[],
  previousKind: 'heading' | 'other',
  namedAt: (index: number) => boolean,
): { level: Level; bySection: boolean } | null {
  if (previousKind === 'heading') return null;
  const len = content.length;
  // Past 60 characters a line can neither name a section nor be short enough: body text ends here.
  if (len < 4 || len > 60) return null;
  const body = content.endsWith('。') ? content.slice(0, -1) : content;
  if (SENTENCE_PUNCT.test(body)) return null;
  if (namedAt(index)) return { level: 1, bySection: true };
  if (headings.length === 0 || len > 30 || commaCount(body) > 1) return null;
  // Headings carry no figures but a year; `全年办理3件。` is a sentence.
  if (/[0-9０-９]/.test(body.replace(/\d{4}年/g, ''))) return null;
  const last = headings[headings.length - 1];
  const sibling = last.numbered ? last : nearestNumbered(headings, last.level);
  if (!sibling || sibling.runIn) return null;
  return { level: last.level, bySection: false };
}

/** A colon further into a line than this ends no heading: it introduces a list or a quotation. */
const RUN_IN_COLON_WITHIN = 40;

/** The first `：` or `:` before `end`, or -1. */
function colonIn(body: string, end: number): number {
  for (let k = 0; k < end; k++) {
    const c = body.charCodeAt(k);
    if (c === 0xff1a || c === 0x3a) return k;
  }
  return -1;
}

/** The next (step 1) or previous (-1) line with text holds a bare figure (`0`, `465`, `12.5%`): a table cell. */
function isFigure(lines: Line[], index: number, step: 1 | -1): boolean {
  for (let j = index + step; j >= 0 && j < lines.length; j += step) {
    const l = lines[j];
    if (l.kind === 'blank') continue;
    if (l.contentEnd - l.contentStart > 12) return false;
    for (let k = l.contentStart; k < l.contentEnd; k++) {
      const c = l.text.charCodeAt(k);
      if (!((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x25 || c === 0x2c)) return false;
    }
    return true;
  }
  return false;
}

/** Full- and half-width commas in `s`, counted without a match array. */
function commaCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0xff0c || s.charCodeAt(i) === 0x2c) n++;
  return n;
}

/** The next line with text is this heading's own body, not a sibling, a parent or the closing. */
function hasOwnBody(lines: Line[], index: number, level: Level, labelAt: (index: number) => Label | null): boolean {
  for (let j = index + 1; j < lines.length; j++) {
    const l = lines[j];
    if (holdsNoText(l)) continue;
    if (l.kind !== 'paragraph') return false;
    const label = labelAt(j);
    return !label || label.level > level;
  }
  return false;
}

function nearestNumbered(headings: Heading[], level: Level): Heading | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i];
    if (h.level < level) return null;
    if (h.level === level && h.numbered) return h;
  }
  return null;
}

/**
 * A heading's section runs until the next heading of the same or a higher level; the last ones
 * until the last body line (signature, date and trailing residue are not part of any section).
 */
function setEndLines(headings: Heading[], lines: Line[]): void {
  const bodyEnd = lastLineFrom(lines, lines.length - 1, isOutsideBody);
  const open: Heading[] = [];
  for (const h of headings) {
    while (open.length && open[open.length - 1].level >= h.level) {
      open.pop()!.endLine = lastLineFrom(lines, h.line - 1, isBlank);
    }
    open.push(h);
  }
  for (const h of open) h.endLine = Math.max(h.line, bodyEnd);
}
