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
import { DOCX_ERROR_KINDS, docxErrorText } from './docx/messages';
import type { DocxErrorKind } from './docx/read';
import { cliText } from './strings';

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

/** Why a file was not read; each has its line in the string table (`read.<reason>`, or `docx.<kind>`). */
const REASONS = ['ENOENT', 'EISDIR', 'EACCES', 'EPERM', 'ELOOP', 'ENOTDIR', 'ENAMETOOLONG', 'binary', 'device', 'socket', 'fifoFix', 'tooBig', 'other'] as const;
type Reason = (typeof REASONS)[number] | DocxErrorKind;
const isReason = (s: string): s is Reason => (REASONS as readonly string[]).includes(s) || (DOCX_ERROR_KINDS as readonly string[]).includes(s);

function reasonText(reason: Reason, locale: Locale): string {
  return (DOCX_ERROR_KINDS as readonly string[]).includes(reason) ? docxErrorText(reason as DocxErrorKind, locale) : cliText(locale, `read.${reason as (typeof REASONS)[number]}`, { mb: MAX_INPUT_MB });
}

/** Reads and decodes `path` (`-`: stdin). `forFix`: the caller means to write the file back. */
export function readInput(path: string, locale: Locale, forFix = false): Input {
  const fail = (reason: Reason, detail = ''): never => {
    throw new InputError(`${displayPath(path)}: ${reasonText(reason, locale)}${detail}`);
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
    if (docxError && isReason(docxError)) return fail(docxError);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (isReason(code)) return fail(code);
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
  return cliText(locale, 'read.size', { mb });
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
