/**
 * title-missing: a report needs a title (发文机关 + 事由 + 文种, e.g.
 * `XX局关于2023年度法治政府建设情况的报告`) before its body.
 */
import { defineRule } from './types';
import { documentAnchor } from './sections-shared';

export const rule = defineRule({
  meta: {
    id: 'title-missing',
    description: { zh: '缺少标题（发文机关+事由+文种）', en: 'The report has no title' },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      missing: { zh: '缺少标题，应为“{example}”', en: 'No title: expected "{example}"' },
    },
  },
  check(ctx) {
    if (ctx.model.title) return;
    const example = ctx.model.profile.titleExample.replace('{year}', String(ctx.model.reportYear ?? 'XXXX'));
    ctx.report({ range: documentAnchor(ctx.model), message: ctx.t('missing', { example }) });
  },
});
