/**
 * heading-unnumbered: a heading that lost its ordinal (a short stand-alone line among numbered
 * siblings, or a line naming a statutory section). The fix adds the ordinal its place implies;
 * it is a suggestion, since deciding that a line is a heading is a judgement.
 */
import { defineRule } from './types';
import { LEVEL_NAMES, labelFor, range } from './util';

export const rule = defineRule({
  meta: {
    id: 'heading-unnumbered',
    description: { zh: '标题丢失序号（位于有序号的同级标题之间的短行，或写明法定章节的行）', en: 'A heading lost its ordinal' },
    defaultSeverity: 'warning',
    fixable: 'suggested',
    messages: {
      lost: { zh: '此行疑似丢失序号的{levelName}，应为“{label}”', en: 'This line looks like a {levelName} that lost its ordinal: {label} expected' },
      fix: { zh: '添加序号“{label}”', en: 'Add ordinal {label}' },
    },
  },
  check(ctx) {
    const locale = ctx.options.locale ?? 'zh';
    for (const h of ctx.model.headings) {
      if (h.numbered) continue;
      const label = labelFor(h);
      ctx.report({
        range: range(h.line, h.textStart, h.textEnd),
        message: ctx.t('lost', { levelName: LEVEL_NAMES[locale][h.level], label }),
        fixes: [{ title: ctx.t('fix', { label }), edits: [{ range: range(h.line, h.textStart, h.textStart), newText: label }], safe: false, preferred: true }],
      });
    }
  },
});
