/**
 * The `gongwen` command: `gongwen check [options] FILE...` and `gongwen outline [options] FILE...`
 * (options and help in node/cli-args.ts). Exit codes: 0 clean, 1 problems of warning or error
 * severity, 2 usage or read errors (always with a message, never a stack trace).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lintText, isLocale, RULE_IDS, type LintOptions, type Locale } from './core';
import { InputError, readInput } from './node/read-input';
import { formatText, toJson, toSarif, type FileResult } from './node/formats';
import { formatGithub, formatJunit } from './node/format-ci';
import { FORMATS, UsageError, localeOf, parseCli, usage, wantsColor, type CliValues } from './node/cli-args';
import { formatOutline, toOutlineJson } from './node/outline-text';
import { collectFiles, describeCollection } from './node/collect-files';
import { ConfigResolver, optionsFor } from './node/config-file';
import { auditCommand } from './node/audit/command';
import { exportCommand } from './node/export-command';
import { checkFile, checkInWorkers, isCheckWorker, serveCheckWorker, workerCount, type FileOutcome } from './node/parallel';
import type { SaveOptions } from './node/save';
import { cliText } from './node/strings';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** How a check run reports: its format, errors only or all, colour, the name shown for stdin. */
interface Output {
  format: (typeof FORMATS.check)[number];
  quiet: boolean;
  color: boolean;
  stdinName?: string;
}

export function main(argv: string[]): number | Promise<number> {
  let values: CliValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseCli(argv, localeOf(argv)));
  } catch (e) {
    if (e instanceof UsageError) return usageError(e.message, localeOf(argv), positionals0(argv));
    throw e;
  }
  const locale: Locale = localeOf(argv);
  if (values.version) return print(`${VERSION}\n`, 0);
  const [command, ...files] = positionals;
  if (values.help || !command) return print(`${usage(command, locale, RULE_IDS)}\n`, values.help ? 0 : 2, !values.help);
  if (command !== 'check' && command !== 'outline' && command !== 'audit' && command !== 'export') return usageError(cliText(locale, 'cli.unknownCommand', { command }), locale);
  if (values.locale && !isLocale(values.locale)) return usageError(`--locale: ${values.locale}`, locale, command);
  const unknown = (values.rule ?? []).filter((r) => !RULE_IDS.includes(r));
  if (unknown.length) return usageError(cliText(locale, 'cli.unknownRule', { rules: unknown.join(', ') }), locale, command);
  const formats: readonly string[] = FORMATS[command];
  const format = values.format ?? formats[0];
  if (!formats.includes(format)) return usageError(cliText(locale, 'cli.badFormat', { formats: formats.join(cliText(locale, 'sep.list')), format }), locale, command);
  if (command === 'export') {
    if (files.length !== 1) return usageError(cliText(locale, 'cli.exportOneFile'), locale, command);
    return exportCommand(files[0], values.output, { locale });
  }
  if (command === 'audit') {
    if (files.length === 0) return usageError(cliText(locale, 'cli.noFile'), locale, command);
    return auditCommand(files, { format: format as 'html' | 'csv' | 'json', output: values.output, locale, version: VERSION });
  }
  const jobs = /^\d+$/.test(values.jobs ?? '') ? Number(values.jobs) : NaN;
  if (!Number.isSafeInteger(jobs)) return usageError(`--jobs: ${values.jobs}`, locale, command);
  if (files.length === 0) return usageError(cliText(locale, 'cli.noFile'), locale, command);
  if (values.config !== undefined && !existsSync(values.config)) return usageError(cliText(locale, 'cli.noConfig', { file: values.config }), locale, command);
  // The nearest .gongwen.json applies per file (--config names one for all); a locale given on the
  // command line or in GONGWEN_LOCALE beats the file's.
  const explicitLocale = values.locale !== undefined || !!process.env.GONGWEN_LOCALE;
  const resolver = new ConfigResolver(locale, values.config === undefined ? undefined : path.resolve(values.config));
  const base: LintOptions = explicitLocale ? { locale, only: values.rule } : { only: values.rule };
  const inputs = expandInputs(files, locale);
  if (inputs.length === 0) return 2;
  const perFile = (file: string) => optionsFor(file, base, resolver, values['stdin-filename']);
  for (const file of inputs) perFile(file);
  for (const loaded of resolver.all()) for (const problem of loaded.problems) process.stderr.write(`gongwen: ${problem}\n`);
  const options: LintOptions = explicitLocale ? base : { ...base, locale: resolver.forDir(process.cwd())?.config.locale ?? locale };
  if (command === 'outline') return outline(inputs, options, format === 'json', perFile);
  const output: Output = {
    format: format as Output['format'],
    quiet: !!values.quiet,
    color: wantsColor(values, !!process.stdout.isTTY, process.env),
    stdinName: values['stdin-filename'],
  };
  return check(inputs, options, output, !!values.fix, jobs, { base, perFile, file: values.config === undefined ? undefined : path.resolve(values.config) }, { breakHardLinks: values['break-hardlinks'] });
}

