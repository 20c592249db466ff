/**
 * GB18030 (and UTF-16BE) through iconv-lite, built as its own bundle (dist/legacy-codec.js) so that
 * a run over UTF-8 drafts never loads its tables. encoding.ts is the only caller.
 */
import iconv from 'iconv-lite';

export function decode(bytes: Buffer, encoding: string): string {
  return iconv.decode(bytes, encoding);
}

export function encode(text: string, encoding: string): Buffer {
  return iconv.encode(text, encoding);
}
