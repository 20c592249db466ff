/**
 * Line index over a document's text. Offsets and columns are UTF-16 code units, as in LSP.
 * Handles LF, CRLF and lone CR, and a leading BOM (kept in the text, skipped as indentation).
 */

/** One physical line: `start`..`end` is its content, `end`..`next` its line break. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** A zero-based position: line and UTF-16 column. */
export interface Position {
  line: number;
  character: number;
}

/** A span in a text: zero-based lines, UTF-16 columns, end exclusive (as LSP). */
export interface Range {
  start: Position;
  end: Position;
}

/** Splits text into lines without copying; every line break form counts. */
export function splitLines(text: string): LineSpan[] {
  return mapLines(text, (start, end, next) => ({ start, end, next }));
}

/**
 * Makes one object per line with `make`, in order: the parser's lines carry their own offsets,
 * so no span object per line is made and dropped on the way.
 */
export function mapLines<T>(text: string, make: (start: number, end: number, next: number, index: number) => T): T[] {
  const lines: T[] = [];
  // indexOf finds a break far faster than a loop over every code unit; drafts are mostly text.
  let start = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      lines.push(make(start, lf, lf + 1, lines.length));
      start = lf + 1;
      lf = text.indexOf('\n', start);
    } else {
      const crlf = lf === cr + 1;
      const next = crlf ? cr + 2 : cr + 1;
      lines.push(make(start, cr, next, lines.length));
      start = next;
      cr = text.indexOf('\r', start);
      if (crlf) lf = text.indexOf('\n', start);
    }
  }
  lines.push(make(start, text.length, text.length, lines.length));
  return lines;
}

/**
 * Which lines hold `needle`, from one search through the whole text instead of one per line;
 * lines must be asked about in order. A needle without line breaks lies inside the line it starts in.
 */
export class Occurrences {
  private next: number;

  constructor(private readonly text: string, private readonly needle: string) {
    this.next = text.indexOf(needle);
  }

  in(line: LineSpan): boolean {
    if (this.next !== -1 && this.next < line.start) this.next = this.text.indexOf(this.needle, line.start);
    return this.next !== -1 && this.next < line.end;
  }
}

/** The line break used most often, for text that fixes insert. Defaults to LF. */
export function dominantEol(text: string): string {
  return dominantEolOf(text, splitLines(text));
}

/** `dominantEol` read off lines already split (the parser's): no second pass through the text. */
export function dominantEolOf(text: string, lines: LineSpan[]): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.next - l.end === 2) crlf++;
    else if (l.next > l.end && text.charCodeAt(l.end) === 10) lf++;
    else if (l.next > l.end) cr++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

/** Whitespace that real drafts use for indentation: ASCII space, tab, U+3000, NBSP, BOM. */
export function isIndentChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

/** Number of indentation code units at the start of `s`. */
export function indentWidth(s: string): number {
  let i = 0;
  while (i < s.length && isIndentChar(s.charCodeAt(i))) i++;
  return i;
}

/** Index one past the last non-whitespace code unit of `s`. */
export function trimmedEnd(s: string): number {
  let i = s.length;
  while (i > 0 && isIndentChar(s.charCodeAt(i - 1))) i--;
  return i;
}

/** Converts between offsets and positions for one text. */
export class LineIndex {
  constructor(readonly text: string, readonly lines: LineSpan[] = splitLines(text)) {}

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lines.length) return this.text.length;
    const line = this.lines[pos.line];
    return Math.min(line.start + Math.max(0, pos.character), line.end);
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= o) lo = mid;
      else hi = mid - 1;
    }
    const line = this.lines[lo];
    return { line: lo, character: Math.min(o, line.end) - line.start };
  }
}

/** `s` as a literal inside a regular expression (profile and config words become patterns). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