// The command named before a parse error, so the usage printed is that command's.
function positionals0(argv: string[]): string | undefined {
  return argv.find((a) => a === 'check' || a === 'outline' || a === 'audit' || a === 'export');
}

/** Folders and globs → report files (collect-files.ts); what gave nothing is said on stderr. */
function expandInputs(args: string[], locale: Locale): string[] {
  const collected = collectFiles(args, locale);
  for (const p of collected.problems) process.stderr.write(`gongwen: ${p}\n`);
  if (collected.expanded) process.stderr.write(describeCollection(collected, locale));
  return collected.files;
}

/** How each file's options come about: the command line's `base`, the file's configuration applied. */
interface PerFile {
  base: LintOptions;
  perFile: (file: string) => LintOptions;
  /** --config, when given. */
  file?: string;
}

/** `options` are the run's (the summary's locale); each file is checked with its own (`config`). */
function check(files: string[], options: LintOptions, output: Output, fix: boolean, jobs: number, config: PerFile, save: SaveOptions): number | Promise<number> {
  const report = (outcome: FileOutcome) => process.stderr.write(outcome.messages);
  const workers = workerCount(jobs, files, fix, __filename);
  if (workers > 1) return checkInWorkers(__filename, files, config.base, fix, workers, report, save, config.file).then((outcomes) => summarize(outcomes, options, output));
  return summarize(
    files.map((path) => {
      const outcome = checkFile(path, config.perFile(path), fix, save);
      report(outcome);
      return outcome;
    }),
    options,
    output,
  );
}

function summarize(outcomes: FileOutcome[], options: LintOptions, output: Output): number {
  const locale = options.locale ?? 'zh';
  const results: FileResult[] = [];
  for (const { path, result, paragraphs } of outcomes) {
    // --quiet: errors only, in every format and in the exit code.
    if (result) results.push({ path, paragraphs, result: output.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result });
  }
  const readErrors = outcomes.length - results.length;
  // `--fix -` prints the fixed text on stdout; the report then goes to stderr.
  const fixedStdin = outcomes.find((o) => o.stdout)?.stdout;
  (fixedStdin ? process.stderr : process.stdout).write(render(results, locale, output));
  if (fixedStdin) process.stdout.write(fixedStdin);
  // Unreadable files were reported on stderr; they fail the run only when nothing could be checked.
  if (readErrors && results.length === 0) return 2;
  // An empty draft is one information finding in the editor, but no report passes a check.
  return results.some((r) => r.result.findings.some((f) => f.severity === 'error' || f.severity === 'warning' || f.rule === 'empty-draft')) ? 1 : 0;
}

function render(results: FileResult[], locale: Locale, { format, color, stdinName }: Output): string {
  const shown = stdinName === undefined ? results : results.map((r) => (r.path === '-' ? { ...r, path: stdinName } : r));
  switch (format) {
    case 'text': return formatText(shown, locale, color);
    case 'github': return formatGithub(shown);
    case 'junit': return formatJunit(shown, locale);
    case 'json': return JSON.stringify(toJson(shown), null, 2) + '\n';
    case 'sarif': return JSON.stringify(toSarif(results, locale, VERSION, process.cwd(), stdinName), null, 2) + '\n';
  }
}

function outline(files: string[], options: LintOptions, json: boolean, perFile: (file: string) => LintOptions): number {
  const locale = options.locale ?? 'zh';
  const done: FileResult[] = [];
  for (const path of files) {
    try {
      const { text } = readInput(path, locale);
      const result = lintText(text, perFile(path));
      if (!json) process.stdout.write(formatOutline(path, result, locale));
      done.push({ path, result });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`gongwen: ${e.message}\n`);
    }
  }
  if (json) process.stdout.write(JSON.stringify(toOutlineJson(done, locale), null, 2) + '\n');
  return done.length ? 0 : 2;
}

function usageError(message: string, locale: Locale, command?: string): number {
  process.stderr.write(`gongwen: ${message}\n${usage(command, locale, RULE_IDS)}\n`);
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
else if (require.main === module) {
  try {
    const code = main(process.argv.slice(2));
    if (typeof code === 'number') process.exitCode = code;
    else code.then((c) => (process.exitCode = c), internalError);
  } catch (e) {
    internalError(e);
  }
}
