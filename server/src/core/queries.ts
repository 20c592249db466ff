/** Ranges and labels shared by the rules. */
import { formatLabel, toChineseNumber } from './numbering';
import type { DocumentModel, Heading, Line } from './model';
import type { Range } from './text';
import { coreText } from './strings';

export function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** A line's content, indentation excluded. */
export function contentRange(line: Line): Range {
  return range(line.index, line.contentStart, line.contentEnd);
}

/** How many characters a finding about a whole paragraph marks: enough to see, not six wavy lines. */
export const MARK_WIDTH = 10;

/**
 * The first (or, `fromEnd`, the last) few characters of a one-line range: a finding about a
 * paragraph marks where it starts or ends. Never cuts a surrogate pair.
 */
export function calmRange(r: Range, fromEnd = false, text?: string): Range {
  const { start, end } = r;
  if (start.line !== end.line || end.character - start.character <= MARK_WIDTH) return r;
  const isLow = (i: number) => text !== undefined && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
  if (fromEnd) {
    let from = end.character - MARK_WIDTH;
    if (isLow(from)) from--;
    return range(start.line, from, end.character);
  }
  let to = start.character + MARK_WIDTH;
  if (isLow(to)) to++;
  return range(start.line, start.character, to);
}

/** The start of a line's content, calmly marked. */
export function contentStartRange(line: Line): Range {
  return calmRange(contentRange(line), false, line.text);
}

export function labelRange(h: Heading): Range {
  return range(h.line, h.labelStart, h.labelEnd);
}

/** The whole heading (label and text) on its line. */
export function headingRange(h: Heading): Range {
  return range(h.line, h.labelStart, h.textEnd);
}

/**
 * `h`'s label with its numeral changed to `ordinal`, everything else as written (smallest change):
 * the first run of digits (either width) if there is one, else the first run of Chinese numerals.
 * Read by hand: the two regex tests and the replace cost ~0.9 µs of heading-sequence's 4.5 per
 * 20 KB check (test/unit/rule-fast-paths.test.ts holds it to the regex definition).
 */
export function relabel(h: Heading, ordinal: number): string {
  const raw = h.label?.raw ?? '';
  let from = firstOf(raw, isDigit);
  const digits = from >= 0;
  if (!digits) from = firstOf(raw, isChineseNumeral);
  if (from < 0) return raw;
  const test = digits ? isDigit : isChineseNumeral;
  let to = from + 1;
  while (to < raw.length && test(raw.charCodeAt(to))) to++;
  return raw.slice(0, from) + (digits ? String(ordinal) : toChineseNumber(ordinal)) + raw.slice(to);
}

function firstOf(s: string, test: (c: number) => boolean): number {
  for (let i = 0; i < s.length; i++) if (test(s.charCodeAt(i))) return i;
  return -1;
}

/** `[0-9０-９]` */
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** `[一二三四五六七八九十]` */
function isChineseNumeral(c: number): boolean {
  switch (c) {
    case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: case 0x4e94: // 一二三四五
    case 0x516d: case 0x4e03: case 0x516b: case 0x4e5d: case 0x5341: // 六七八九十
      return true;
    default:
      return false;
  }
}

/**
 * The label a heading without ordinal should get at its place. Always GB/T 9704's full-width
 * form: an added ordinal is new text, and a half-width document is heading-style's finding.
 */
export function labelFor(h: Heading): string {
  return formatLabel(h.level, h.position);
}

interface BracketWidths {
  readonly full: number;
  readonly half: number;
}

/**
 * How many headings use full- and half-width brackets. Counted on each call (one, by
 * heading-style): a per-model WeakMap cache cost more than the count (an entry set per check,
 * and ephemerons for the collector to trace).
 */
export function bracketWidths(model: DocumentModel): BracketWidths {
  let full = 0;
  let half = 0;
  for (const h of model.headings) {
    if (h.label?.brackets === 'full') full++;
    else if (h.label?.brackets === 'half') half++;
  }
  return { full, half };
}

/**
 * Siblings grouped by parent and level, in document order. A parent's children never rise in
 * level (a deeper heading nests under the one before), so each level's siblings stand together:
 * a run ends where the level changes, and no map per parent is needed. Made on each call (two
 * rules ask, once each): most runs are a heading's children list itself, and a per-model WeakMap
 * cache cost more than making them twice.
 */
export function siblingRuns(model: DocumentModel): ReadonlyArray<readonly Heading[]> {
  const out: Array<readonly Heading[]> = [];
  splitByLevel(model.roots, out);
  for (const h of model.headings) splitByLevel(h.children, out);
  return out;
}

function splitByLevel(children: readonly Heading[], out: Array<readonly Heading[]>): void {
  let from = 0;
  for (let i = 1; i <= children.length; i++) {
    if (i < children.length && children[i].level === children[from].level) continue;
    out.push(from === 0 && i === children.length ? children : children.slice(from, i));
    from = i;
  }
}

/**
 * The heading on `line`, if any. Headings are in line order, so a binary search: a rule that asks
 * once per mark on a heading line must not walk every heading (20 MB drafts have thousands).
 */
export function headingOnLine(model: DocumentModel, line: number): Heading | undefined {
  const hs = model.headings;
  let lo = 0;
  let hi = hs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = hs[mid].line;
    if (l === line) return hs[mid];
    if (l < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** JavaScript's `\s`, for a hand-written scan that replaces a regex (numbering.ts keeps its own twin). */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Heading level names by locale, index = level (from the core's string table). */
export const LEVEL_NAMES = {
  zh: ['', coreText('zh', 'level.1'), coreText('zh', 'level.2'), coreText('zh', 'level.3'), coreText('zh', 'level.4')],
  en: ['', coreText('en', 'level.1'), coreText('en', 'level.2'), coreText('en', 'level.3'), coreText('en', 'level.4')],
};
