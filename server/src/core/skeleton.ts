/**
 * Inserting a statutory section skeleton at its statutory place: before the next section that
 * is present, else after the last one. Later level-1 ordinals shift by one so the numbering
 * stays right. Shared by the section rules' fixes and the editor's "insert template" command.
 */
import { formatLabel } from './numbering';
import { isOutsideBody, lastLineFrom, type DocumentModel, type Heading } from './model';
import type { ReportProfile, SectionDef } from './profiles';
import type { TextEdit } from './types';
import { labelRange, range, relabel } from './queries';
import { isIndentChar } from './text';

const PLACEHOLDER = '（待补充）';

/** Heading text of a section's template for this report's year. */
export function templateHeading(def: SectionDef, year: number | null): string {
  if (year === null) return def.templateNoYear;
  return def.template.replace('{year}', String(year)).replace('{next}', String(year + 1));
}

/** Edits that insert the section's heading and a placeholder paragraph at its statutory place. */
export function insertSectionEdits(model: DocumentModel, def: SectionDef): TextEdit[] {
  const order = model.profile.sections.map((s) => s.id);
  const mine = order.indexOf(def.id);
  const later = model.sections
    .filter((s) => s.status === 'present' && s.heading && order.indexOf(s.id) > mine)
    .map((s) => s.heading!)
    .sort((a, b) => a.line - b.line)[0];
  const eol = model.eol;
  const spaced = usesBlankLines(model);
  const heading = templateHeading(def, model.reportYear);
  const edits: TextEdit[] = [];
  if (later) {
    const ordinal = later.position;
    const indent = model.lines[later.line].text.slice(0, indentEnd(model.lines[later.line].text));
    const text = `${indent}${formatLabel(1, ordinal)}${heading}${eol}${spaced ? eol : ''}${indent}${PLACEHOLDER}${eol}${spaced ? eol : ''}`;
    edits.push({ range: at(later.line, 0), newText: text });
    for (const r of model.roots) {
      if (r.line >= later.line && r.level === 1 && r.numbered && r.ordinal !== null) {
        edits.push({ range: labelRange(r), newText: relabel(r, r.ordinal + 1) });
      }
    }
    return edits;
  }
  const lastRoot: Heading | undefined = model.roots[model.roots.length - 1];
  const ordinal = lastRoot ? lastRoot.position + 1 : 1;
  const afterLine = lastRoot ? lastRoot.endLine : lastPreambleLine(model);
  const block = `${formatLabel(1, ordinal)}${heading}${eol}${spaced ? eol : ''}${PLACEHOLDER}`;
  if (afterLine < 0) return [{ range: at(0, 0), newText: `${block}${eol}` }];
  const line = model.lines[afterLine];
  // Insert after the line's own break; a last line without one gets a break first.
  if (line.next === line.end) {
    return [{ range: at(afterLine, line.text.length), newText: `${eol}${spaced ? eol : ''}${block}` }];
  }
  return [{ range: at(afterLine + 1, 0), newText: `${spaced ? eol : ''}${block}${eol}` }];
}

/** An empty range: where an insertion goes. */
function at(line: number, character: number) {
  return range(line, character, character);
}

/** The indentation a new line copies from `text`: up to a BOM at most, which is not copied. */
function indentEnd(text: string): number {
  let i = 0;
  while (i < text.length && isIndentChar(text.charCodeAt(i)) && text.charCodeAt(i) !== 0xfeff) i++;
  return i;
}

/** Whether paragraphs are separated by blank lines (then the skeleton is too). */
function usesBlankLines(model: DocumentModel): boolean {
  let blank = 0;
  let content = 0;
  for (const l of model.lines) l.kind === 'blank' ? blank++ : content++;
  return content > 2 && blank * 2 >= content;
}

/**
 * Without any heading the skeleton goes after the opening, addressee or title; else after the
 * last line of text before the signature and date (at the top when there is none).
 */
function lastPreambleLine(model: DocumentModel): number {
  const candidates = [model.openingLine, model.addresseeLine, model.title?.mainLine ?? null].filter((l): l is number => l !== null);
  if (candidates.length) return Math.max(...candidates);
  return lastLineFrom(model.lines, model.lines.length - 1, isOutsideBody);
}

/**
 * A whole report skeleton as plain text (title, addressee, opening, every section of the profile
 * with a placeholder, signature and date): what an empty draft is offered, in the forms the
 * rules expect, so inserting it raises no style finding of its own.
 */
export function reportSkeleton(profile: ReportProfile, year: number, eol = '\n'): string {
  const title = profile.titleExample.replace('发文机关+', 'XX局').replace('{year}', String(year));
  const lines = [title, '', 'XX市人民政府：', `现将${year}年度有关情况报告如下：`];
  profile.sections.forEach((def, i) => lines.push(`${formatLabel(1, i + 1)}${templateHeading(def, year)}`, PLACEHOLDER));
  lines.push('', 'XX局', `${year + 1}年3月1日`, '');
  return lines.join(eol);
}
