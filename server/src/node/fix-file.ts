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
  const done = locale === 'zh' ? `已修复 ${fixed.applied} 处` : `fixed ${fixed.applied} problems`;
  if (path === '-') return { text: fixed.text, messages: `${name}: ${done}${locale === 'zh' ? '（修复后的全文输出到标准输出）' : ' (the fixed text is on stdout)'}\n`, stdout: spliced.bytes };
  if (!input.stat) return unchanged(`${name}: ${REFUSALS['not-regular'][locale]('')}\n`);
  const saved = saveAtomically(path, original, input.stat, spliced.bytes, save);
  if (!saved.saved) return unchanged(`${name}: ${REFUSALS[saved.reason][locale](saved.detail)}\n`);
  return { text: fixed.text, messages: `${name}: ${done}\n` };
}

const ENCODING_NAMES: Record<string, string> = { utf8: 'UTF-8', gb18030: 'GB18030', utf16le: 'UTF-16', utf16be: 'UTF-16' };

function lossyMessage(encoding: string, line: number, locale: Locale): string {
  const enc = ENCODING_NAMES[encoding] ?? encoding;
  return locale === 'zh'
    ? `未修复：第 ${line} 行有不是有效 ${enc} 的字节，修复要改写这一行，写回会丢失这些字节；文件未改动`
    : `not fixed: line ${line} holds bytes that are not valid ${enc} and a fix would rewrite that line, losing them; the file is unchanged`;
}

const REFUSALS: Record<SaveRefusal, Record<Locale, (detail: string) => string>> = {
  changed: {
    zh: () => '未修复：读取后文件已被修改（可能刚在编辑器中保存），为免覆盖新内容，文件未改动；请重新运行',
    en: () => 'not fixed: the file changed after it was read (saved in an editor?); it was left as it is so nothing is overwritten; run again',
  },
  'read-only': { zh: () => '未修复：文件是只读的，文件未改动', en: () => 'not fixed: the file is read-only; it is unchanged' },
  'hard-links': {
    zh: (n) => `未修复：文件有 ${n} 个硬链接，安全写回会让其他链接保留旧内容；文件未改动（确需修复请加 --break-hardlinks）`,
    en: (n) => `not fixed: the file has ${n} hard links and a safe write would leave the others with the old text; it is unchanged (add --break-hardlinks to fix it anyway)`,
  },
  'not-regular': {
    zh: () => '未修复：不是普通文件（管道、进程替换或设备），--fix 无法保存；修复请用“--fix -”从标准输入读入并输出修复后的全文',
    en: () => 'not fixed: not a regular file (a pipe, process substitution or device), --fix cannot save it; use "--fix -" to read stdin and print the fixed text',
  },
  folder: {
    zh: (dir) => `未修复：无法在文件所在的目录 ${displayPath(dir)} 中创建临时文件，无法安全保存；文件未改动`,
    en: (dir) => `not fixed: cannot create a temporary file in its folder ${displayPath(dir)} to save safely; the file is unchanged`,
  },
  'disk-full': { zh: () => '未修复：磁盘空间不足，文件未改动', en: () => 'not fixed: the disk is full; the file is unchanged' },
  failed: { zh: (code) => `未修复：保存失败（${code}），文件未改动`, en: (code) => `not fixed: saving failed (${code}); the file is unchanged` },
};

/** One line saying where a draft's bytes were not valid UTF-8 (read as U+FFFD), or '' when all were. */
export function decodingNote(path: string, input: Input, locale: Locale): string {
  if (input.invalidCount === 0) return '';
  const lines = [...new Set(input.invalid.map((o) => countLines(input.bytes, o)))];
  const more = input.invalidCount > input.invalid.length;
  const name = displayPath(path);
  return locale === 'zh'
    ? `${name}: 有 ${input.invalidCount} 处字节不是有效的 UTF-8（第 ${lines.join('、')} 行${more ? '等' : ''}，可能是从 Word 或网页粘贴的字符），已按 UTF-8 读取，这些字节按“\ufffd”检查\n`
    : `${name}: ${input.invalidCount} byte sequences are not valid UTF-8 (line ${lines.join(', ')}${more ? ', …' : ''}; pasted from Word or the web?); read as UTF-8 with each shown as U+FFFD\n`;
}
