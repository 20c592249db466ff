/**
 * heading-sequence: ordinals among siblings must run 1, 2, 3 … and restart under each parent.
 * One finding per break (a label that neither follows its predecessor nor stands at its place in
 * the run), fixed with the smallest change: this label alone when that mends the run, else the
 * rest of its segment renumbered.
 * When headings that lost their ordinal sit in the gap, it names them instead, points at them
 * (`related`, for "go to" actions) and offers to give them their ordinals: a suggestion, since
 * deciding that a line is a heading is a judgement.
 */
import type { Heading } from '../model';
import type { Range } from '../text';
import { defineRule, type Fix, type Messages, type RuleContext, type TextEdit } from './types';
import { labelFor, labelRange, range, relabel, siblingRuns } from './util';

/** Message ids are typed: helpers below take a context that knows them. */
const messages = {
  lostBetween: { zh: '{label}前应为{expected}：第{lines}行疑似丢失序号的标题', en: '{expected} expected before {label}: lines {lines} look like headings that lost their ordinal' },
  skipped: { zh: '序号不连续：{label}前应为{expected}', en: 'Ordinal gap: {expected} expected, found {label}' },
  duplicate: { zh: '序号重复：{label}与第{line}行相同，此处应为{expected}', en: 'Duplicate ordinal: {label} repeats line {line}; {expected} expected' },
  notRestarted: { zh: '序号未重新编号：上级标题下的第一个标题应为{expected}，实为{label}', en: 'Ordinals do not restart: the first heading under its parent should be {expected}, found {label}' },
  backwards: { zh: '序号倒退：此处应为{expected}，实为{label}', en: 'Ordinal goes backwards: {expected} expected, found {label}' },
  fixOne: { zh: '改为{expected}', en: 'Change to {expected}' },
  fixRun: { zh: '自此重新编号同级标题（{count}处）', en: 'Renumber the siblings from here ({count} labels)' },
  fixLost: { zh: '为第{lines}行添加序号“{labels}”', en: 'Add the ordinals {labels} on lines {lines}' },
} satisfies Messages;

type Ctx = RuleContext<keyof typeof messages>;

export const rule = defineRule({
  meta: {
    id: 'heading-sequence',
    description: { zh: '同级标题序号应连续、不重复，并在新的上级标题下重新从一开始', en: 'Sibling ordinals run without gaps or repeats and restart under each parent' },
    defaultSeverity: 'error',
    fixable: 'safe',
    messages,
  },
  check(ctx) {
    for (const run of siblingRuns(ctx.model)) checkRun(ctx, run);
  },
});

function checkRun(ctx: Ctx, run: readonly Heading[]): void {
  let prevNumbered: Heading | null = null;
  // The headings without ordinal since the last numbered one are run[lostFrom..k-1]: indices, not
  // a list emptied after each numbered heading (the length setter was 30 % of this loop).
  let lostFrom = 0;
  for (let k = 0; k < run.length && !ctx.saturated; k++) {
    const h = run[k];
    if (!h.numbered || h.ordinal === null) continue;
    const lost = k - lostFrom;
    const expectedNumbered = prevNumbered ? prevNumbered.ordinal! + 1 : 1;
    const expectedCount = k === 0 ? 1 : run[k - 1].position + 1;
    // After `（二）（二）`, a `（四）` is where it belongs: only the duplicate is reported.
    const echo = lost === 0 && h.ordinal === k + 1;
    if (h.ordinal !== expectedNumbered && !echo) {
      if (lost && h.ordinal === expectedCount) {
        reportLost(ctx, h, relabel(h, expectedNumbered), run, lostFrom, k);
      } else {
        const kind = k === 0 ? 'notRestarted' : h.ordinal === prevNumbered?.ordinal ? 'duplicate' : h.ordinal > expectedNumbered ? 'skipped' : 'backwards';
        const expected = relabel(h, expectedCount);
        // The message speaks of the text as written; the fix aims at the run's one numbering
        // (its k-th sibling is k, lost ordinals counting), so fixes applied together agree.
        const fix = renumber(ctx, run, k, k + 1);
        ctx.report({
          range: labelRange(h),
          message: ctx.t(kind, { label: h.label!.raw, expected, line: (prevNumbered?.line ?? 0) + 1 }),
          fixes: fix ? [fix] : [],
        });
      }
    }
    prevNumbered = h;
    lostFrom = k + 1;
  }
}

/**
 * The break at `h` is mended by giving the headings run[from..to-1], which lost their ordinals,
 * their labels. One loop builds the line list, the edits, their labels and the related ranges
 * (four maps, two joins and an object spread before).
 */
function reportLost(ctx: Ctx, h: Heading, expected: string, run: readonly Heading[], from: number, to: number): void {
  const edits: TextEdit[] = [];
  const related: Range[] = [];
  let lines = '';
  let labels = '';
  for (let i = from; i < to; i++) {
    const l = run[i];
    const label = labelFor(l);
    edits.push({ range: range(l.line, l.textStart, l.textStart), newText: label });
    related.push(range(l.line, l.textStart, l.textEnd));
    lines += i > from ? `、${l.line + 1}` : String(l.line + 1);
    labels += i > from ? `”“${label}` : label;
  }
  ctx.report({
    range: labelRange(h),
    message: ctx.t('lostBetween', { label: h.label!.raw, expected, lines }),
    related,
    fixes: [{ title: ctx.t('fixLost', { lines, labels }), edits, safe: false, preferred: true }],
  });
}

/**
 * Fix for a break at run[k]: relabel from the break to the end of its segment (the siblings that
 * follow it consistently as written, lost ordinals counting as placeholders). One label when that
 * is all; a later break gets its own fix, so the work stays linear in the run's length. Every
 * fix numbers toward the same sequence, so a later break's fix never undoes an earlier one's and
 * fix-all mends a run in one round. None when the segment already has its numbers (the break is
 * only the echo of an earlier one, whose fix mends it).
 */
function renumber(ctx: Ctx, run: readonly Heading[], k: number, expected: number): Fix | null {
  const edits = run[k].ordinal === expected ? [] : [{ range: labelRange(run[k]), newText: relabel(run[k], expected) }];
  let anchor = k;
  for (let i = k + 1; i < run.length; i++) {
    const h = run[i];
    if (!h.numbered || h.ordinal === null) continue;
    if (h.ordinal - run[anchor].ordinal! !== i - anchor) break;
    const ordinal = expected + (i - k);
    if (h.ordinal !== ordinal) edits.push({ range: labelRange(h), newText: relabel(h, ordinal) });
    anchor = i;
  }
  if (edits.length === 0) return null;
  const title = edits.length === 1 ? ctx.t('fixOne', { expected: edits[0].newText }) : ctx.t('fixRun', { count: edits.length });
  // Fix-all (and a global source.fixAll on save) applies safe fixes unasked: a fix that rewrites
  // labels its finding does not name is safe only when the run's structure is beyond doubt.
  const namesOnly = edits.length === 1 && run[k].ordinal !== expected;
  return { title, edits, safe: namesOnly || !ambiguous(run, k), preferred: true };
}

/**
 * A run whose numbering may be misread: a level 1 written in Arabic numerals (`3、` among
 * `一、二、`), a restart at 1 in mid-run (a parent the parser did not recognise stands before it),
 * or a top level that does not start at 1 (its first heading may be written in a form not read
 * as one).
 */
function ambiguous(run: readonly Heading[], k: number): boolean {
  if (k === 0 ? run[0].parent === null : run[k].ordinal === 1) return true;
  return run.some((h) => h.arabicAtLevel1);
}
