/**
 * The document's outline, read off the model: hierarchical symbols (title, then the four heading
 * levels) for the editor's Outline view and breadcrumbs, and the statutory checklist plus heading
 * tree that the extension's own `报告提纲` view shows. Plain data; the server converts it.
 */
import { isBlank, lastLineFrom, type DocumentModel, type Heading, type Line, type SectionMatch } from '../model';
import type { Range } from '../text';
import type { Finding, Locale } from '../types';
import { isJsSpace, labelFor, range } from '../queries';
import { sectionDef } from '../profiles';
import { coreText } from '../strings';

/** A statutory section's place in the checklist: present, embedded in another, or missing. */
export interface ChecklistSection {
  id: string;
  /** Display name in the requested locale. */
  name: string;
  required: boolean;
  status: 'present' | 'embedded' | 'missing';
  /** Zero-based line of the heading or mention; null when missing. */
  line: number | null;
}

/** A heading in the checklist's tree, with the numbering problems found on its line. */
export interface ChecklistHeading {
  line: number;
  level: 1 | 2 | 3 | 4;
  /** Label as written, or the label it should have when it lost its ordinal. */
  label: string;
  text: string;
  numbered: boolean;
  /** Statutory section this heading covers, if any. */
  sectionId: string | null;
  /** Messages of numbering/level problems found on this heading's line. */
  problems: string[];
  children: ChecklistHeading[];
}

/** The statutory checklist and heading tree of one document (the host adds uri and version). */
export interface Checklist {
  reportYear: number | null;
  sections: ChecklistSection[];
  headings: ChecklistHeading[];
}

/** One outline entry; `level` 0 is the title. */
export interface OutlineSymbol {
  name: string;
  detail: string;
  level: 0 | 1 | 2 | 3 | 4;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** Symbols for the whole document: the title holding the heading tree, or the bare tree without a title. */
export function documentSymbols(model: DocumentModel, locale: Locale = 'zh'): OutlineSymbol[] {
  const toSymbol = (h: Heading): OutlineSymbol => ({
    name: headingName(h, locale, model.lines[h.line]),
    detail: roleOf(model, sectionOf(model, h), locale),
    level: h.level,
    range: lineRange(model, h.line, h.endLine),
    selectionRange: headingSelection(model, h),
    // Most headings are leaves: a new empty list without the map call.
    children: h.children.length ? h.children.map(toSymbol) : [],
  });
  const roots = model.roots.map(toSymbol);
  const title = model.title;
  if (!title) return roots;
  const main = model.lines[title.mainLine];
  const first = title.lines[0];
  // The title spans the report so that the headings nest inside it, as VS Code expects of children.
  // A loop, not Math.max(...spread): a long draft has thousands of roots.
  let last = Math.max(title.mainLine, lastLineFrom(model.lines, model.lines.length - 1, isBlank));
  for (const r of model.roots) last = Math.max(last, r.endLine);
  return [
    {
      name: title.text.trim() || coreText(locale, 'outline.untitled'),
      detail: model.profile.name[locale],
      level: 0,
      range: lineRange(model, first, last),
      selectionRange: range(title.mainLine, main.contentStart, main.contentEnd),
      children: roots,
    },
  ];
}

/** The statutory checklist and the heading tree with its numbering problems (`报告提纲` view, CLI outline). */
export function outlineOf(model: DocumentModel, findings: Finding[], locale: Locale = 'zh'): Checklist {
  const problems = new Map<number, string[]>();
  for (const f of findings) {
    if (!f.rule.startsWith('heading-')) continue;
    const line = f.range.start.line;
    const list = problems.get(line);
    if (list) list.push(f.message);
    else problems.set(line, [f.message]);
  }
  const toHeading = (h: Heading): ChecklistHeading => ({
    line: h.line,
    level: h.level,
    label: h.label?.raw ?? labelFor(h),
    text: h.text,
    numbered: h.numbered,
    sectionId: sectionOf(model, h)?.id ?? null,
    problems: problems.get(h.line) ?? [],
    children: h.children.length ? h.children.map(toHeading) : [],
  });
  const sections: ChecklistSection[] = model.profile.sections.map((def) => {
    const match = model.sections.find((s) => s.id === def.id);
    return { id: def.id, name: def.name[locale], required: def.required, status: match?.status ?? 'missing', line: match?.line ?? null };
  });
  return { reportYear: model.reportYear, sections, headings: model.roots.map(toHeading) };
}

/** The symbol name: label and text as written; a heading that lost its ordinal shows its text. */
function headingName(h: Heading, locale: Locale, line: Line): string {
  // Label and text side by side on the line are one slice of it: no joined copy per heading.
  const adjacent = h.label !== null && h.spaceAfterLabel === 0 && h.textStart === h.labelEnd;
  // Nothing to trim when both ends are not spaces (nearly always): no trim call per heading.
  const text = line.text;
  if (adjacent && h.textEnd > h.labelStart && !isJsSpace(text.charCodeAt(h.labelStart)) && !isJsSpace(text.charCodeAt(h.textEnd - 1))) return text.slice(h.labelStart, h.textEnd);
  const name = (adjacent ? line.text.slice(h.labelStart, h.textEnd) : `${h.label?.raw ?? ''}${h.text}`).trim();
  // VS Code rejects empty symbol names.
  return name || coreText(locale, 'outline.untitled');
}

/** `必备：主要举措和成效` for a section heading, `含：…` for a sub-heading that carries a section. */
function roleOf(model: DocumentModel, match: SectionMatch | undefined, locale: Locale): string {
  if (!match) return '';
  const def = sectionDef(model.profile, match.id);
  if (!def) return '';
  if (match.status === 'embedded') return `${coreText(locale, 'outline.embedded')}${def.name[locale]}`;
  return `${coreText(locale, def.required ? 'outline.required' : 'outline.optional')}${def.name[locale]}`;
}

/** Headings that carry a statutory section (present, or embedded as a sub-heading). */
export function sectionsByHeading(model: DocumentModel): Map<Heading, SectionMatch> {
  const map = new Map<Heading, SectionMatch>();
  for (const s of model.sections) if (s.heading && s.status !== 'missing') map.set(s.heading, s);
  return map;
}

/**
 * The section `h` carries, as sectionsByHeading maps it (the last match wins). A few sections
 * searched per heading instead of a map built per call: the map and its lookups (an identity
 * hash made for each heading) cost more than five comparisons.
 */
function sectionOf(model: DocumentModel, h: Heading): SectionMatch | undefined {
  const sections = model.sections;
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i];
    if (s.heading === h && s.status !== 'missing') return s;
  }
  return undefined;
}

/** The heading's text, else its label, else its content: never an empty range inside nothing. */
function headingSelection(model: DocumentModel, h: Heading): Range {
  if (h.textEnd > h.textStart) return range(h.line, h.textStart, h.textEnd);
  if (h.labelEnd > h.labelStart) return range(h.line, h.labelStart, h.labelEnd);
  const line = model.lines[h.line];
  return range(h.line, line.contentStart, line.contentEnd);
}

function lineRange(model: DocumentModel, first: number, last: number): Range {
  return { start: { line: first, character: 0 }, end: { line: last, character: model.lines[last].text.length } };
}
