/**
 * The `gongwen` command line: options, per-command help, and Node's own parse errors
 * (ERR_PARSE_ARGS_*) turned into one-line Chinese (or English) usage messages.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../core';
import { cliText, type CliStringId } from './strings';

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
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return cliText(locale, 'args.unknownOption', { option });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return cliText(locale, /argument missing/.test(e.message) ? 'args.missingValue' : 'args.unexpectedValue', { option: option.split(' ')[0] });
    default:
      return cliText(locale, 'args.unparsable', { error: e.message });
  }
}

/** Help for one command, or for the whole program when `command` is undefined. */
export function usage(command: string | undefined, locale: Locale, ruleIds: readonly string[]): string {
  const t = (id: CliStringId) => cliText(locale, id);
  const body = command === 'check' || command === 'outline' || command === 'audit' || command === 'export' ? t(`help.${command}`) : [t('help.synopsis'), t('help.check'), t('help.outline'), t('help.audit'), t('help.export')].join('\n\n');
  return `${body}\n\n${t('help.exit')}\n${t('help.rules')}${ruleIds.join(', ')}`;
}

/** Colour: --color / --no-color win, then NO_COLOR (any value), then FORCE_COLOR, then "is a terminal". */
export function wantsColor(values: { color?: boolean; 'no-color'?: boolean }, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY;
}
