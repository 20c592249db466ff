/**
 * The `gongwen` command: `gongwen check [--format text|json|sarif] [--fix] [--rule ID]... [--jobs N] FILE...`
 * and `gongwen outline FILE`. Exit codes: 0 clean, 1 problems of warning or error severity,
 * 2 usage or read errors (always with a message, never a stack trace).
 */
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { lintText, RULE_IDS, type LintOptions, type Locale } from './core';
import { InputError, readInput } from './node/read-input';
import { formatText, toJson, toSarif, type FileResult } from './node/formats';
import { formatOutline } from './node/outline-text';
import { collectFiles, describeCollection } from './node/collect-files';
import { auditCommand } from './node/audit/command';
import { checkFile, checkInWorkers, isCheckWorker, serveCheckWorker, workerCount, type FileOutcome } from './node/parallel';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const USAGE = {
  zh: `用法：
  gongwen check [--format text|json|sarif] [--fix] [--rule 规则ID]... [--jobs N] [--locale zh|en] 文件... （- 表示标准输入）
    --jobs N, -j N  用 N 个线程并行检查（默认 1；0 表示每个 CPU 一个）
  gongwen outline [--locale zh|en] 路径...
  gongwen audit [--format html|csv|json] [-o 输出文件] [--locale zh|en] 路径...   （每份报告一行的审核汇总表）
  路径可以是文件、目录（递归）或通配符（如 "报告/**/*.txt"）
  gongwen --version | --help
退出码：0 无问题；1 有警告或错误；2 用法错误或无法读取文件。
规则：${RULE_IDS.join(', ')}`,
  en: `Usage:
  gongwen check [--format text|json|sarif] [--fix] [--rule ID]... [--jobs N] [--locale zh|en] FILE... (- reads stdin)
    --jobs N, -j N  check in N threads (default 1; 0 means one per CPU)
  gongwen outline [--locale zh|en] PATH...
  gongwen audit [--format html|csv|json] [-o FILE] [--locale zh|en] PATH...   (one row per report)
  A PATH is a file, a folder (recursive) or a glob such as "reports/**/*.txt"
  gongwen --version | --help
Exit codes: 0 clean; 1 warnings or errors found; 2 usage or read errors.
Rules: ${RULE_IDS.join(', ')}`,
};

export function main(argv: string[]): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' }, // check: text by default; audit: html
        fix: { type: 'boolean', default: false },
        rule: { type: 'string', multiple: true },
        locale: { type: 'string' },
        jobs: { type: 'string', short: 'j', default: '1' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return usageError((e as Error).message, 'zh');
  }
  const { values, positionals } = parsed;
  const locale: Locale = values.locale === 'en' || (!values.locale && /^en/i.test(process.env.GONGWEN_LOCALE ?? '')) ? 'en' : 'zh';
  if (values.version) return print(`${VERSION}\n`, 0);
  const [command, ...files] = positionals;
  if (values.help || !command) return print(`${USAGE[locale]}\n`, values.help ? 0 : 2, !values.help);
  if (values.locale && values.locale !== 'zh' && values.locale !== 'en') return usageError(`--locale: ${values.locale}`, locale);
  const unknown = (values.rule ?? []).filter((r) => !RULE_IDS.includes(r));
  if (unknown.length) return usageError(locale === 'zh' ? `未知规则：${unknown.join(', ')}` : `unknown rule: ${unknown.join(', ')}`, locale);
  if (command === 'audit') {
    const format = values.format ?? 'html';
    if (format !== 'html' && format !== 'csv' && format !== 'json') return usageError(`--format: ${values.format}`, locale);
    if (files.length === 0) return usageError(locale === 'zh' ? '缺少文件参数' : 'no file given', locale);
    return auditCommand(files, { format, output: values.output, locale, version: VERSION });
  }
  values.format ??= 'text';
  if (!['text', 'json', 'sarif'].includes(values.format)) return usageError(`--format: ${values.format}`, locale);
  const jobs = /^\d+$/.test(values.jobs ?? '') ? Number(values.jobs) : NaN;
  if (!Number.isSafeInteger(jobs)) return usageError(`--jobs: ${values.jobs}`, locale);
  if (files.length === 0) return usageError(locale === 'zh' ? '缺少文件参数' : 'no file given', locale);
  const options: LintOptions = { locale, only: values.rule };
  if (command === 'check' || command === 'outline') {
    const inputs = expandInputs(files, locale);
    if (inputs.length === 0) return 2;
    if (command === 'outline') return outline(inputs, options);
    return check(inputs, options, values.format as 'text' | 'json' | 'sarif', !!values.fix, jobs);
  }
  return usageError(locale === 'zh' ? `未知命令：${command}` : `unknown command: ${command}`, locale);
}

