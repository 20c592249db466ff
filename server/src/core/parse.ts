/**
 * Parser: text → DocumentModel. Classifies every line (residue, title block, addressee,
 * opening, headings, enumerations, paragraphs, signature, date), builds the heading tree and
 * matches the statutory sections. Never throws: any text is a (possibly empty) draft.
 */
import { mapLines, dominantEolOf, indentWidth, trimmedEnd, isIndentChar, Occurrences } from './text';
import { BOOKMARK_HINT, chromeKind, inlineResidue, isMetaKey, mayBeChrome, mayBeMetaKey } from './residue';
import { matchLabel } from './numbering';
import { buildHeadings } from './headings';
import { matchSections } from './sections';
import { findReportYear } from './year';
import { markPreamble, titleVocabulary } from './preamble';
import { markPageMarkers } from './page-markers';
import { markClosing } from './closing';
import { markFooterLinks } from './footer-links';
import { detectKind } from './kinds';
import { isMarkdownRule, markdownContentEnd, markdownContentStart } from './markdown';
import { detectProfile, PROFILES, type ReportProfile } from './profiles';
import { contentOf, type DocumentModel, type Line, type LineKind, type Residue } from './model';

/**
 * Parses a draft. The report type is `choice` when it is one profile; otherwise it is detected from
 * the title or opening among `choice` (custom profiles of a configuration file first) or the built-in ones.
 */
export function parse(text: string, choice?: ReportProfile | readonly ReportProfile[], markup: 'text' | 'markdown' = 'text'): DocumentModel {
  const candidates = choice === undefined ? PROFILES : isProfileList(choice) ? choice : [choice];
  let profile = isProfileList(choice) ? undefined : choice;
  const markdown = markup === 'markdown';
  const lines = mapLines(text, (start, end, next, index): Line => new TextLine(text, index, start, end, next, markdown));
  const residue = markResidue(text, lines);
  markPageMarkers(lines, residue);
  markFooterLinks(lines, residue);
  const { signatureLine, dateLine } = markClosing(lines);
  const { title, addresseeLine, openingLine, cover } = markPreamble(lines, residue, titleVocabulary(candidates));
  // Without an opening paragraph, the first paragraph speaks for the text (`本报告依据…`).
  const lead = openingLine ?? firstParagraph(lines);
  const leadText = lead === null ? '' : contentOf(lines[lead]);
  profile ??= detectProfile(`${title?.text ?? ''}\n${leadText}`, candidates);
  const documentKind = detectKind(profile, title?.text ?? null, leadText);
  const { year: reportYear, source: reportYearSource } = findReportYear(lines, title, lead, dateLine);
  const headings = buildHeadings(lines, profile, reportYear);
  const roots = headings.filter((h) => h.parent === null);
  const sections = matchSections(profile, roots, headings, lines, reportYear);
  return {
    text,
    lines,
    eol: dominantEolOf(text, lines),
    profile,
    headings,
    roots,
    residue,
    title,
    addresseeLine,
    openingLine,
    cover,
    signatureLine,
    dateLine,
    reportYear,
    reportYearSource,
    documentKind,
    sections,
  };
}

/** A line as the parser first sees it: blank, or a paragraph until classified further. */
class TextLine implements Line {
  readonly text: string;
  contentStart: number;
  contentEnd: number;
  kind: LineKind;

  constructor(source: string, readonly index: number, readonly start: number, readonly end: number, readonly next: number, markdown: boolean) {
    this.text = source.slice(start, end);
    this.contentStart = indentWidth(this.text);
    this.contentEnd = Math.max(this.contentStart, trimmedEnd(this.text));
    if (markdown) {
      // Markdown markup is skipped like indentation (markdown.ts); a rule or fence line holds nothing.
      this.contentStart = markdownContentStart(this.text, this.contentStart);
      this.contentEnd = markdownContentEnd(this.text, this.contentStart, this.contentEnd);
      if (isMarkdownRule(this.text.slice(this.contentStart, this.contentEnd))) this.contentStart = this.contentEnd;
    }
    this.kind = this.contentStart === this.contentEnd ? 'blank' : 'paragraph';
  }
}

function markResidue(text: string, lines: Line[]): Residue[] {
  const residue: Residue[] = [];
  const meta = metaKeyLines(lines);
  const near = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      if (lines[j].kind !== 'blank') return meta.has(j);
    }
    return false;
  };
  // The rare lines holding a bookmark or a 【 are found by searching the whole text once (the
  // bookmark search finds a superset: markBookmarks confirms).
  const bookmarks = new Occurrences(text, BOOKMARK_HINT);
  const brackets = new Occurrences(text, '【');
  // Indexed loops: a loop over 100 000 lines that falls back to the interpreter makes garbage per step with for…of.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'blank') continue;
    if (bookmarks.in(line)) markBookmarks(line, residue);
    // Most lines start with a character no chrome starts with: they are not sliced to find out.
    const hold = brackets.in(line);
    const chrome = mayBeChrome(line.text.charCodeAt(line.contentStart), hold) ? chromeKind(contentOf(line), hold) : null;
    const what = chrome ?? (meta.has(i) && (near(i, -1) || near(i, 1)) ? 'metadata' : null);
    if (what) {
      line.kind = 'residue';
      residue.push({ line: line.index, start: line.contentStart, end: line.contentEnd, wholeLine: true, what });
    }
  }
  residue.sort((a, b) => a.line - b.line || a.start - b.start);
  return residue;
}

/** The first unlabelled paragraph among the first lines, when there is no opening. */
function firstParagraph(lines: Line[]): number | null {
  for (let i = 0; i < lines.length && i < 40; i++) {
    if (lines[i].kind === 'paragraph' && !matchLabel(contentOf(lines[i]))) return i;
  }
  return null;
}

const NO_LINES: ReadonlySet<number> = new Set();

/** The lines that are metadata keys (`索引号：…`), read before any line's content moves; few or none. */
function metaKeyLines(lines: Line[]): ReadonlySet<number> {
  let meta: Set<number> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || !mayBeMetaKey(l.text.charCodeAt(l.contentStart)) || !isMetaKey(contentOf(l))) continue;
    (meta ??= new Set()).add(i);
  }
  return meta ?? NO_LINES;
}

/** Word bookmarks inside a line; a leading one moves the line's content after it. */
function markBookmarks(line: Line, residue: Residue[]): void {
  for (const [start, end] of inlineResidue(line.text)) {
    residue.push({ line: line.index, start, end, wholeLine: false, what: 'bookmark' });
    if (start <= line.contentStart + 1 && end > line.contentStart) {
      // Parse what follows a leading artefact: `[bookmark: _GoBack]（三）…` is a heading.
      let s = end;
      while (s < line.contentEnd && isIndentChar(line.text.charCodeAt(s))) s++;
      line.contentStart = s;
      if (s >= line.contentEnd) line.kind = 'residue';
    }
  }
}

function isProfileList(choice: ReportProfile | readonly ReportProfile[] | undefined): choice is readonly ReportProfile[] {
  return Array.isArray(choice);
}
