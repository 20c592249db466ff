/**
 * `gongwen check --fix` for one input: apply the safe fixes, build the bytes to write (splice.ts),
 * and save them atomically (save.ts), or print them for `-`. Whatever is refused is said in one
 * line naming the file; the file is still checked (unfixed) and the run goes on with the others.
 */
import { fixAll, type LintOptions, type Locale } from '../core';
import { displayPath } from './display';
import type { Input } from './read-input';
import { saveAtomically, type SaveOptions, type SaveRefusal } from './save';
import { countLines, spliceFixed } from './splice';
import { cliText } from './strings';

export interface FixOutcome {
  /** The text to check from now on: the fixed text when it was saved, else what was read. */
  text: string;
  messages: string;
  /** For stdin: the bytes to print on stdout (the fixed text, or the input unchanged). */
  stdout?: Buffer;
}

export function fixInput(path: string, input: Input, options: LintOptions, save: SaveOptions = {}): FixOutcome {
  const locale = options.locale ?? 'zh';
  const name = displayPath(path);
  const original = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const fixed = fixAll(input.text, options);
  const unchanged = (messages: string): FixOutcome => ({ text: input.text, messages, stdout: path === '-' ? original : undefined });
  if (fixed.text === input.text) return unchanged('');
  const spliced = spliceFixed(input, fixed.text);
  if ('lossyLine' in spliced) return unchanged(`${name}: ${lossyMessage(input.encoding, spliced.lossyLine, locale)}\n`);
  const done = cliText(locale, 'fix.done', { n: fixed.applied });
  if (path === '-') return { text: fixed.text, messages: `${name}: ${done}${cliText(locale, 'fix.toStdout')}\n`, stdout: spliced.bytes };
  if (!input.stat) return unchanged(`${name}: ${refusal('not-regular', '', locale)}\n`);
  const saved = saveAtomically(path, original, input.stat, spliced.bytes, save);
  if (!saved.saved) return unchanged(`${name}: ${refusal(saved.reason, saved.detail, locale)}\n`);
  return { text: fixed.text, messages: `${name}: ${done}\n` };
}

const ENCODING_NAMES: Record<string, string> = { utf8: 'UTF-8', gb18030: 'GB18030', utf16le: 'UTF-16', utf16be: 'UTF-16' };

function lossyMessage(encoding: string, line: number, locale: Locale): string {
  return cliText(locale, 'fix.lossy', { line, encoding: ENCODING_NAMES[encoding] ?? encoding });
}

/** Why a save was refused, in one line; `detail` is the link count, the folder or the error code. */
function refusal(reason: SaveRefusal, detail: string, locale: Locale): string {
  return cliText(locale, `fix.${reason}`, { detail: reason === 'folder' ? displayPath(detail) : detail });
}

/** One line saying where a draft's bytes were not valid UTF-8 (read as U+FFFD), or '' when all were. */
export function decodingNote(path: string, input: Input, locale: Locale): string {
  if (input.invalidCount === 0) return '';
  const lines = [...new Set(input.invalid.map((o) => countLines(input.bytes, o)))];
  const more = input.invalidCount > input.invalid.length;
  const name = displayPath(path);
  const args = { count: input.invalidCount, lines: lines.join(cliText(locale, 'sep.list')), more: more ? cliText(locale, 'decode.more') : '' };
  return `${name}: ${cliText(locale, 'decode.invalid', args)}\n`;
}
