/**
 * Heading recognition and the heading tree. Numbered headings come from their labels; a
 * heading whose ordinal went missing is recognised from its place (a short stand-alone line
 * among numbered siblings) or its meaning (a line naming a statutory section).
 */
import { isEnumeration, matchLabel, type Label, type Level } from './numbering';
import { contentOf, type Heading, type Line } from './model';
import { isIndentChar } from './text';
import { bestSection } from './sections';
import type { ReportProfile } from './profiles';

/** Punctuation that marks a line as a sentence rather than a heading. */
const SENTENCE_PUNCT = /[。；;：:！？!?]/;
const COMMAS = /[，,]/g;

/** Builds the heading tree from the classified lines, marking heading and enumeration lines. */
export function buildHeadings(lines: Line[], profile: ReportProfile, reportYear: number | null): Heading[] {
  const labelAt = labelsOf(lines);
  const headings: Heading[] = [];
  const stack: Heading[] = [];
  // Last child per parent and level, to resolve ambiguous labels and infer positions.
  const lastChild = new Map<Heading | null, Map<Level, Heading>>();
  const siblingOf = (parent: Heading | null, level: Level) => lastChild.get(parent)?.get(level);
  const parentFor = (level: Level): Heading | null => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].level < level) return stack[i];
    return null;
  };
  let previousKind: 'heading' | 'other' = 'other';
  // Sibling runs (parent, level) whose numbering already shows a loss: a gap or a lost ordinal.
  const lossIn = new Map<Heading | null, Set<Level>>();
  let ahead: Lookahead | null = null;
  /**
   * A short line takes a sibling's place only when it has a body of its own and the numbering
   * shows an ordinal went missing: the next numbered sibling skips ahead, or, at the end of the
   * run, the run already lost one. `特此报告。` or a short closing sentence stays a sentence.
   */
  const confirmedByPlace = (index: number, level: Level): boolean => {
    if (!hasOwnBody(lines, index, level, labelAt)) return false;
    const parent = parentFor(level);
    ahead ??= new Lookahead(lines, profile, reportYear, labelAt);
    const next = ahead.nextSiblingOrdinal(index, level);
    if (next !== null) return next > nextPosition(siblingOf(parent, level));
    return lossIn.get(parent)?.has(level) ?? false;
  };

  for (const line of lines) {
    if (line.kind !== 'paragraph') {
      if (line.kind !== 'blank') previousKind = 'other';
      continue;
    }
    const content = contentOf(line);
    const label = labelAt(line.index);
    let level: Level | null = label ? label.level : null;
    let arabicAtLevel1 = false;
    if (label && label.level === 3) {
      // `3、` among `一、二、`: read it as level 1 when it fits there and not at level 3.
      const fits3 = label.ordinal === nextPosition(siblingOf(parentFor(3), 3));
      const fits1 = label.ordinal >= 2 && label.ordinal === nextPosition(siblingOf(null, 1));
      if (!fits3 && fits1) {
        level = 1;
        arabicAtLevel1 = true;
      }
    }
    if (!label && isEnumeration(content)) {
      line.kind = 'enumeration';
      previousKind = 'other';
      continue;
    }
    if (!label) {
      const lost = lostOrdinalLevel(content, headings, previousKind, profile, reportYear);
      level = lost && (lost.bySection || confirmedByPlace(line.index, lost.level)) ? lost.level : null;
      if (level === null) {
        previousKind = 'other';
        continue;
      }
    }
    const heading = makeHeading(line, label, level as Level, arabicAtLevel1);
    while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
    heading.parent = stack.length ? stack[stack.length - 1] : null;
    heading.parent?.children.push(heading);
    const prev = siblingOf(heading.parent, heading.level);
    heading.position = heading.ordinal ?? nextPosition(prev);
    if (!heading.numbered && prev) heading.position = nextPosition(prev);
    if (!heading.numbered || heading.ordinal !== nextPosition(prev)) {
      if (!lossIn.has(heading.parent)) lossIn.set(heading.parent, new Set());
      lossIn.get(heading.parent)!.add(heading.level);
    }
    if (!lastChild.has(heading.parent)) lastChild.set(heading.parent, new Map());
    lastChild.get(heading.parent)!.set(heading.level, heading);
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

function nextPosition(prev: Heading | undefined): number {
  return prev ? prev.position + 1 : 1;
}

function makeHeading(line: Line, label: Label | null, level: Level, arabicAtLevel1: boolean): Heading {
  const labelStart = line.contentStart;
  const labelEnd = labelStart + (label ? label.raw.length : 0);
  let textStart = labelEnd;
  while (textStart < line.contentEnd && isIndentChar(line.text.charCodeAt(textStart))) textStart++;
  const body = line.text.slice(textStart, line.contentEnd);
  const stop = body.indexOf('。');
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
  headings: Heading[],
  previousKind: 'heading' | 'other',
  profile: ReportProfile,
  reportYear: number | null,
): { level: Level; bySection: boolean } | null {
  if (previousKind === 'heading') return null;
  const len = content.length;
  const body = content.endsWith('。') ? content.slice(0, -1) : content;
  if (len < 4 || SENTENCE_PUNCT.test(body)) return null;
  const commas = body.match(COMMAS)?.length ?? 0;
  if (namesSection(content, profile, reportYear)) return { level: 1, bySection: true };
  if (headings.length === 0 || len > 30 || commas > 1) return null;
  // Headings carry no figures but a year; `全年办理3件。` is a sentence.
  if (/[0-9０-９]/.test(body.replace(/\d{4}年/g, ''))) return null;
  const last = headings[headings.length - 1];
  const sibling = last.numbered ? last : nearestNumbered(headings, last.level);
  if (!sibling || sibling.runIn) return null;
  return { level: last.level, bySection: false };
}

/** A line without ordinal that names a statutory section: `2024年度推进法治政府建设的主要安排`. */
function namesSection(content: string, profile: ReportProfile, reportYear: number | null): boolean {
  if (content.length < 4 || content.length > 60 || content.endsWith('。') || SENTENCE_PUNCT.test(content) || /[，,]/.test(content)) return false;
  return bestSection(content, profile, reportYear, true) !== null;
}

/** The next line with text is this heading's own body, not a sibling, a parent or the closing. */
function hasOwnBody(lines: Line[], index: number, level: Level, labelAt: (index: number) => Label | null): boolean {
  for (let j = index + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.kind === 'blank' || l.kind === 'residue') continue;
    if (l.kind !== 'paragraph') return false;
    const label = labelAt(j);
    return !label || label.level > level;
  }
  return false;
}

