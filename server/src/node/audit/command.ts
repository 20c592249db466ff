/**
 * `gongwen audit PATH… [--format html|csv|json] [-o FILE]`: every report file under the paths,
 * one row each, with a summary, in the chosen format, to stdout or a file. Also used by the
 * language server for the editor's 生成审核汇总表 (`auditFiles` + the formatters).
 */
import { isMarkdownPath } from '../../report-detect';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '../../core/index';
import { collectFiles, describeCollection } from '../collect-files';
import { checkFile } from '../parallel';
import { toCsv } from './format-csv';
import { toHtml } from './format-html';
import { Progress } from './progress';
import { auditRow, unreadableRow, type AuditRow } from './row';
import { summarize, type AuditSummary } from './summary';
import { cliText } from '../strings';

export type AuditFormat = 'html' | 'csv' | 'json';

export interface AuditOptions {
  format: AuditFormat;
  output?: string;
  locale: Locale;
  version: string;
}

/**
 * Checks each file and builds its row; `onFile` sees each finished file (progress, cancellation).
 * Relative paths are read from `cwd` (default: the process's) and shown as given.
 */
export function auditFiles(files: string[], locale: Locale, onFile?: (done: number, total: number) => boolean | void, cwd?: string): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const path of files) {
    // A `.md` draft is read as Markdown (`## 一、…` is a heading), as `gongwen check` reads it.
    const outcome = checkFile(cwd && path !== '-' ? resolve(cwd, path) : path, isMarkdownPath(path) ? { locale, markdown: true } : { locale }, false);
    if (outcome.result) rows.push(auditRow(path, outcome.result, locale));
    else rows.push(unreadableRow(path, outcome.messages.trim().replace(/^gongwen: /, '')));
    if (onFile?.(rows.length, files.length) === false) break;
  }
  return rows;
}

/** The audit in one of the formats, as text (CSV with its BOM). */
export function renderAudit(rows: AuditRow[], format: AuditFormat, locale: Locale, version: string, now = new Date()): string {
  const summary = summarize(rows, locale);
  if (format === 'csv') return toCsv(rows, locale);
  if (format === 'json') return JSON.stringify(toJson(rows, summary), null, 2) + '\n';
  return toHtml(rows, summary, locale, { generated: now, version });
}

function toJson(rows: AuditRow[], summary: AuditSummary): object {
  return { summary, rows };
}

/** The CLI command; returns the exit code (0 all ready, 1 something to fix, 2 nothing audited). */
export function auditCommand(paths: string[], options: AuditOptions): number {
  const { locale } = options;
  const collected = collectFiles(paths, locale);
  for (const p of collected.problems) process.stderr.write(`gongwen: ${p}\n`);
  if (collected.expanded) process.stderr.write(describeCollection(collected, locale));
  if (collected.files.length === 0) return 2;
  const progress = new Progress(process.stderr, locale);
  const rows = auditFiles(collected.files, locale, (done, total) => progress.update(done, total));
  progress.done();
  for (const r of rows) if (r.kind === 'unreadable') process.stderr.write(`gongwen: ${r.note}\n`);
  const text = renderAudit(rows, options.format, locale, options.version);
  if (options.output) {
    try {
      writeFileSync(options.output, text);
    } catch (e) {
      process.stderr.write(`gongwen: ${options.output}: ${cliText(locale, 'audit.unwritable')} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
    process.stderr.write(`${cliText(locale, 'audit.written', { file: options.output })}\n`);
  } else {
    process.stdout.write(text);
  }
  const reports = rows.filter((r) => r.kind === 'report');
  if (reports.length === 0 && rows.every((r) => r.kind === 'unreadable')) return 2;
  return reports.every((r) => r.verdict === 'ready') ? 0 : 1;
}
