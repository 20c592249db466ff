/**
 * Reading and writing draft files in the encoding they came in: UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK (what Chinese Windows tools save). Writing keeps the
 * encoding and the BOM, so `--fix` changes only the fixed text.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

export class BinaryFileError extends Error {}

/** Decodes a file's bytes; throws BinaryFileError for data that is not text. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16le'), encoding: 'utf16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16be'), encoding: 'utf16be', bom: true };
  if (looksBinary(bytes)) throw new BinaryFileError('binary');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Valid UTF-8 is UTF-8; anything else from a Chinese office is GB18030 (a superset of GBK).
  if (isUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf8', bom: false };
  return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030', bom: false };
}

export function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
  const body = encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding);
  if (!bom) return body;
  const marks: Record<Encoding, number[]> = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff], gb18030: [] };
  return Buffer.concat([Buffer.from(marks[encoding]), body]);
}

/** NUL bytes, or many control characters, in the first 8 KB mean this is not a text draft. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}
