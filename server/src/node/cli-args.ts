/**
 * The `gongwen` command line: options, per-command help, and Node's own parse errors
 * (ERR_PARSE_ARGS_*) turned into one-line Chinese (or English) usage messages.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../core';

/** Output formats per command; the first is the default. */
export const FORMATS = {
  check: ['text', 'json', 'sarif', 'github', 'junit'],
  outline: ['text', 'json'],
  audit: ['html', 'csv', 'json'],
  export: ['docx'],
} as const;

export type Command = keyof typeof FORMATS;

const OPTIONS = {
  format: { type: 'string' },
  fix: { type: 'boolean', default: false },
  'break-hardlinks': { type: 'boolean', default: false },
  rule: { type: 'string', multiple: true },
  locale: { type: 'string' },
  jobs: { type: 'string', short: 'j', default: '1' },
  quiet: { type: 'boolean', short: 'q', default: false },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies ParseArgsConfig['options'];

export type CliValues = ReturnType<typeof parseCli>['values'];

/** Parses argv; throws a `UsageError` whose message is already in the user's language. */
export function parseCli(argv: string[], locale: Locale) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(translateParseError(e as Error & { code?: string }, locale));
  }
}

export class UsageError extends Error {}

/** The locale before the options are read (for messages about the options themselves). */
export function localeOf(argv: string[]): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const value = i < 0 ? process.env.GONGWEN_LOCALE ?? '' : argv[i].includes('=') ? argv[i].slice(9) : argv[i + 1] ?? '';
  return /^en/i.test(value) ? 'en' : 'zh';
}

function translateParseError(e: Error & { code?: string }, locale: Locale): string {
  const option = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const zh = locale === 'zh';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return zh ? `未知选项：${option}（gongwen --help 列出全部选项）` : `unknown option: ${option} (gongwen --help lists them)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(e.message)
        ? zh ? `选项 ${option.split(' ')[0]} 缺少取值` : `option ${option.split(' ')[0]} needs a value`
        : zh ? `选项 ${option.split(' ')[0]} 不接受取值` : `option ${option.split(' ')[0]} takes no value`;
    default:
      return zh ? `无法解析命令行：${e.message}` : `cannot read the command line: ${e.message}`;
  }
}

const RULES_LINE = { zh: '规则：', en: 'Rules: ' };

/** Help for one command, or for the whole program when `command` is undefined. */
export function usage(command: string | undefined, locale: Locale, ruleIds: readonly string[]): string {
  const text = HELP[locale];
  const body = command === 'check' || command === 'outline' || command === 'audit' || command === 'export' ? text[command] : `${text.synopsis}\n\n${text.check}\n\n${text.outline}\n\n${text.audit}\n\n${text.export}`;
  return `${body}\n\n${text.exit}\n${RULES_LINE[locale]}${ruleIds.join(', ')}`;
}

const HELP = {
  zh: {
    synopsis: `用法：gongwen <命令> [选项] 路径...（命令：check、outline、audit、export；gongwen <命令> --help 查看该命令的选项）
  路径可以是文件、目录（递归）或通配符（如 "报告/**/*.txt"）
  gongwen --version   显示版本`,
    check: `gongwen check [选项] 文件、文件夹或通配符...（- 表示标准输入）
  --format 格式           text（默认）| json | sarif | github（GitHub 工作流注释）| junit
  --fix                   写回全部可安全修复的问题（--fix - 把修复后的文本打印到标准输出，报告改到标准错误）
  --break-hardlinks       与 --fix 同用：有多个硬链接的文件也修复（其他链接保留旧内容）
  --rule 规则ID           只检查这些规则（可重复）
  --quiet, -q             只报告错误（不报告警告、提示和建议）
  --jobs N, -j N          用 N 个线程并行检查（默认 1；0 表示每个 CPU 一个）
  --stdin-filename 名称   标准输入（-）在输出中显示的文件名
  --config 文件, -c 文件  使用这个配置文件（默认：从被检查文件所在文件夹向上找最近的 .gongwen.json）
  --locale zh|en          输出语言（默认中文；也可设环境变量 GONGWEN_LOCALE）
  --color, --no-color     终端输出是否着色（默认：终端上着色；设置 NO_COLOR 时不着色）`,
    outline: `gongwen outline [选项] 文件...
  --format 格式           text（默认）| json
  --config 文件, -c 文件  使用这个配置文件
  --locale zh|en          输出语言`,
    audit: `gongwen audit [选项] 路径...（审核汇总表：每份报告一行）
  --format 格式           html（默认）| csv | json
  --output 文件, -o 文件  写入文件（默认标准输出）
  --locale zh|en          输出语言`,
    export: `gongwen export [选项] 草稿（按 GB/T 9704-2012 版式导出 Word 文档；草稿可为 .txt、.gongwen 或 .docx）
  --output 文件, -o 文件  写入的 .docx（默认：草稿旁同名 .docx）
  --locale zh|en          输出语言`,
    exit: '退出码：0 无问题（或只有提示、建议）；1 有警告或错误；2 用法错误或没有一个文件能读取。',
  },
  en: {
    synopsis: `Usage: gongwen <command> [options] PATH... (commands: check, outline, audit, export; gongwen <command> --help for its options)
  A PATH is a file, a folder (recursive) or a glob such as "reports/**/*.txt"
  gongwen --version   print the version`,
    check: `gongwen check [options] FILE, FOLDER or GLOB... (- reads stdin)
  --format FORMAT         text (default) | json | sarif | github (workflow annotations) | junit
  --fix                   write back every safe fix (--fix - prints the fixed text to stdout, the report to stderr)
  --break-hardlinks       with --fix: fix files with several hard links too (the other links keep the old text)
  --rule ID               check only these rules (repeatable)
  --quiet, -q             report errors only (no warnings, info or hints)
  --jobs N, -j N          check in N threads (default 1; 0 means one per CPU)
  --stdin-filename NAME   the file name shown for stdin (-)
  --config FILE, -c FILE  use this configuration (default: the nearest .gongwen.json above each file)
  --locale zh|en          language of the output (default Chinese; or GONGWEN_LOCALE)
  --color, --no-color     colour the text output (default: on a terminal, unless NO_COLOR is set)`,
    outline: `gongwen outline [options] FILE...
  --format FORMAT         text (default) | json
  --config FILE, -c FILE  use this configuration
  --locale zh|en          language of the output`,
    audit: `gongwen audit [options] PATH... (the audit table: one row per report)
  --format FORMAT         html (default) | csv | json
  --output FILE, -o FILE  write to FILE (default stdout)
  --locale zh|en          language of the output`,
    export: `gongwen export [options] DRAFT (a GB/T 9704-2012 Word document; DRAFT a .txt, .gongwen or .docx)
  --output FILE, -o FILE  the .docx to write (default: beside the draft, same name)
  --locale zh|en          language of the output`,
    exit: 'Exit codes: 0 clean (or info and hints only); 1 warnings or errors found; 2 usage error or no file could be read.',
  },
};

/** Colour: --color / --no-color win, then NO_COLOR (any value), then FORCE_COLOR, then "is a terminal". */
export function wantsColor(values: { color?: boolean; 'no-color'?: boolean }, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY;
}
