/**
 * Completion at the start of a line: the ordinals that can come next where the cursor is
 * (after `（二）`'s body `（三）`; under a heading without sub-headings its first child; the next
 * ordinal of every enclosing level), in the document's bracket width, and the statutory sections
 * the draft still lacks as ready-made headings.
 */
import type { DocumentModel, Heading } from '../model';
import { formatLabel, type Level } from '../numbering';
import type { Position, Range } from '../text';
import { indentWidth, trimmedEnd } from '../text';
import type { Locale } from '../types';
import { LEVEL_NAMES, range } from '../queries';
import { templateHeading } from '../skeleton';
import { coreText } from '../strings';
import { sectionDef } from '../profiles';

/** One completion: an ordinal that can come next, or a statutory section as a ready-made heading. */
export interface CompletionOffer {
  /** What the list shows, e.g. `（三）`. */
  label: string;
  kind: 'ordinal' | 'section';
  detail: string;
  /** Markdown, for section templates. */
  documentation?: string;
  insertText: string;
  /** The partial ordinal already typed, which the offer replaces. */
  replace: Range;
  sortText: string;
}

/** Before the cursor: nothing, or the beginning of an ordinal (`（`, `（三`, `三`, `3.`). */
const PARTIAL = /^(?:[（(][一二三四五六七八九十0-9０-９]{0,3}[）)]?|[一二三四五六七八九十]{1,3}、?|[0-9０-９]{1,2}[.．]?)?$/;


/** Completions at `pos`: next ordinals in the document's bracket width, then missing sections (only where the rest of the line is blank). */
export function completionsAt(model: DocumentModel, pos: Position, locale: Locale = 'zh'): CompletionOffer[] {
  const line = model.lines[pos.line];
  if (!line || pos.character < 0) return [];
  const character = Math.min(pos.character, line.text.length);
  const before = line.text.slice(0, character);
  const partial = before.slice(indentWidth(before));
  if (!PARTIAL.test(partial)) return [];
  const replace = range(pos.line, character - partial.length, character + autoClosed(partial, line.text.slice(character)));
  const offers: CompletionOffer[] = [];
  const seen = new Set<string>();
  for (const [level, ordinal] of nextOrdinals(model, pos.line)) {
    // GB/T 9704's full-width brackets, whatever the draft uses (heading-style names a half-width draft).
    const label = formatLabel(level, ordinal);
    if (seen.has(label) || !sameClass(partial, level)) continue;
    seen.add(label);
    const detail = `${LEVEL_NAMES[locale][level]} ${coreText(locale, 'completion.nth', { n: ordinal })}`;
    offers.push({ label, kind: 'ordinal', detail, insertText: label, replace, sortText: String(offers.length).padStart(3, '0') });
  }
  const restBlank = trimmedEnd(line.text) <= character;
  if (restBlank && sameClass(partial, 1)) offers.push(...sectionOffers(model, pos.line, replace, locale, offers.length));
  return offers;
}

/**
 * The closing bracket the editor auto-inserted right after the cursor when `（` was typed: the
 * offer replaces it too, or accepting `（三）` would leave `（三）…）`.
 */
function autoClosed(partial: string, after: string): number {
  if (!/^[（(]/.test(partial) || /[）)]$/.test(partial)) return 0;
  return /^[）)]/.test(after) ? 1 : 0;
}

/** Candidate (level, ordinal) pairs, most likely first. */
function nextOrdinals(model: DocumentModel, lineNo: number): Array<[Level, number]> {
  const prev = lastHeadingBefore(model, lineNo);
  if (!prev) return [[1, 1]];
  const sibling: [Level, number] = [prev.level, prev.position + 1];
  // Children of `prev` would all come after the cursor; offering a first child only makes sense without them.
  const child: Array<[Level, number]> = prev.level < 4 && prev.children.length === 0 ? [[(prev.level + 1) as Level, 1]] : [];
  const outer: Array<[Level, number]> = [];
  for (let a = prev.parent; a; a = a.parent) outer.push([a.level, a.position + 1]);
  // Right under a heading the author most likely starts its first sub-heading; after a body, the next sibling.
  const rightUnder = model.lines.slice(prev.line + 1, lineNo).every((l) => l.kind === 'blank');
  return rightUnder ? [...child, sibling, ...outer] : [sibling, ...child, ...outer];
}

function lastHeadingBefore(model: DocumentModel, lineNo: number): Heading | null {
  let found: Heading | null = null;
  for (const h of model.headings) {
    if (h.line >= lineNo) break;
    found = h;
  }
  return found;
}

/** Whether what was typed can begin a label of this level (`（` → levels 2 and 4, `三` → level 1). */
function sameClass(partial: string, level: Level): boolean {
  if (partial === '') return true;
  const bracket = /^[（(]/.test(partial);
  const digits = partial.replace(/[（()）、.．]/g, '');
  const arabic = /[0-9０-９]/.test(digits);
  const chinese = /[一二三四五六七八九十]/.test(digits);
  if (bracket) return (level === 2 && !arabic) || (level === 4 && !chinese);
  return arabic ? level === 3 : level === 1;
}

/** Missing sections (and those only mentioned inside another) as level-1 headings with the right ordinal. */
function sectionOffers(model: DocumentModel, lineNo: number, replace: Range, locale: Locale, start: number): CompletionOffer[] {
  const level1Before = model.roots.filter((r) => r.level === 1 && r.line < lineNo);
  const ordinal = level1Before.length ? level1Before[level1Before.length - 1].position + 1 : 1;
  const offers: CompletionOffer[] = [];
  for (const status of ['missing', 'embedded'] as const) {
    for (const match of model.sections.filter((s) => s.status === status)) {
      const def = sectionDef(model.profile, match.id);
      if (!def) continue;
      const text = `${formatLabel(1, ordinal)}${templateHeading(def, model.reportYear)}`;
      offers.push({
        label: text,
        kind: 'section',
        detail: `${coreText(locale, status === 'missing' ? 'completion.insert' : 'completion.separate')}${def.name[locale]}${def.required ? '' : coreText(locale, 'completion.optional')}`,
        documentation: `“${def.statutory}”\n\n${model.profile.basis}`,
        insertText: text,
        replace,
        sortText: String(start + offers.length).padStart(3, '0'),
      });
    }
  }
  return offers;
}
