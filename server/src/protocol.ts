/**
 * Custom requests between the client and the server, shared by both sides (types only, no
 * runtime imports, so the client bundle stays free of the core).
 */
import type { Checklist, ChecklistHeading, ChecklistSection } from './core';

/** `gongwen/outline`: the statutory checklist and the heading tree of one document. */
export const OUTLINE_REQUEST = 'gongwen/outline';
export interface OutlineParams {
  uri: string;
}
/** The core's checklist types, on the wire as they are (type-only: nothing of the core is bundled). */
export type OutlineSection = ChecklistSection;
export type OutlineHeading = ChecklistHeading;
export interface OutlineResult extends Checklist {
  uri: string;
  version: number;
}

/** `gongwen/insertSection`: edits that insert a statutory section's skeleton at its place. */
export const INSERT_SECTION_REQUEST = 'gongwen/insertSection';
export interface InsertSectionParams {
  uri: string;
  sectionId: string;
}
export interface InsertSectionResult {
  edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>;
}

/** Server → client notification after each check, so views refresh without polling. */
export const OUTLINE_CHANGED_NOTIFICATION = 'gongwen/outlineChanged';
export interface OutlineChangedParams {
  uri: string;
  version: number;
}

/** The code-action kind of "fix all safe problems" (also usable in editor.codeActionsOnSave). */
export const FIX_ALL_KIND = 'source.fixAll.gongwen';

/** `gongwen/listReportFiles`: the report files under local folders (the CLI's selection and .gongwenignore). */
export const LIST_REPORT_FILES_REQUEST = 'gongwen/listReportFiles';
export interface ListReportFilesParams {
  /** File-system paths of folders. */
  folders: string[];
  /** The workspace folder they are in: its `.gongwenignore` (and those below) apply. Default: each folder. */
  root?: string;
}
export interface ListReportFilesResult {
  /** Absolute file-system paths. */
  files: string[];
  /** Folders that gave nothing or could not be read, one localised line each. */
  problems: string[];
}

/** `gongwen/checkFiles`: read files that are not open from disk, check them and publish their diagnostics. */
export const CHECK_FILES_REQUEST = 'gongwen/checkFiles';
export interface CheckFilesParams {
  /** The URI as the editor writes it (diagnostics are published under it) and the path to read. */
  files: Array<{ uri: string; path: string }>;
}
export interface CheckFilesResult {
  checked: number;
  /** Open documents are left alone: their live diagnostics are already published. */
  skippedOpen: number;
  /** Read, but not reports of this kind (a note, a README): nothing published for them. */
  notReports: number;
  unreadable: Array<{ path: string; message: string }>;
}

/** `gongwen/audit`: the HTML audit page (`gongwen audit`) of files, folders or globs. */
export const AUDIT_REQUEST = 'gongwen/audit';
export interface AuditParams {
  paths: string[];
  /**
   * Relative paths and globs are read from here, `.gongwenignore` files from here down apply, and
   * file paths in the page are shown relative to it: the workspace folder.
   */
  cwd?: string;
}
export interface AuditResult {
  html: string;
  files: number;
  reports: number;
}
/**
 * Client commands the server's code actions run (arguments in brackets).
 * `gongwen.reopenWithEncoding` [uri, encoding]: reopen a file with another encoding (garbled text).
 * `gongwen.revealLine` [uri, zero-based line]: show a line the finding names (a lost heading).
 * `gongwen.showRuleDoc` [rule id]: the rule's bundled documentation (diagnostic code links).
 */
export const REOPEN_WITH_ENCODING_COMMAND = 'gongwen.reopenWithEncoding';
export const REVEAL_LINE_COMMAND = 'gongwen.revealLine';
export const SHOW_RULE_DOC_COMMAND = 'gongwen.showRuleDoc';
