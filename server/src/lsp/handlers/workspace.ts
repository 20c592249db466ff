/**
 * Checking report files that are not open (检查工作区全部报告) and the audit page (生成审核汇总表).
 * The server reads the files from disk with the CLI's own reader (encodings, binary detection) and
 * selection (collect-files.ts: report types, node_modules, hidden folders, .gongwenignore), so the
 * editor and `gongwen check DIR` agree on what a workspace holds. Findings of a closed file are
 * published like an open one's; once the file is opened its live diagnostics replace them, and when
 * it is closed again it is re-read from disk instead of cleared.
 */
import type { LintOptions } from '../../core/index';
import { lintText } from '../../core/index';
import type {
  AuditParams,
  AuditResult,
  CheckFilesParams,
  CheckFilesResult,
  ListReportFilesParams,
  ListReportFilesResult,
} from '../../protocol';
import { auditFiles, renderAudit } from '../../node/audit/command';
import { isReportLike } from '../../node/audit/row';
import { collectFiles } from '../../node/collect-files';
import { InputError, readInput } from '../../node/read-input';
import { toDiagnostic } from '../convert';
import type { ServerContext } from '../context';
import path from 'node:path';
import { isMarkdownPath } from '../../report-detect';

declare const __VERSION__: string | undefined;

export class WorkspaceChecks {
  /** URIs whose diagnostics came from disk; re-read on close. Path kept to read it again. */
  private readonly fromDisk = new Map<string, string>();

  constructor(
    private readonly ctx: ServerContext,
    /** The options for a file: the settings with its `.gongwen.json` applied, Markdown when it is `.md`. */
    private readonly options: (uri: string, markdown: boolean) => LintOptions,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  /** The report files under each folder, as absolute paths, with what gave nothing. */
  list(params: ListReportFilesParams): ListReportFilesResult {
    const locale = this.locale();
    const files: string[] = [];
    const problems: string[] = [];
    for (const folder of params.folders) {
      const root = params.root ?? folder;
      const c = collectFiles([folder], locale, root, root);
      files.push(...c.files.map((f) => path.resolve(root, f)));
      problems.push(...c.problems.map((p) => `${folder}: ${p}`));
    }
    return { files, problems };
  }

  /** Reads, checks and publishes each file that is not open; unreadable ones come back as messages. */
  check(params: CheckFilesParams): CheckFilesResult {
    const result: CheckFilesResult = { checked: 0, skippedOpen: 0, notReports: 0, unreadable: [] };
    for (const { uri, path: file } of params.files) {
      if (this.isOpen(uri)) {
        result.skippedOpen++;
        continue;
      }
      const outcome = this.publishFromDisk(uri, file);
      if (outcome === 'checked') result.checked++;
      else if (outcome === 'not-report') result.notReports++;
      else result.unreadable.push({ path: file, message: outcome.error });
    }
    return result;
  }

  /** After a close: a file the workspace check covered keeps its (re-read) findings. */
  onClose(uri: string): boolean {
    const file = this.fromDisk.get(uri);
    if (file === undefined) return false;
    this.publishFromDisk(uri, file);
    return true;
  }

  audit(params: AuditParams): AuditResult {
    const locale = this.locale();
    const cwd = params.cwd ?? process.cwd();
    // Paths in the page relative to the audited folder, as an office would quote them.
    const files = collectFiles(params.paths, locale, cwd, cwd).files.map((f) => {
      const rel = path.relative(cwd, path.resolve(cwd, f));
      return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : f;
    });
    const rows = auditFiles(files, locale, undefined, cwd);
    const html = renderAudit(rows, 'html', locale, typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev');
    return { html, files: rows.length, reports: rows.filter((r) => r.kind === 'report').length };
  }

  /** The settings' locale (a folder's own `.gongwen.json` may change it per file). */
  private locale() {
    return this.options('', false).locale ?? 'zh';
  }

  private publishFromDisk(uri: string, file: string): 'checked' | 'not-report' | { error: string } {
    // The same options as `gongwen check FILE`: its .gongwen.json, and a .md read as Markdown.
    const options = this.options(uri, isMarkdownPath(file));
    try {
      const { text } = readInput(file, options.locale ?? 'zh');
      const result = lintText(text, options);
      this.fromDisk.set(uri, file);
      // A note or a README among the reports is not failed on four missing sections (as in the audit).
      if (!isReportLike(result)) {
        void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
        return 'not-report';
      }
      const { findings } = result;
      // No fixes: they would apply to a text the editor has not loaded; opening the file re-checks it.
      void this.ctx.connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic({ ...f, fixes: [] }, 0, uri)) });
      return 'checked';
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      this.fromDisk.delete(uri);
      void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
      return { error: e.message };
    }
  }
}
