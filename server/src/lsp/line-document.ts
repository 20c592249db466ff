/**
 * The server's open documents, kept as an array of lines (issue 8, big documents).
 *
 * The text-document library keeps one string and splices it on every change. V8 then flattens
 * the spliced string to take the next substrings: each keystroke in a 20 MB draft copied 14 MB,
 * ten copies a second, all of it garbage only a full collection frees (the server's memory went
 * past 500 MB while typing). Here a change replaces only the lines it touches; the whole text is
 * joined once, when someone asks for it (the check of the version: once per check, not per key).
 *
 * Positions behave exactly as the library's (`offsetAt` clamps to the line's content, `\r\n`,
 * `\r` and `\n` end lines, a range given backwards is turned round); a property test compares
 * the two on random edits.
 */
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocument, TextDocumentsConfiguration } from 'vscode-languageserver';

/** A line break: `\r\n`, `\r` or `\n`, as the library and VS Code count them. */
const BREAK = /\r\n|\r|\n/g;

export class LineDocument implements TextDocument {
  /** Each line with its line break; the last line has none. Never empty: "" is one empty line. */
  private lines: string[];
  private joined: string | undefined;
  /** Where each line starts in the joined text; computed when first needed after a change. */
  private offsets: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.lines = splitLines(text);
    this.joined = text;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  getText(range?: Range): string {
    this.joined ??= this.lines.join('');
    if (!range) return this.joined;
    return this.joined.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  offsetAt(position: Position): number {
    const { line, character } = this.clamp(position);
    return this.lineOffsets()[line] + character;
  }

  positionAt(offset: number): Position {
    const offsets = this.lineOffsets();
    const total = offsets[offsets.length - 1] + this.lines[this.lines.length - 1].length;
    offset = Math.max(Math.min(offset, total), 0);
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: Math.min(offset - offsets[line], contentLength(this.lines[line])) };
  }

  /** Applies the changes in order, as the protocol sends them. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.splice(change.range, change.text);
      else this.lines = splitLines(change.text);
      this.joined = undefined;
      this.offsets = undefined;
    }
    this.version = version;
  }

  private splice(range: Range, text: string): void {
    const [from, to] = (before(range.end, range.start) ? [range.end, range.start] : [range.start, range.end]).map((p) => this.clamp(p));
    let first = from.line;
    let last = to.line;
    let replaced = this.lines[first].slice(0, from.character) + text + this.lines[last].slice(to.character);
    // A `\r` and a `\n` that the edit brings together are one line break: take the neighbour in.
    if (first > 0 && replaced.startsWith('\n') && this.lines[first - 1].endsWith('\r')) replaced = this.lines[--first] + replaced;
    if (last + 1 < this.lines.length && replaced.endsWith('\r') && this.lines[last + 1].startsWith('\n')) replaced += this.lines[++last];
    const pieces = splitLines(replaced);
    // Text that ends with a line break before more lines leaves no empty line of its own.
    if (last + 1 < this.lines.length && pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop();
    if (pieces.length === last - first + 1) for (let i = 0; i < pieces.length; i++) this.lines[first + i] = pieces[i];
    else this.lines = this.lines.slice(0, first).concat(pieces, this.lines.slice(last + 1));
  }

  /** The library's clamping: beyond the last line is the end, a column stops before the line break. */
  private clamp(p: Position): Position {
    if (p.line >= this.lines.length) {
      const line = this.lines.length - 1;
      return { line, character: this.lines[line].length };
    }
    if (p.line < 0) return { line: 0, character: 0 };
    if (p.character <= 0) return { line: p.line, character: 0 };
    return { line: p.line, character: Math.min(p.character, contentLength(this.lines[p.line])) };
  }

  private lineOffsets(): number[] {
    if (!this.offsets) {
      const offsets = new Array<number>(this.lines.length);
      let at = 0;
      for (let i = 0; i < this.lines.length; i++) {
        offsets[i] = at;
        at += this.lines[i].length;
      }
      this.offsets = offsets;
    }
    return this.offsets;
  }
}

/** For `new TextDocuments(LINE_DOCUMENTS)`. */
export const LINE_DOCUMENTS: TextDocumentsConfiguration<LineDocument> = {
  create: (uri, languageId, version, content) => new LineDocument(uri, languageId, version, content),
  update: (doc, changes, version) => {
    doc.update(changes, version);
    return doc;
  },
};

function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    const end = m.index + m[0].length;
    lines.push(text.slice(start, end));
    start = end;
  }
  lines.push(text.slice(start));
  return lines;
}

function contentLength(line: string): number {
  let n = line.length;
  while (n > 0 && (line.charCodeAt(n - 1) === 10 || line.charCodeAt(n - 1) === 13)) n--;
  return n;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
