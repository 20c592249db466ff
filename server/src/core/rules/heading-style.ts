/**
 * heading-style: each level has one GB/T 9704 form (`一、` `（一）` `1.` `（1）`). Flags Arabic
 * numerals at level 1 (`3、`), `1、`/`1．` at level 3, stray marks after brackets (`(1)、`), brackets
 * of mixed width, a space after the ordinal, and half-width brackets: GB/T 9704 writes `（一）`.
 * A few half-width labels among full-width ones are flagged one by one; a document written in
 * half width (throughout or mostly) gets one finding on its first such label, whose safe fix
 * converts them all, instead of a mark on every heading.
 */
import { formatLabel } from '../numbering';
import type { Heading } from '../model';
import { defineRule, type Messages, type RuleContext } from './types';
import { bracketWidths, labelRange, range } from './util';

/** Message ids are typed: helpers below take a context that knows them. */
const messages = {
  arabicAtLevel1: { zh: '一级标题序号应使用汉字数字加顿号，应为“{expected}”，实为“{label}”', en: 'Level-1 ordinals use Chinese numerals and 、: {expected} expected, found {label}' },
  'arabic-dun': { zh: '三级标题序号应为阿拉伯数字加下脚点，应为“{expected}”，实为“{label}”', en: 'Level-3 ordinals take a full stop: {expected} expected, found {label}' },
  'fullwidth-dot': { zh: '三级标题序号应使用半角下脚点“.”，应为“{expected}”，实为“{label}”', en: 'Level-3 ordinals take a half-width full stop: {expected} expected, found {label}' },
  'wrong-separator': { zh: '一级标题序号后应为顿号，应为“{expected}”，实为“{label}”', en: 'Level-1 ordinals take 、: {expected} expected, found {label}' },
  'extra-punct': { zh: '括号序号后不加标点，应为“{expected}”，实为“{label}”', en: 'No punctuation after a bracketed ordinal: {expected} expected, found {label}' },
  'mixed-brackets': { zh: '序号括号全半角混用，应为“{expected}”，实为“{label}”', en: 'Mixed bracket widths in {label}: {expected} expected' },
  space: { zh: '序号“{label}”后不应有空格', en: 'No space after the ordinal {label}' },
  width: { zh: '本文标题括号多为全角，此处为半角，应为“{expected}”（GB/T 9704）', en: 'Most headings use full-width brackets, this one half-width: {expected} expected (GB/T 9704)' },
  halfDocument: {
    zh: '本文{count}处标题序号使用半角括号，GB/T 9704 应为全角，如“{expected}”',
    en: '{count} heading ordinals use half-width brackets; GB/T 9704 writes full-width ones, e.g. {expected}',
  },
  fix: { zh: '改为“{expected}”', en: 'Change to {expected}' },
  fixHalfDocument: { zh: '全部改为全角括号（{count}处）', en: 'Use full-width brackets everywhere ({count} labels)' },
  fixSpace: { zh: '删除序号后的空格', en: 'Remove the space' },
} satisfies Messages;

type Ctx = RuleContext<keyof typeof messages>;

export const rule = defineRule({
  meta: {
    id: 'heading-style',
    description: { zh: '标题序号写法应符合 GB/T 9704（“一、”“（一）”“1.”“（1）”），序号后不空格，括号全半角一致', en: 'Ordinal forms follow GB/T 9704, no space after them, one bracket width' },
    defaultSeverity: 'warning',
    fixable: 'safe',
    messages,
  },
  check(ctx) {
    const widths = bracketWidths(ctx.model);
    // Written in half width (throughout, or mostly): one finding for the document, not one per heading.
    const halfDocument = widths.half > 0 && widths.half >= widths.full;
    // Gathered only for a half-width document: most are not, and the filter was a list per check.
    if (halfDocument) {
      const halfLabels = ctx.model.headings.filter((h) => h.label?.brackets === 'half' && h.label.styleIssues.length === 0);
      if (halfLabels.length) reportHalfDocument(ctx, halfLabels);
    }
    for (const h of ctx.model.headings) {
      if (!h.label) continue;
      checkForm(ctx, h);
      if (!halfDocument && h.label.brackets === 'half' && h.label.styleIssues.length === 0) {
        const expected = formatLabel(h.label.level, h.label.ordinal);
        report(ctx, h, ctx.t('width', { expected }), expected);
      }
      if (h.spaceAfterLabel > 0) {
        ctx.report({
          range: range(h.line, h.labelEnd, h.labelEnd + h.spaceAfterLabel),
          message: ctx.t('space', { label: h.label.raw }),
          fixes: [{ title: ctx.t('fixSpace'), edits: [{ range: range(h.line, h.labelEnd, h.labelEnd + h.spaceAfterLabel), newText: '' }], safe: true, preferred: true }],
        });
      }
    }
  },
});

function checkForm(ctx: Ctx, h: Heading): void {
  const label = h.label!;
  if (h.arabicAtLevel1) {
    report(ctx, h, ctx.t('arabicAtLevel1', { label: label.raw, expected: formatLabel(1, label.ordinal) }), formatLabel(1, label.ordinal));
    return;
  }
  const issue = label.styleIssues[0];
  if (!issue) return;
  // GB/T 9704's full width, whatever the label had: the fix is the standard form.
  const expected = formatLabel(label.level, label.ordinal);
  report(ctx, h, ctx.t(issue, { label: label.raw, expected }), expected);
}

function reportHalfDocument(ctx: Ctx, labels: Heading[]): void {
  const first = labels[0];
  const expected = formatLabel(first.label!.level, first.label!.ordinal);
  const edits = labels.map((h) => ({ range: labelRange(h), newText: formatLabel(h.label!.level, h.label!.ordinal) }));
  ctx.report({
    range: labelRange(first),
    message: ctx.t('halfDocument', { count: labels.length, expected }),
    fixes: [{ title: ctx.t('fixHalfDocument', { count: labels.length }), edits, safe: true, preferred: true }],
  });
}

function report(ctx: Ctx, h: Heading, message: string, expected: string): void {
  ctx.report({ range: labelRange(h), message, fixes: [{ title: ctx.t('fix', { expected }), edits: [{ range: labelRange(h), newText: expected }], safe: true, preferred: true }] });
}
