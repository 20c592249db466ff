/**
 * Heading recognition and the heading tree. Numbered headings come from their labels; a
 * heading whose ordinal went missing is recognised from its place (a short stand-alone line
 * among numbered siblings) or its meaning (a line naming a statutory section).
 */
import { ENUMERATION, matchLabel, type Label, type Level } from './numbering';
import { contentOf, type Heading, type Line } from './model';
import { isIndentChar } from './text';
import { bestSection } from './sections';
import type { ReportProfile } from './profiles';

/** Punctuation that marks a line as a sentence rather than a heading. */
const SENTENCE_PUNCT = /[。；;：:！？!?]/;
const COMMAS = /[，,]/g;

/** Builds the heading tree from the classified lines, marking heading and enumeration lines. */
export function buildHeadings(lines: Line[], profile: ReportProfile, reportYear: number | null): Heading[] {
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

  for (const line of lines) {
    if (line.kind !== 'paragraph') {
      if (line.kind !== 'blank') previousKind = 'other';
      continue;
    }
    const content = contentOf(line);
    const label = matchLabel(content);
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
    if (!label && ENUMERATION.test(content)) {
      line.kind = 'enumeration';
      previousKind = 'other';
      continue;
    }
    if (!label) {
      level = lostOrdinalLevel(content, headings, previousKind, profile, reportYear);
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
 * names a statutory section is a level-1 heading; a short stand-alone line right after a numbered
 * (or already recovered) sibling's body takes that sibling's level.
 */
function lostOrdinalLevel(
  content: string,
  headings: Heading[],
  previousKind: 'heading' | 'other',
  profile: ReportProfile,
  reportYear: number | null,
): Level | null {
  if (previousKind === 'heading') return null;
  const len = content.length;
  const body = content.endsWith('。') ? content.slice(0, -1) : content;
  if (len < 4 || SENTENCE_PUNCT.test(body)) return null;
  const commas = body.match(COMMAS)?.length ?? 0;
  if (len <= 60 && commas === 0 && bestSection(body, profile, reportYear, true)) return 1;
  if (headings.length === 0 || len > 30 || commas > 1) return null;
  // Headings carry no figures but a year; `全年办理3件。` is a sentence.
  if (/[0-9０-９]/.test(body.replace(/\d{4}年/g, ''))) return null;
  const last = headings[headings.length - 1];
  const sibling = last.numbered ? last : nearestNumbered(headings, last.level);
  if (!sibling || sibling.runIn) return null;
  return last.level;
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