/**
 * Where the next sibling stands: for each line, the next labelled line at a level (or a line
 * that ends every run: a lost level-1 heading, the signature or date). Built once per document
 * and only when needed, so that the look-ahead stays linear in the document's length.
 */
class Lookahead {
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

  constructor(lines: Line[], profile: ReportProfile, reportYear: number | null, labelAt: (index: number) => Label | null) {
    for (const l of lines) {
      if (l.kind === 'signature' || l.kind === 'date') this.push(l.index, 0 as Level, null);
      if (l.kind !== 'paragraph') continue;
      const label = labelAt(l.index);
      if (label) this.push(l.index, label.level, label.ordinal);
      else if (namesSection(contentOf(l), profile, reportYear)) this.push(l.index, 1, null);
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

function nearestNumbered(headings: Heading[], level: Level): Heading | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i];
    if (h.level < level) return null;
    if (h.level === level && h.numbered) return h;
  }
  return null;
}

/** A heading's section runs until the next heading of the same or a higher level. */
function setEndLines(headings: Heading[], lines: Line[]): void {
  let lastContent = lines.length - 1;
  while (lastContent > 0 && lines[lastContent].kind === 'blank') lastContent--;
  const open: Heading[] = [];
  for (const h of headings) {
    while (open.length && open[open.length - 1].level >= h.level) {
      open.pop()!.endLine = prevContentLine(lines, h.line);
    }
    open.push(h);
  }
  for (const h of open) h.endLine = Math.max(h.line, closingStart(lines, lastContent));
}

function prevContentLine(lines: Line[], before: number): number {
  let i = before - 1;
  while (i > 0 && lines[i].kind === 'blank') i--;
  return i;
}

/** The last body line: signature, date and trailing residue are not part of any section. */
function closingStart(lines: Line[], last: number): number {
  let i = last;
  while (i > 0 && ['blank', 'residue', 'signature', 'date'].includes(lines[i].kind)) i--;
  return i;
}
