/**
 * year-mismatch: years must agree with the report year. Headings of this year's sections name
 * the report year; the plan section names the next year (a different year there usually means
 * last year's report was copied); the 成文日期 cannot fall before 1 November of the reported
 * year (the year's work is not over; see date-window.ts for the window and its basis).
 */
import { parseDateLine } from '../dates';
import { contentOf } from '../model';
import { defineRule } from './types';
import { contentRange, range } from './util';
import { sectionDef } from '../profiles';
import { dateStanding } from '../date-window';
import { closingOrgan } from './util';

const YEAR_IN_TEXT = /((?:19|20)\d{2})(?=\s*年)/g;

export const rule = defineRule({
  meta: {
    id: 'year-mismatch',
    description: { zh: '年度应与报告年度一致：本年度章节为报告年度，下一年度的章节为次年，成文日期不早于报告年度11月1日', en: 'Years agree with the report year' },
    defaultSeverity: 'warning',
    fixable: 'suggested',
    messages: {
      section: { zh: '标题中的年度{found}年与报告年度{expected}年不一致', en: 'Heading names {found}; the report year is {expected}' },
      plan: { zh: '{section}应为{expected}年，此处为{found}年（疑似沿用往年报告）', en: 'The {section} should name {expected}, not {found} (copied from an earlier report?)' },
      date: { zh: '成文日期{date}早于报告年度{year}年11月1日，年度工作尚未结束', en: 'The date {date} is before 1 November of the report year {year}: the year is not over' },
      fix: { zh: '改为{expected}年', en: 'Change to {expected}' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const year = model.reportYear;
    if (year === null) return;
    for (const s of model.sections) {
      const def = sectionDef(model.profile, s.id);
      if (s.status !== 'present' || !s.heading || !def) continue;
      const expected = year + def.yearOffset;
      const h = s.heading;
      // exec in a loop rather than matchAll, which copies the regex for every heading.
      YEAR_IN_TEXT.lastIndex = 0;
      for (let m = YEAR_IN_TEXT.exec(h.text); m; m = YEAR_IN_TEXT.exec(h.text)) {
        const found = +m[1];
        if (found === expected) continue;
        const start = h.textStart + (m.index ?? 0);
        const where = range(h.line, start, start + 4);
        ctx.report({
          range: where,
          message: ctx.t(def.yearOffset ? 'plan' : 'section', { found, expected, section: (def.shortName ?? def.name)[ctx.options.locale ?? 'zh'] }),
          fixes: [{ title: ctx.t('fix', { expected }), edits: [{ range: where, newText: String(expected) }], safe: false, preferred: true }],
        });
      }
    }
    if (model.dateLine !== null && model.reportYearSource !== 'date') {
      const line = model.lines[model.dateLine];
      const date = parseDateLine(contentOf(line));
      if (date && dateStanding(date, year, closingOrgan(model)) === 'early') {
        ctx.report({ range: contentRange(line), message: ctx.t('date', { date: contentOf(line), year }) });
      }
    }
  },
});
