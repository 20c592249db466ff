/** Reading one CLI input (a path or `-` for stdin) with a clear, localised error instead of a stack trace. */
import { readFileSync, statSync } from 'node:fs';
import { BinaryFileError, decode, type Decoded } from './encoding';
import type { Locale } from '../core';

export class InputError extends Error {}

const MESSAGES = {
  ENOENT: { zh: '找不到文件', en: 'no such file' },
  EISDIR: { zh: '是目录，不是文件', en: 'is a directory, not a file' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
  binary: { zh: '是二进制文件，不是文本草稿，未检查', en: 'is a binary file, not a text draft; not checked' },
  other: { zh: '无法读取', en: 'cannot be read' },
};

export function readInput(path: string, locale: Locale): Decoded {
  try {
    if (path !== '-' && statSync(path).isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    const bytes = readFileSync(path === '-' ? 0 : path);
    return decode(bytes);
  } catch (e) {
    const code = e instanceof BinaryFileError ? 'binary' : ((e as NodeJS.ErrnoException).code ?? 'other');
    const msg = MESSAGES[code as keyof typeof MESSAGES] ?? MESSAGES.other;
    throw new InputError(`${path}: ${msg[locale]}${code === 'other' ? ` (${(e as Error).message})` : ''}`);
  }
}
