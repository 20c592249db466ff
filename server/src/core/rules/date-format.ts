/**
 * date-format: the 成文日期 uses Arabic digits, the full year and no zero padding
 * (GB/T 9704 7.3.5.4): `2023年12月7日`, not `2023年12月07日`, `二〇二三年十二月七日` or `2023-12-07`.
 */
import { formatDate, parseDateLine } from '../dates';
import { contentOf } from '../model';
import { defineRule } from './types';
import { contentRange } from './util';

export const rule = defineRule({
  meta: {
    id: 'date-format',
    description: { zh: '成文日期应以阿拉伯数字标全年月日，月日不编虚位（如“2023年12月7日”）', en: 'The date is written like 2023年12月7日' },
    defaultSeverity: 'warning',
    fixable: 'safe',
    messages: {
      format: { zh: '成文日期格式不规范，应为“{expected}”', en: 'Date format: {expected} expected' },
      fix: { zh: '改为“{expected}”', en: 'Change to {expected}' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (model.dateLine === null) return;
    const line = model.lines[model.dateLine];
    const date = parseDateLine(contentOf(line));
    if (!date || date.canonical) return;
    const expected = formatDate(date);
    const where = contentRange(line);
    ctx.report({ range: where, message: ctx.t('format', { expected }), fixes: [{ title: ctx.t('fix', { expected }), edits: [{ range: where, newText: expected }], safe: true, preferred: true }] });
  },
});
