/**
 * Batch fixes for the editor: "fix all of this kind" (every safe fix of one rule, in one edit)
 * and "fix all" (the core's fixed-point fixAll, returned as the smallest edits that turn the
 * current text into the fixed one, so the editor keeps the cursor and folded regions in place).
 */
import { batchFixOf, fixAll, nonOverlapping } from '../fix';
import { LineIndex } from '../text';
import { coreText } from '../strings';
import type { Finding, Fix, LintOptions, Locale, TextEdit } from '../types';

/** One edit set that fixes many findings at once, with its title for the editor. */
export interface BatchFix {
  title: string;
  edits: TextEdit[];
  /** How many problems it fixes. */
  count: number;
}


/**
 * Every finding of `rule` with its preferred fix, suggestions included, as one action: for rules
 * where one decision covers them all (all the web residue goes). Offered with at least two findings.
 */
export function suggestedAllOfRule(text: string, findings: Finding[], rule: string, locale: Locale = 'zh'): BatchFix | null {
  const mine = findings.filter((f) => f.rule === rule);
  const fixes = mine.map((f) => f.fixes.find((x) => x.preferred) ?? f.fixes[0]).filter((f): f is Fix => !!f);
  if (mine.length < 2 || fixes.length === 0) return null;
  const chosen = nonOverlapping(text, fixes);
  if (chosen.length === 0) return null;
  return { title: coreText(locale, rule === 'residue' ? 'fix.allResidue' : 'fix.allSuggested', { n: mine.length }), edits: chosen.flatMap((f) => f.edits), count: mine.length };
}

/** Every safe fix of `rule`, when at least two findings of it have one. */
export function fixAllOfRule(text: string, findings: Finding[], rule: string, locale: Locale = 'zh'): BatchFix | null {
  const fixes = findings
    .filter((f) => f.rule === rule)
    .map(batchFixOf)
    .filter((f): f is Fix => !!f);
  if (fixes.length < 2) return null;
  const chosen = nonOverlapping(text, fixes);
  if (chosen.length === 0) return null;
  return { title: coreText(locale, 'fix.kind', { n: chosen.length }), edits: chosen.flatMap((f) => f.edits), count: chosen.length };
}

/** All safe fixes to a fixed point, as the smallest edits that produce it; null when nothing changes. */
export function fixAllDocument(text: string, options: LintOptions = {}): BatchFix | null {
  const result = fixAll(text, options);
  const edits = minimalEdits(text, result.text);
  if (edits.length === 0) return null;
  return { title: coreText(options.locale ?? 'zh', 'fix.all', { n: result.applied }), edits, count: result.applied };
}

/**
 * Edits that turn `before` into `after`, touching only lines that differ. Safe fixes keep the
 * line structure, so this is normally one edit per changed line; when lines were added or
 * removed, one edit replaces the changed block. Whole lines are replaced so that no edit
 * splits a CRLF or a surrogate pair.
 */
function minimalEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = new LineIndex(before);
  const b = new LineIndex(after);
  const breakOf = (index: LineIndex, i: number) => index.text.slice(index.lines[i].end, index.lines[i].next);
  const contentOf = (index: LineIndex, i: number) => index.text.slice(index.lines[i].start, index.lines[i].end);
  const sameShape = a.lines.length === b.lines.length && a.lines.every((_, i) => breakOf(a, i) === breakOf(b, i));
  if (!sameShape) return [blockEdit(a, before, after)];
  const edits: TextEdit[] = [];
  for (let i = 0; i < a.lines.length; i++) {
    const next = contentOf(b, i);
    if (contentOf(a, i) !== next) edits.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: a.lines[i].end - a.lines[i].start } }, newText: next });
  }
  return edits;
}

/** One edit over the lines between the common prefix and the common suffix. */
function blockEdit(index: LineIndex, before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const start = index.lines[index.positionAt(prefix).line].start;
  const changedEnd = before.length - suffix;
  const span = index.lines[index.positionAt(changedEnd).line];
  // Inside a line break the edit must take the whole break, else stop at the line's end.
  const end = changedEnd > span.end ? span.next : span.end;
  const newText = after.slice(start, after.length - (before.length - end));
  return { range: { start: index.positionAt(start), end: index.positionAt(end) }, newText };
}
