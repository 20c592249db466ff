/**
 * The bytes `--fix` writes: the original bytes wherever the text did not change, and the fixed
 * text encoded only where it did. So a file whose decoding was not faithful (a stray Windows-1252
 * quote in UTF-8, a GBK code GB18030 maps differently) comes back byte for byte outside the fixed
 * spots, and a fix that would have to re-encode bytes that were not read faithfully is refused
 * instead of writing replacement characters into the author's draft.
 */
import { BOMS, decode, encode, utf8Step, type Decoded } from './encoding';

/** The bytes to write, or the 1-based line whose unreadable bytes a fix would have rewritten. */
export type Splice = { bytes: Buffer } | { lossyLine: number };

export function spliceFixed(d: Decoded, fixed: string): Splice {
  const all = Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength);
  if (d.encoding === 'utf16le' || d.encoding === 'utf16be') {
    // UTF-16 decodes faithfully unless it holds lone surrogates or an odd byte: then refuse whole.
    if (!encode(d.text, d.encoding, d.bom).equals(all)) return { lossyLine: firstLossyLine(d) };
    return { bytes: encode(fixed, d.encoding, d.bom) };
  }
  // UTF-8 and GB18030 never use the byte 0x0A inside a character: byte lines are text lines.
  const bomLength = d.bom ? BOMS[d.encoding].length : 0;
  const byteLines = splitLines(all, bomLength);
  const oldLines = d.text.split('\n');
  const newLines = fixed.split('\n');
  if (byteLines.length !== oldLines.length) return wholeFile(d, all, fixed);
  const lineBytes = (i: number) => all.subarray(byteLines[i][0], byteLines[i][1]);
  // The bytes of each line of the fixed text, joined with 0x0A at the end.
  const out: Buffer[] = [];
  if (oldLines.length === newLines.length) {
    for (let i = 0; i < oldLines.length; i++) {
      if (oldLines[i] === newLines[i]) {
        out.push(lineBytes(i));
        continue;
      }
      const line = spliceLine(d, lineBytes(i), oldLines[i], newLines[i]);
      if (!line) return { lossyLine: i + 1 };
      out.push(line);
    }
  } else {
    // Lines added or removed: keep the common head and tail, re-encode the middle if it is faithful.
    let head = 0;
    while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head++;
    let tail = 0;
    while (tail < oldLines.length - head && tail < newLines.length - head && oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail]) tail++;
    for (let i = head; i < oldLines.length - tail; i++) if (!encode(oldLines[i], d.encoding, false).equals(lineBytes(i))) return { lossyLine: i + 1 };
    for (let i = 0; i < head; i++) out.push(lineBytes(i));
    for (let i = head; i < newLines.length - tail; i++) out.push(encode(newLines[i], d.encoding, false));
    for (let i = oldLines.length - tail; i < oldLines.length; i++) out.push(lineBytes(i));
  }
  const parts: Buffer[] = [all.subarray(0, bomLength)];
  out.forEach((line, i) => (i === 0 ? parts.push(line) : parts.push(NEWLINE, line)));
  return verified(d, Buffer.concat(parts), fixed);
}

const NEWLINE = Buffer.from([0x0a]);

/** One changed line: re-encoded whole when faithful, else spliced around its common head and tail (UTF-8). */
function spliceLine(d: Decoded, bytes: Buffer, oldLine: string, newLine: string): Buffer | null {
  if (encode(oldLine, d.encoding, false).equals(bytes)) return encode(newLine, d.encoding, false);
  if (d.encoding !== 'utf8') return null;
  let head = 0;
  while (head < oldLine.length && head < newLine.length && oldLine[head] === newLine[head]) head++;
  let tail = 0;
  while (tail < oldLine.length - head && tail < newLine.length - head && oldLine[oldLine.length - 1 - tail] === newLine[newLine.length - 1 - tail]) tail++;
  // Never cut a surrogate pair in two.
  if (head > 0 && isHigh(oldLine.charCodeAt(head - 1))) head--;
  if (tail > 0 && isLow(oldLine.charCodeAt(oldLine.length - tail))) tail--;
  const start = utf8ByteOffset(bytes, oldLine, head);
  const end = utf8ByteOffset(bytes, oldLine, oldLine.length - tail);
  if (start === null || end === null) return null;
  const changed = oldLine.slice(head, oldLine.length - tail);
  if (!Buffer.from(changed, 'utf8').equals(bytes.subarray(start, end))) return null;
  return Buffer.concat([bytes.subarray(0, start), Buffer.from(newLine.slice(head, newLine.length - tail), 'utf8'), bytes.subarray(end)]);
}

/** The byte offset in `bytes` where character `index` of `text` (its decoding) starts. */
function utf8ByteOffset(bytes: Buffer, text: string, index: number): number | null {
  let b = 0;
  for (let t = 0; t < index; ) {
    if (b >= bytes.length) return null;
    const step = utf8Step(bytes, b);
    if (step < 0) {
      // An invalid sequence: TextDecoder made it one U+FFFD.
      if (text.charCodeAt(t) !== 0xfffd) return null;
      b -= step;
      t++;
    } else {
      b += step;
      t += step === 4 ? 2 : 1;
    }
  }
  return b;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function splitLines(all: Buffer, from: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let start = from;
  for (let i = all.indexOf(0x0a, from); i !== -1; i = all.indexOf(0x0a, start)) {
    lines.push([start, i]);
    start = i + 1;
  }
  lines.push([start, all.length]);
  return lines;
}

/** Line structure did not match: write only when re-encoding gives back every original byte. */
function wholeFile(d: Decoded, all: Buffer, fixed: string): Splice {
  if (!encode(d.text, d.encoding, d.bom).equals(all)) return { lossyLine: firstLossyLine(d) };
  return verified(d, encode(fixed, d.encoding, d.bom), fixed);
}

/** The last guard: what is written must read back as the fixed text. */
function verified(d: Decoded, bytes: Buffer, fixed: string): Splice {
  let back: string | null = null;
  try {
    back = decodeAs(d, bytes);
  } catch {
    back = null;
  }
  return back === fixed ? { bytes } : { lossyLine: firstLossyLine(d) };
}

function decodeAs(d: Decoded, bytes: Buffer): string {
  const again = decode(bytes);
  if (again.encoding === d.encoding && again.bom === d.bom) return again.text;
  // Re-detection may choose differently on the new bytes; decode them the original way instead.
  if (d.encoding === 'utf8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(d.bom ? 3 : 0));
  return again.text;
}

function firstLossyLine(d: Decoded): number {
  if (d.invalid.length) return countLines(d.bytes, d.invalid[0]);
  const i = d.text.indexOf('\ufffd');
  return i < 0 ? 1 : d.text.slice(0, i).split('\n').length;
}

/** The 1-based line of byte `offset`. */
export function countLines(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
