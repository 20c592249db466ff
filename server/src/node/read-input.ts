/**
 * Reading one CLI input (a path, or `-` for stdin) with a clear, localised reason instead of a
 * stack trace or a hang: devices (`/dev/zero`) are refused before any byte is read, everything is
 * read up to MAX_INPUT_BYTES and no further, and a FIFO is not opened for `--fix` (nothing could be
 * written back, and opening one without a writer blocks forever). A regular file's identity at
 * read time comes back with it, so save.ts can tell whether it changed before writing.
 */
import { closeSync, fstatSync, openSync, readSync, statSync, type BigIntStats } from 'node:fs';
import { BinaryFileError, decode, type Decoded } from './encoding';
import { displayPath } from './display';
import type { Locale } from '../core';
import { loadWord } from './word';
import { DOCX_MESSAGES } from './docx/messages';

/** The most a draft may hold; more is refused with a message (documented in README.md). */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;
export const MAX_INPUT_MB = MAX_INPUT_BYTES / 1024 / 1024;

export class InputError extends Error {}

/**
 * A decoded input; `stat` is the regular file's state when it was read (null for stdin and pipes).
 * For a Word document (`format` 'docx'), `paragraphs[i]` is the paragraph line i came from (1-based).
 */
export interface Input extends Decoded {
  stat: BigIntStats | null;
  format: 'text' | 'docx';
  paragraphs?: number[];
}

type Reason = keyof typeof MESSAGES;

const MESSAGES = {
  ENOENT: { zh: '找不到文件', en: 'no such file' },
  EISDIR: { zh: '是目录，不是文件', en: 'is a directory, not a file' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
  ELOOP: { zh: '符号链接形成循环（或嵌套过深），找不到实际文件', en: 'symbolic link loop (or too many levels of links): no file at the end' },
  ENOTDIR: { zh: '路径中有一段不是目录', en: 'a component of the path is not a directory' },
  ENAMETOOLONG: { zh: '路径过长', en: 'path too long' },
  binary: { zh: '是二进制文件，不是文本草稿，未检查', en: 'is a binary file, not a text draft; not checked' },
  ...DOCX_MESSAGES,
  device: { zh: '是设备文件，不是文本草稿，未读取', en: 'is a device, not a text draft; not read' },
  socket: { zh: '是套接字，不是文本草稿，未读取', en: 'is a socket, not a text draft; not read' },
  fifoFix: {
    zh: '是管道（FIFO 或进程替换），--fix 无法把修复写回，未读取；检查请去掉 --fix，修复请用“--fix -”从标准输入读入并输出修复后的全文',
    en: 'is a pipe (FIFO or process substitution): --fix cannot write to it; not read. Check it without --fix, or use "--fix -" to read stdin and print the fixed text',
  },
  tooBig: { zh: `超过 ${MAX_INPUT_MB} MB 的上限，未检查`, en: `is over the ${MAX_INPUT_MB} MB limit; not checked` },
  other: { zh: '无法读取', en: 'cannot be read' },
};

/** Reads and decodes `path` (`-`: stdin). `forFix`: the caller means to write the file back. */
export function readInput(path: string, locale: Locale, forFix = false): Input {
  const fail = (reason: Reason, detail = ''): never => {
    throw new InputError(`${displayPath(path)}: ${MESSAGES[reason][locale]}${detail}`);
  };
  try {
    if (path === '-') return { ...decodeDraft(readCapped(0, path, fail), path), stat: null };
    const st = statSync(path, { bigint: true });
    if (st.isDirectory()) fail('EISDIR');
    if (st.isCharacterDevice() || st.isBlockDevice()) fail('device');
    if (st.isSocket()) fail('socket');
    if (st.isFIFO() && forFix) fail('fifoFix');
    if (st.isFile() && st.size > BigInt(MAX_INPUT_BYTES)) fail('tooBig', sizeNote(Number(st.size), locale));
    const fd = openSync(path, 'r');
    try {
      // The state of what was opened, not of what the path named a moment earlier.
      const opened = fstatSync(fd, { bigint: true });
      const bytes = readCapped(fd, path, fail, opened.isFile() ? Number(opened.size) + 1 : CHUNK);
      return { ...decodeDraft(bytes, path), stat: opened.isFile() ? opened : null };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof BinaryFileError) return fail('binary');
    const docxError = (e as { docxError?: Reason }).docxError;
    if (docxError && docxError in MESSAGES) return fail(docxError);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code in MESSAGES) return fail(code as Reason);
    return fail('other', ` (${(e as Error).message})`);
  }
}

/** Zip (a .docx) and OLE compound files (.doc, .wps, encrypted .docx) by their first bytes. */
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07);
const isCompound = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * Text drafts are decoded; Word documents (by name, or on stdin by content) are read as Word shows
 * them (./docx, loaded on first use). A .doc or .wps that is not a zip is a binary format (or HTML
 * or RTF saved under that name): one line asking for .docx. Any other zip is just a binary file.
 */
function decodeDraft(bytes: Buffer, path: string): Decoded & Pick<Input, 'format' | 'paragraphs'> {
  const legacyName = /\.(?:doc|dot|wps|wpt)$/i.test(path);
  if (legacyName && !isZip(bytes)) throw Object.assign(new Error('legacy'), { docxError: 'legacy' });
  if (legacyName || /\.(?:docx|docm|dotx|dotm)$/i.test(path) || (path === '-' && (isZip(bytes) || isCompound(bytes)))) {
    const word = loadWord().readDocx(bytes);
    return { text: word.text, encoding: 'utf8', bom: false, bytes, invalid: [], invalidCount: 0, format: 'docx', paragraphs: word.lines.map((l) => l.paragraph) };
  }
  return { ...decode(bytes), format: 'text' };
}

/**
 * One report file as text, whatever its format (.txt/.gongwen in any supported encoding, or
 * .docx), for every command that reads drafts (check, outline, audit, export). Throws InputError
 * with a one-line localised message.
 */
export const readReportFile = readInput;

function sizeNote(bytes: number, locale: Locale): string {
  const mb = (bytes / 1024 / 1024).toFixed(0);
  return locale === 'zh' ? `（${mb} MB）` : ` (${mb} MB)`;
}

const CHUNK = 1 << 20;

/**
 * Every byte of `fd` up to the cap. A closed stdin reads as empty; a non-blocking one that has
 * nothing yet is waited on rather than taken for the end.
 */
function readCapped(fd: number, path: string, fail: (reason: Reason, detail?: string) => never, sizeHint = CHUNK): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  // A regular file is read in one go (its size + 1, to see the end); anything else in chunks.
  let size = Math.min(Math.max(sizeHint, 1), MAX_INPUT_BYTES + 1);
  for (;;) {
    const chunk = Buffer.allocUnsafe(size);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, size, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF' || (code === 'EBADF' && fd === 0 && path === '-')) break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(n === size ? chunk : chunk.subarray(0, n));
    total += n;
    size = CHUNK;
    if (total > MAX_INPUT_BYTES) fail('tooBig', '');
  }
  return Buffer.concat(chunks, total);
}
