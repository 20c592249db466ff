/**
 * Document-viewer page markers: sites that show a report page by page put `1、` `2、` `3、` at the
 * start of each page's text, which often cuts a sentence mid-word (`…依` / `2、法有效化解…`). They
 * are not ordinals: the marker is residue and the line is read from after it.
 */
import { contentOf, type Line, type Residue } from './model';

/** A viewer page is long: the page before a marker must be, or `2、` is an ordinary numbered line. */
const MIN_PAGE = 120;
const MARKER = /^(\d{1,3})、/;
/** How a sentence (or a quotation, a title) can end; a page cut ends anywhere else. */
const SENTENCE_END = /[。！？!?；;：:…”’」』）)》】]$/;

export function markPageMarkers(lines: Line[], residue: Residue[]): void {
  // Long lines starting with a digit and 、, in order: (line index, marker number).
  const found: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'paragraph') continue;
    const c = l.text.charCodeAt(l.contentStart);
    if (c < 0x30 || c > 0x39) continue;
    const m = MARKER.exec(contentOf(l));
    if (m) found.push([i, +m[1]]);
  }
  if (found.length < 2) return;
  const cuts = found.map(([i, n], k) => n >= 2 && k > 0 && found[k - 1][1] === n - 1 && cutsSentence(lines, i));
  // The first page's marker counts when the second page's does.
  for (let k = 0; k < found.length; k++) {
    if (!(cuts[k] || (k + 1 < found.length && cuts[k + 1] && found[k + 1][1] === found[k][1] + 1))) continue;
    const line = lines[found[k][0]];
    const end = line.contentStart + String(found[k][1]).length + 1;
    residue.push({ line: line.index, start: line.contentStart, end, wholeLine: false, what: 'pageMarker' });
    line.contentStart = end;
  }
}

/** The text line before `index` is a whole viewer page that ends mid-sentence. */
function cutsSentence(lines: Line[], index: number): boolean {
  for (let j = index - 1; j >= 0; j--) {
    if (lines[j].kind === 'blank') continue;
    return lines[j].contentEnd - lines[j].contentStart >= MIN_PAGE && !SENTENCE_END.test(contentOf(lines[j]));
  }
  return false;
}
