/**
 * Whether a document's opening lines read like a 法治政府建设 report: the one test behind
 * `gongwen.autoDetect`, used by the client to switch plain-text documents to the report language
 * and by the server to decide which Markdown documents to check. Only the head is looked at
 * (title, opening, first heading), so a long Markdown file costs nothing to classify.
 * No imports: the client bundles this file without pulling in the core.
 */

/** How many lines from the top are read. */
export const DETECT_HEAD_LINES = 15;

/** Markdown markup before a line's text (`## `, `> `, `- `, `**`), skipped so `## 一、…` reads as `一、…`. */
const MARKDOWN_PREFIX = /^(?:[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+))*(?:\*\*|__)?/;

/** Whether the opening lines (`head`) look like such a report. */
export function looksLikeReport(head: string, markdown = false): boolean {
  const text = markdown ? head.split('\n').map((l) => l.replace(MARKDOWN_PREFIX, '')).join('\n') : head;
  if (/法治政府建设/.test(text) && /报告|年度/.test(text)) return true;
  return /^[\s\u3000]*[一二三四五六七八九十]+、/m.test(text) && /法治/.test(text);
}

/** The first DETECT_HEAD_LINES lines of a text. */
export function headOf(text: string): string {
  let end = -1;
  for (let i = 0; i < DETECT_HEAD_LINES; i++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text;
  }
  return text.slice(0, end);
}

/** Whether a path or URI names a Markdown file (`.md`, `.markdown`), which is read as Markdown. */
export function isMarkdownPath(pathOrUri: string): boolean {
  return /\.(?:md|markdown)$/i.test(pathOrUri);
}
