/** Ranges and labels shared by the rules. */
import { formatLabelLike, toChineseNumber } from './numbering';
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

export function labelRange(h: Heading): Range {
  return range(h.line, h.labelStart, h.labelEnd);
}

/** The whole heading (label and text) on its line. */
export function headingRange(h: Heading): Range {
  return range(h.line, h.labelStart, h.textEnd);
}

/** `h`'s label with its numeral changed to `ordinal`, everything else as written (smallest change). */
export function relabel(h: Heading, ordinal: number): string {
  const raw = h.label?.raw ?? '';
  if (/[0-9０-９]/.test(raw)) return raw.replace(/[0-9０-９]+/, String(ordinal));
  return raw.replace(/[一二三四五六七八九十]+/, toChineseNumber(ordinal));
}

/** The label a heading without ordinal should get at its place, in the bracket width its siblings use. */
export function labelFor(model: DocumentModel, h: Heading): string {
  return formatLabelLike(h.level, h.position, firstLabelled(model, h)?.label?.brackets ?? documentBrackets(model));
}

/** Per model: per parent (null for the roots), the first labelled child at each level. */
const labelledOf = new WeakMap<DocumentModel, Map<Heading | null, Array<Heading | undefined>>>();

/**
 * The first labelled sibling of `h` at its level. Searched once per parent and level, not once per
 * lost heading: 200 000 lost headings among the roots made the search quadratic (issue 8).
 */
function firstLabelled(model: DocumentModel, h: Heading): Heading | undefined {
  let byParent = labelledOf.get(model);
  if (!byParent) labelledOf.set(model, (byParent = new Map()));
  let first = byParent.get(h.parent);
  if (!first) {
    first = [];
    for (const c of h.parent ? h.parent.children : model.roots) if (c.label && !first[c.level]) first[c.level] = c;
    byParent.set(h.parent, first);
  }
  return first[h.level];
}

interface BracketWidths {
  readonly full: number;
  readonly half: number;
}

const widthsOf = new WeakMap<DocumentModel, BracketWidths>();

/** How many headings use full- and half-width brackets; counted once per model, asked per lost heading. */
export function bracketWidths(model: DocumentModel): BracketWidths {
  let widths = widthsOf.get(model);
  if (!widths) widthsOf.set(model, (widths = countBrackets(model)));
  return widths;
}

/** Bracket width most headings of the document use; full on a tie. */
export function documentBrackets(model: DocumentModel): 'full' | 'half' {
  const { full, half } = bracketWidths(model);
  return half > full ? 'half' : 'full';
}

function countBrackets(model: DocumentModel): BracketWidths {
  let full = 0;
  let half = 0;
  for (const h of model.headings) {
    if (h.label?.brackets === 'full') full++;
    else if (h.label?.brackets === 'half') half++;
  }
  return { full, half };
}

/** Sibling runs per model: two rules walk them, and the model does not change while they do. */
const runsOf = new WeakMap<DocumentModel, ReadonlyArray<readonly Heading[]>>();

/**
 * Siblings grouped by parent and level, in document order; shared, so read-only. A parent's
 * children never rise in level (a deeper heading nests under the one before), so each level's
 * siblings stand together: a run ends where the level changes, and no map per parent is needed.
 */
export function siblingRuns(model: DocumentModel): ReadonlyArray<readonly Heading[]> {
  let runs = runsOf.get(model);
  if (!runs) {
    const out: Array<readonly Heading[]> = [];
    splitByLevel(model.roots, out);
    for (const h of model.headings) splitByLevel(h.children, out);
    runsOf.set(model, (runs = out));
  }
  return runs;
}

function splitByLevel(children: readonly Heading[], out: Array<readonly Heading[]>): void {
  let from = 0;
  for (let i = 1; i <= children.length; i++) {
    if (i < children.length && children[i].level === children[from].level) continue;
    out.push(from === 0 && i === children.length ? children : children.slice(from, i));
    from = i;
  }
}

/** The line numbers (1-based) joined for a message: `13、17`. */
export function lineList(lines: number[]): string {
  return lines.map((l) => l + 1).join('、');
}

/** Heading level names by locale, index = level (from the core's string table). */
export const LEVEL_NAMES = {
  zh: ['', coreText('zh', 'level.1'), coreText('zh', 'level.2'), coreText('zh', 'level.3'), coreText('zh', 'level.4')],
  en: ['', coreText('en', 'level.1'), coreText('en', 'level.2'), coreText('en', 'level.3'), coreText('en', 'level.4')],
};
