/**
 * Markdown drafts: the markup around a line's text (`## `, `> `, a `- ` bullet, `**…**` emphasis) is
 * skipped like indentation, so `## 一、总体情况` is the heading `一、总体情况` and columns stay those of
 * the source. An ordered-list `1. ` is left alone: in a report it is a level-3 ordinal (GB/T 9704).
 */

const PREFIX = /^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)*(?:\*\*|__)?/;
const SUFFIX = /(?:\*\*|__)?(?:[ \t]+#+)?[ \t]*$/;

/** Where a Markdown line's text starts, at or after `from` (its indentation). */
export function markdownContentStart(text: string, from: number): number {
  const m = PREFIX.exec(text.slice(from));
  return from + (m ? m[0].length : 0);
}

/** Where a Markdown line's text ends, at or before `to` (its trimmed end), never before `start`. */
export function markdownContentEnd(text: string, start: number, to: number): number {
  const m = SUFFIX.exec(text.slice(start, to));
  return Math.max(start, to - (m ? m[0].length : 0));
}

/** A thematic break (`---`, `***`) or a fence (```) holds no report text. */
export function isMarkdownRule(content: string): boolean {
  return /^(?:[-*_][ \t]*){3,}$|^(?:```|~~~)/.test(content);
}
