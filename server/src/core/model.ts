/**
 * The document model: what the parser recognised in a draft. Every feature (rules, outline,
 * folding, completion) reads this one structure; it is built once per document version.
 */
import type { Label, Level } from './numbering';
import type { LineSpan } from './text';
import type { ReportProfile, SectionId } from './profiles';

/** What a line is, decided once by the parser; every rule and feature reads it. */
export type LineKind =
  | 'blank'
  | 'residue'
  | 'title'
  | 'addressee'
  /** A cover letter (呈送函, 印发通知) before the report, with its own addressee, signature and date. */
  | 'cover'
  /** 附件说明 and its items, and what follows the date: attachment lists, 版记 (抄送, 印发). */
  | 'annex'
  | 'opening'
  | 'heading'
  | 'enumeration'
  | 'paragraph'
  | 'signature'
  | 'date';

/**
 * One line with its classification; columns are UTF-16 offsets within the line. `start`, `end`
 * and `next` are its offsets in the document (the line is its own span).
 */
export interface Line extends LineSpan {
  readonly index: number;
  /** The line's text without its line break. */
  readonly text: string;
  /** Where the content starts, after indentation and any leading residue such as `[bookmark: _GoBack]`. */
  contentStart: number;
  /** One past the last non-space character. */
  contentEnd: number;
  kind: LineKind;
}

/** A piece of non-report text: a whole line (web chrome) or a span inside one (Word bookmark). */
export interface Residue {
  line: number;
  start: number;
  end: number;
  wholeLine: boolean;
  /** nav | infobar | footer | table | metadata | bookmark */
  what: string;
}

/** A heading of level 1–4 (一、/（一）/1./（1）), numbered or recognised without its ordinal, in a tree. */
export interface Heading {
  line: number;
  level: Level;
  /** Ordinal as written; null when the heading lost its ordinal. */
  ordinal: number | null;
  /** The ordinal this heading should have among its siblings (equals `ordinal` when all is well). */
  position: number;
  label: Label | null;
  labelStart: number;
  labelEnd: number;
  /** Whitespace between the label and the text, in code units. */
  spaceAfterLabel: number;
  /** Heading text without its label; for a run-in heading, up to (not including) the first `。`. */
  text: string;
  textStart: number;
  textEnd: number;
  /** `（一）标题。正文……` on one line. */
  runIn: boolean;
  numbered: boolean;
  /** An Arabic label (`3、`) read as a level-1 heading written in the wrong numeral form. */
  arabicAtLevel1: boolean;
  parent: Heading | null;
  children: Heading[];
  /** Last line that belongs to this heading's section (inclusive). */
  endLine: number;
}

/** The title (one or more lines) and what it names: organ and report year. */
export interface TitleBlock {
  /** All title lines (organ line, then the title proper). */
  lines: number[];
  /** The line holding the 文种 (`报告`), or the last title line. */
  mainLine: number;
  text: string;
  organ: string | null;
}

/** Whether a statutory section has its own heading, is covered inside another, or is missing. */
export type SectionStatus = 'present' | 'embedded' | 'missing';

/** Where a profile's section was found in the document, if anywhere. */
export interface SectionMatch {
  id: SectionId;
  status: SectionStatus;
  /** The heading for `present` (and sub-heading `embedded`), or the mentioning line. */
  line: number | null;
  heading: Heading | null;
}

/** A parsed draft: lines with their kinds, title, headings as a tree, statutory sections, report year. Read-only for rules and features. */
export interface DocumentModel {
  readonly text: string;
  readonly lines: Line[];
  readonly eol: string;
  readonly profile: ReportProfile;
  headings: Heading[];
  roots: Heading[];
  residue: Residue[];
  title: TitleBlock | null;
  addresseeLine: number | null;
  openingLine: number | null;
  /** A cover letter before the report, its first and last lines; its date is not the report's. */
  cover?: { start: number; end: number } | null;
  signatureLine: number | null;
  dateLine: number | null;
  reportYear: number | null;
  /** Where the report year was read: a year read from the date cannot be checked against it. */
  reportYearSource: 'title' | 'opening' | 'heading' | 'date' | null;
  sections: SectionMatch[];
  /**
   * Another kind of document than the profile's report (a 工作总结, a 解读, a 五年 report): the
   * sections are not checked, one information finding names the kind. Null for a report.
   */
  documentKind?: DocumentKind | null;
}

/** The trimmed content of a line. */
export function contentOf(line: Line): string {
  return line.text.slice(line.contentStart, line.contentEnd);
}

/** A line of nothing but spaces. */
export function isBlank(line: Line): boolean {
  return line.kind === 'blank';
}

/** Blank lines and residue hold no report text: scans for a line with text pass over them. */
export function holdsNoText(line: Line): boolean {
  return line.kind === 'blank' || line.kind === 'residue';
}

/** Outside every section: what holds no text, and the signature and date that close the report. */
export function isOutsideBody(line: Line): boolean {
  return holdsNoText(line) || line.kind === 'signature' || line.kind === 'date' || line.kind === 'annex';
}

/** The last line at or before `from` that `skip` does not pass over; -1 when it passes over all. */
export function lastLineFrom(lines: readonly Line[], from: number, skip: (line: Line) => boolean): number {
  let i = from;
  while (i >= 0 && skip(lines[i])) i--;
  return i;
}

/** What a text is when it is not the report its profile describes (`model.documentKind`). */
export interface DocumentKind {
  id: string;
  name: { zh: string; en: string };
}
