/**
 * The bottom of a pasted page: under the article, 范文 and portal sites list other articles
 * (`相关推荐：` then `20xx年度法治政府建设工作报告范文`, `****年法治政府建设情况报告`). Those
 * items are page chrome, but they look like titles, so they are residue only where nothing else can
 * stand: at the end of the text, below a list header that is chrome already (`相关阅读`, `推荐阅读`),
 * or, without a header, when each of them has its year masked (`****年`, `x01x年`, `20xx年`) and
 * the report's date or other chrome stands above them. A line with a sentence in it never is.
 *
 * Masked years elsewhere are left to the placeholder rule: in the report's own title or body they
 * are template text the author must replace, not chrome.
 */
import { parseDateLine } from './dates';
import { ORGAN_END } from './kinds';
import { contentOf, type Line, type Residue } from './model';
import { matchLabel } from './numbering';

/**
 * A year written with mask or template characters: four of digits, `*`, `x`, `X`, `×`, not all
 * digits, before 年 or a date separator (`****年`, `20xx年`, `x01x年度`, `****-**-**`).
 */
export const MASKED_YEAR = /(?<![0-9A-Za-z*＊×])(?![0-9]{4})[0-9xX*＊×]{4}(?=\s*[年\-/.])/;

/** At most this many list items are taken as chrome below a header. */
const MAX_ITEMS = 30;
/** The list headers this file takes items under (what residue.ts calls them). */
const LIST_HEADER = /^(?:相关|推荐|猜你|热门|延伸|更多|精选)/;

export function markFooterLinks(lines: Line[], residue: Residue[]): void {
  const items: number[] = [];
  let stop = -1;
  for (let j = lines.length - 1; j >= 0 && items.length <= MAX_ITEMS; j--) {
    const l = lines[j];
    if (l.kind === 'blank') continue;
    if (l.kind === 'residue') {
      if (LIST_HEADER.test(contentOf(l))) {
        mark(lines, residue, items);
        return;
      }
      continue;
    }
    if (!isListItem(contentOf(l))) {
      stop = j;
      break;
    }
    items.push(j);
  }
  if (stop === -1 || !items.length || items.length > MAX_ITEMS) return;
  // No header: only items that carry a masked year, under the report's date or chrome.
  if (!items.every((j) => MASKED_YEAR.test(contentOf(lines[j])))) return;
  if (parseDateLine(contentOf(lines[stop]))) mark(lines, residue, items);
}

/** A short line with no sentence in it: an article's title in a list of links; not a date or an organ (a signature). */
function isListItem(content: string): boolean {
  return content.length <= 60 && !/[。，,；;：:！!？?]/.test(content) && !matchLabel(content) && !parseDateLine(content) && !ORGAN_END.test(content);
}

function mark(lines: Line[], residue: Residue[], items: number[]): void {
  for (const j of items) {
    const l = lines[j];
    l.kind = 'residue';
    residue.push({ line: j, start: l.contentStart, end: l.contentEnd, wholeLine: true, what: 'footer' });
  }
  residue.sort((a, b) => a.line - b.line || a.start - b.start);
}
