/**
 * Reading and writing draft files in the encoding they came in: UTF-8 (with or without BOM),
 * UTF-16 (with a BOM, or recognised by its zero bytes), or GB18030/GBK (what Chinese Windows tools
 * save). Decoding says how faithful it was: a few bytes that are not UTF-8 in an otherwise UTF-8
 * draft (a Windows-1252 quote pasted from Word) are reported by position instead of deciding that
 * the whole file is GB18030. Writing back never re-encodes the decoded text wholesale: see
 * splice.ts, which keeps every byte outside the fixed spots.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as LegacyCodec from './legacy-codec';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** The file's bytes as read (BOM included). */
  bytes: Uint8Array;
  /** Byte offsets of the first few sequences that are not valid in `encoding` (each read as U+FFFD). */
  invalid: number[];
  /** How many such sequences there are in all (UTF-8 only; 0 for other encodings). */
  invalidCount: number;
}

export class BinaryFileError extends Error {}

/**
 * How many invalid sequences a draft may have and still be read as UTF-8: at most one per this many
 * valid non-ASCII characters. GBK read as UTF-8 gives about one valid sequence per four invalid ones
 * (measured on the seeds), a UTF-8 draft with pasted bytes hundreds of valid ones per invalid one.
 */
const UTF8_VALID_PER_INVALID = 3;
const INVALID_KEPT = 5;

/** Decodes a file's bytes; throws BinaryFileError for data that is not text. */
export function decode(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const done = (text: string, encoding: Encoding, bom: boolean, invalid: number[] = [], invalidCount = 0): Decoded => ({ text, encoding, bom, bytes, invalid, invalidCount });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const scan = scanUtf8(buf, 3);
    return done(new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf.subarray(3)), 'utf8', true, scan.invalid, scan.invalidCount);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(decodeUtf16(buf.subarray(2), 'utf16le'), 'utf16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(decodeUtf16(buf.subarray(2), 'utf16be'), 'utf16be', true);
  const validUtf8 = isUtf8(buf);
  const utf16 = sniffUtf16(buf, validUtf8);
  if (utf16) {
    const text = decodeUtf16(buf, utf16);
    if (controlShare(text) > 0.1) throw new BinaryFileError('binary');
    return done(text, utf16, false);
  }
  if (looksBinary(bytes)) throw new BinaryFileError('binary');
  // Valid UTF-8 is UTF-8, even when the same bytes are also valid GBK: nothing is lost either way.
  if (validUtf8) return done(buf.toString('utf8'), 'utf8', false);
  const scan = scanUtf8(buf, 0);
  if (scan.validMultibyte > 0 && scan.invalidCount * UTF8_VALID_PER_INVALID <= scan.validMultibyte) {
    return done(new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf), 'utf8', false, scan.invalid, scan.invalidCount);
  }
  // Anything else from a Chinese office is GB18030 (a superset of GBK).
  return done(legacyCodec().decode(buf, 'gb18030'), 'gb18030', false);
}

/** The bytes of `text` in `encoding`, with the BOM when `bom`. */
export function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
  const body = encoding === 'utf8' ? Buffer.from(text, 'utf8') : encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : legacyCodec().encode(text, encoding);
  if (!bom) return body;
  return Buffer.concat([Buffer.from(BOMS[encoding]), body]);
}

/** The byte-order mark of each encoding (GB18030 files carry none). */
export const BOMS: Record<Encoding, number[]> = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff], gb18030: [] };

function decodeUtf16(buf: Buffer, encoding: 'utf16le' | 'utf16be'): string {
  return new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(buf);
}

/**
 * The length of the UTF-8 sequence at `i` if it is valid, else minus the length of its maximal
 * invalid prefix (what a WHATWG decoder turns into one U+FFFD), so positions match TextDecoder's.
 */
export function utf8Step(b: Uint8Array, i: number): number {
  const b0 = b[i];
  if (b0 < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const c = b[i + k];
    if (c === undefined || c < lo || c > hi) return -k;
    lo = 0x80;
    hi = 0xbf;
  }
  return need + 1;
}

interface Utf8Scan {
  validMultibyte: number;
  invalidCount: number;
  invalid: number[];
}

function scanUtf8(b: Uint8Array, from: number): Utf8Scan {
  const scan: Utf8Scan = { validMultibyte: 0, invalidCount: 0, invalid: [] };
  for (let i = from; i < b.length; ) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8Step(b, i);
    if (n > 0) scan.validMultibyte++;
    else {
      if (scan.invalidCount++ < INVALID_KEPT) scan.invalid.push(i);
    }
    i += Math.abs(n);
  }
  return scan;
}

/**
 * UTF-16 without a BOM (Notepad's "Unicode" minus its mark, some exports): read as 16-bit units,
 * nearly all of them are then characters a report is written in (ASCII, CJK ideographs, CJK and
 * full-width punctuation). UTF-8 and GBK bytes read that way give about one unit in three and one in
 * fifty. Text without zero bytes that is valid UTF-8 stays UTF-8 (ASCII pairs look like CJK units).
 */
function sniffUtf16(b: Uint8Array, validUtf8: boolean): 'utf16le' | 'utf16be' | null {
  if (b.length < 2 || b.length % 2 !== 0) return null;
  const n = Math.min(b.length, 8192);
  let hasNul = false;
  for (let i = 0; i < n && !hasNul; i++) hasNul = b[i] === 0;
  if (!hasNul && validUtf8) return null;
  const le = textShare(b, n, true);
  const be = textShare(b, n, false);
  if (Math.max(le, be) < 0.9) return null;
  return le >= be ? 'utf16le' : 'utf16be';
}

function textShare(b: Uint8Array, n: number, le: boolean): number {
  let text = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    const c = le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1];
    if (
      c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0x7e) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)
    )
      text++;
  }
  return text / (n >> 1);
}

function controlShare(text: string): number {
  const n = Math.min(text.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return n > 0 ? control / n : 0;
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

let codec: typeof LegacyCodec | undefined;

/**
 * iconv-lite's GB18030 tables are five sixths of the CLI bundle: they live in their own bundle
 * (dist/legacy-codec.js) and load only when a file that is not UTF-8 or UTF-16 turns up.
 */
function legacyCodec(): typeof LegacyCodec {
  if (!codec) {
    const bundled = path.join(__dirname, 'legacy-codec.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    codec = require(existsSync(bundled) ? bundled : path.join(__dirname, 'legacy-codec.ts')) as typeof LegacyCodec;
  }
  return codec;
}
