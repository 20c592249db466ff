/**
 * date-deadline: a 成文日期 after the reporting deadline of the year after the report year
 * (1 March for departments, 1 April for governments, 《法治政府建设与责任落实督察工作规定》). A hint
 * only: a late date is not wrong in itself, and the draft may be a reprint. The window and its
 * basis are in date-window.ts.
 */
import { parseDateLine } from '../dates';
import { deadlineOf, dateStanding } from '../date-window';
import { contentOf } from '../model';
import { defineRule } from './types';
import { closingOrgan, contentRange } from './util';

export const rule = defineRule({
  meta: {
    id: 'date-deadline',
    description: { zh: '成文日期晚于报送期限（部门次年3月1日、政府次年4月1日）', en: 'The date is past the reporting deadline (1 March for departments, 1 April for governments)' },
    defaultSeverity: 'hint',
    fixable: false,
    messages: {
      late: { zh: '成文日期{date}晚于{year}年度报告的报送期限{deadline}', en: 'The date {date} is past the deadline {deadline} for the {year} report' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const year = model.reportYear;
    if (year === null || model.dateLine === null || model.reportYearSource === 'date') return;
    const line = model.lines[model.dateLine];
    const date = parseDateLine(contentOf(line));
    const organ = closingOrgan(model);
    if (date && dateStanding(date, year, organ) === 'late') {
      ctx.report({ range: contentRange(line), message: ctx.t('late', { date: contentOf(line), year, deadline: deadlineOf(year, organ) }) });
    }
  },
});
