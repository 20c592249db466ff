/**
 * empty-draft: a new or whitespace-only draft. Four "missing section" errors and three warnings
 * would greet an author who has not started; one information finding offers the skeleton instead.
 */
import { reportSkeleton } from '../skeleton';
import { defineRule } from './types';
import { range } from './util';

export const rule = defineRule({
  meta: {
    id: 'empty-draft',
    description: { zh: '草稿为空：可插入报告提纲（标题、法定章节、落款）', en: 'Empty draft: the report skeleton can be inserted' },
    defaultSeverity: 'info',
    fixable: 'suggested',
    exclusive: true,
    messages: {
      empty: { zh: '草稿为空：可插入{profile}提纲（标题、法定章节、落款），再逐项填写', en: 'Empty draft: insert the skeleton of an {profile} (title, statutory sections, signature) and fill it in' },
      fix: { zh: '插入{profile}提纲', en: 'Insert the skeleton of an {profile}' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    // Spaces, ideographic spaces, a BOM and line breaks only.
    if (/[^\s\u3000\uFEFF]/.test(model.text)) return;
    const locale = ctx.options.locale ?? 'zh';
    const profile = model.profile.name[locale];
    // A report is written early in the year about the year before.
    const year = (ctx.options.today?.year ?? new Date().getFullYear()) - 1;
    const last = model.lines[model.lines.length - 1];
    const whole = { start: { line: 0, character: 0 }, end: { line: last.index, character: last.text.length } };
    ctx.report({
      range: range(0, 0, 0),
      message: ctx.t('empty', { profile }),
      fixes: [{ title: ctx.t('fix', { profile }), edits: [{ range: whole, newText: reportSkeleton(model.profile, year, model.eol) }], safe: false, preferred: true }],
    });
  },
});
