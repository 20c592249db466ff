/**
 * The `gongwen` command: `gongwen check [--format text|json|sarif] [--fix] [--rule ID]... FILE...`
 * and `gongwen outline FILE`. Exit codes: 0 clean, 1 problems of warning or error severity,
 * 2 usage or read errors (always with a message, never a stack trace).
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { lintText, MAX_FINDINGS_PER_RULE } from './core/lint';
import { fixAll } from './core/fix';
import { RULE_IDS } from './core/rules/index';
import type { LintOptions, Locale } from './core/rules/types';
import { encode } from './node/encoding';
import { InputError, readInput } from './node/read-input';
import { formatText, toJson, toSarif, type FileResult } from './node/formats';
import { formatOutline } from './node/outline-text';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const USAGE = {
  zh: `用法：
  gongwen check [--format text|json|sarif] [--fix] [--rule 规则ID]... [--locale zh|en] 文件... （- 表示标准输入）
  gongwen outline [--locale zh|en] 文件
  gongwen --version | --help
退出码：0 无问题；1 有警告或错误；2 用法错误或无法读取文件。
规则：${RULE_IDS.join(', ')}`,
  en: `Usage:
  gongwen check [--format text|json|sarif] [--fix] [--rule ID]... [--locale zh|en] FILE... (- reads stdin)
  gongwen outline [--locale zh|en] FILE
  gongwen --version | --help
Exit codes: 0 clean; 1 warnings or errors found; 2 usage or read errors.
Rules: ${RULE_IDS.join(', ')}`,
};

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        fix: { type: 'boolean', default: false },
        rule: { type: 'string', multiple: true },
        locale: { type: 'string' },
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
  if (!['text', 'json', 'sarif'].includes(values.format ?? '')) return usageError(`--format: ${values.format}`, locale);
  if (files.length === 0) return usageError(locale === 'zh' ? '缺少文件参数' : 'no file given', locale);
  const options: LintOptions = { locale, only: values.rule };
  if (command === 'check') return check(files, options, values.format as 'text' | 'json' | 'sarif', !!values.fix);
  if (command === 'outline') return outline(files, options);
  return usageError(locale === 'zh' ? `未知命令：${command}` : `unknown command: ${command}`, locale);
}

function check(files: string[], options: LintOptions, format: 'text' | 'json' | 'sarif', fix: boolean): number {
  const locale = options.locale ?? 'zh';
  const results: FileResult[] = [];
  let readErrors = 0;
  for (const path of files) {
    try {
      const input = readInput(path, locale);
      let text = input.text;
      if (text.length === 0) process.stderr.write(`${path}: ${locale === 'zh' ? '文件为空' : 'file is empty'}\n`);
      if (fix && path !== '-') {
        const fixed = fixAll(text, options);
        if (fixed.text !== text) {
          writeFileSync(path, encode(fixed.text, input.encoding, input.bom));
          process.stderr.write(`${path}: ${locale === 'zh' ? `已修复 ${fixed.applied} 处` : `fixed ${fixed.applied} problems`}\n`);
          text = fixed.text;
        }
      }
      const result = lintText(text, options);
      for (const f of result.failures) process.stderr.write(`${path}: internal error in rule ${f.rule}: ${f.error.split('\n')[0]}\n`);
      for (const id of result.truncated) {
        process.stderr.write(`${path}: ${locale === 'zh' ? `规则 ${id} 的问题超过 ${MAX_FINDINGS_PER_RULE} 个，其余未列出` : `rule ${id}: more than ${MAX_FINDINGS_PER_RULE} problems, the rest not listed`}\n`);
      }
      results.push({ path, result });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`gongwen: ${e.message}\n`);
      readErrors++;
    }
  }
  if (format === 'text') process.stdout.write(formatText(results, locale));
  else process.stdout.write(JSON.stringify(format === 'json' ? toJson(results) : toSarif(results, locale, VERSION), null, 2) + '\n');
  if (readErrors) return 2;
  return results.some((r) => r.result.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) ? 1 : 0;
}

function outline(files: string[], options: LintOptions): number {
  const locale = options.locale ?? 'zh';
  let status = 0;
  for (const path of files) {
    try {
      const { text } = readInput(path, locale);
      process.stdout.write(formatOutline(path, lintText(text, options), locale));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`gongwen: ${e.message}\n`);
      status = 2;
    }
  }
  return status;
}

function usageError(message: string, locale: Locale): number {
  process.stderr.write(`gongwen: ${message}\n${USAGE[locale]}\n`);
  return 2;
}

function print(text: string, code: number, toStderr = false): number {
  (toStderr ? process.stderr : process.stdout).write(text);
  return code;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    // A bug, not bad input: say so plainly, without a stack trace unless asked for.
    process.stderr.write(`gongwen: internal error: ${(e as Error).message}\n`);
    if (process.env.GONGWEN_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 2;
  }
}
