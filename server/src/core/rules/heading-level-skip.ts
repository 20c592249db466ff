/**
 * heading-level-skip: a heading must sit one level below its parent (`（1）` directly under
 * `（五）` skips `1.`). `1.` directly under `一、` is tolerated when the setting allows it, as
 * some style guides do for two-level texts.
 */
import { formatLabel } from '../numbering';
import { defineRule } from './types';
import { labelRange } from './util';

export const rule = defineRule({
  meta: {
    id: 'heading-level-skip',
    description: { zh: '标题层级不得跳跃（如“（五）”下直接出现“（1）”）', en: 'Heading levels are not skipped' },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      skip: { zh: '层级跳跃：“{label}”直接位于“{parent}”之下，缺少“{missing}”一级', en: 'Level skipped: {label} sits directly under {parent}; the {missing} level is missing' },
      noLevel1: { zh: '全文没有一级标题“一、”，“{label}”缺少上级标题', en: 'The text has no level-1 heading (一、); {label} has no parent' },
      rootSkip: { zh: '层级跳跃：“{label}”前没有上级标题“{missing}”', en: 'Level skipped: {label} has no {missing} heading above it' },
    },
  },
  check(ctx) {
    const hasLevel1 = ctx.model.roots.some((r) => r.level === 1);
    if (!hasLevel1) {
      // `（一）` with no `一、` anywhere: said once, at the first; a list of `1.` alone is no report structure to judge.
      const first = ctx.model.roots.find((r) => r.label && r.level === 2);
      if (first?.label) ctx.report({ range: labelRange(first), message: ctx.t('noLevel1', { label: first.label.raw }) });
    }
    for (const h of ctx.model.headings) {
      if (!h.label) continue;
      const parentLevel = h.parent ? h.parent.level : hasLevel1 ? 0 : h.level - 1;
      if (h.level <= parentLevel + 1) continue;
      // Two-level parts (`一、` then `1.`, no `（一）`) are tolerated unless strict mode is asked for.
      if (ctx.options.allowLevel3UnderLevel1 !== false && parentLevel === 1 && h.level === 3 && !h.parent?.children.some((c) => c.level === 2)) continue;
      const missing = formatLabel((parentLevel + 1) as 1 | 2 | 3, 1);
      const message = h.parent
        ? ctx.t('skip', { label: h.label.raw, parent: h.parent.label?.raw ?? h.parent.text, missing })
        : ctx.t('rootSkip', { label: h.label.raw, missing });
      ctx.report({ range: labelRange(h), message });
    }
  },
});
