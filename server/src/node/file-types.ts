/**
 * Which files are reports, by extension: the one table the CLI's folder walk, its glob expansion
 * and the editor's workspace check all read. A new input type (Word's `.docx`) is one more row
 * here plus its reader in read-input.ts; nothing else needs to change.
 */

export interface ReportFileType {
  /** Lower-case, with the dot. */
  extension: string;
  /** How read-input.ts turns the bytes into text. */
  reader: 'text' | 'docx';
}

export const REPORT_FILE_TYPES: readonly ReportFileType[] = [
  { extension: '.txt', reader: 'text' },
  { extension: '.gongwen', reader: 'text' },
  { extension: '.md', reader: 'text' },
];

/** True when a file name has one of the report extensions (case-insensitive: `报告.TXT` counts). */
export function isReportFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_FILE_TYPES.some((t) => lower.endsWith(t.extension) && lower.length > t.extension.length);
}

/** The extensions as a glob alternation, e.g. `{txt,gongwen,md}` (for VS Code's file watchers and findFiles). */
export function reportExtensionsGlob(): string {
  return `{${REPORT_FILE_TYPES.map((t) => t.extension.slice(1)).join(',')}}`;
}