/** Folders and globs → report files (collect-files.ts); what gave nothing is said on stderr. */
function expandInputs(args: string[], locale: Locale): string[] {
  const collected = collectFiles(args, locale);
  for (const p of collected.problems) process.stderr.write(`gongwen: ${p}\n`);
  if (collected.expanded) process.stderr.write(describeCollection(collected, locale));
  return collected.files;
}

function check(files: string[], options: LintOptions, format: 'text' | 'json' | 'sarif', fix: boolean, jobs: number): number | Promise<number> {
  const report = (outcome: FileOutcome) => process.stderr.write(outcome.messages);
  const workers = workerCount(jobs, files, fix, __filename);
  if (workers > 1) return checkInWorkers(__filename, files, options, fix, workers, report).then((outcomes) => summarize(outcomes, options, format));
  return summarize(
    files.map((path) => {
      const outcome = checkFile(path, options, fix);
      report(outcome);
      return outcome;
    }),
    options,
    format,
  );
}

function summarize(outcomes: FileOutcome[], options: LintOptions, format: 'text' | 'json' | 'sarif'): number {
  const locale = options.locale ?? 'zh';
  const results: FileResult[] = [];
  for (const { path, result } of outcomes) if (result) results.push({ path, result });
  const readErrors = outcomes.length - results.length;
  if (format === 'text') process.stdout.write(formatText(results, locale));
  else process.stdout.write(JSON.stringify(format === 'json' ? toJson(results) : toSarif(results, locale, VERSION), null, 2) + '\n');
  // Unreadable files were reported on stderr; they fail the run only when nothing could be checked.
  if (readErrors && results.length === 0) return 2;
  return results.some((r) => r.result.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) ? 1 : 0;
}

function outline(files: string[], options: LintOptions): number {
  const locale = options.locale ?? 'zh';
  let printed = 0;
  for (const path of files) {
    try {
      const { text } = readInput(path, locale);
      process.stdout.write(formatOutline(path, lintText(text, options), locale));
      printed++;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`gongwen: ${e.message}\n`);
    }
  }
  return printed ? 0 : 2;
}

function usageError(message: string, locale: Locale): number {
  process.stderr.write(`gongwen: ${message}\n${USAGE[locale]}\n`);
  return 2;
}

function print(text: string, code: number, toStderr = false): number {
  (toStderr ? process.stderr : process.stdout).write(text);
  return code;
}

// A bug, not bad input: say so plainly, without a stack trace unless asked for.
function internalError(e: unknown): void {
  process.stderr.write(`gongwen: internal error: ${(e as Error).message}\n`);
  if (process.env.GONGWEN_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 2;
}

// `--jobs`: worker threads run this same bundle and check files instead of running the command.
if (isCheckWorker()) serveCheckWorker();
else if (require.main === module && isMainThread) {
  try {
    const code = main(process.argv.slice(2));
    if (typeof code === 'number') process.exitCode = code;
    else code.then((c) => (process.exitCode = c), internalError);
  } catch (e) {
    internalError(e);
  }
}
