/**
 * section-missing: a section the report type's profile requires (for the 法治政府 report, by
 * 《法治政府建设与责任落实督察工作规定》) is not covered anywhere. Optional sections are never reported. The fix inserts the section's
 * skeleton at its statutory place.
 */
import { defineRule } from './types';
import { documentAnchor, insertSectionFix } from './sections-shared';

export const rule = defineRule({
  meta: {
    id: 'section-missing',
    description: { zh: '缺少报告类型依据文件要求的必备章节（如法治政府建设年度报告的主要举措和成效、存在的不足和原因、第一责任人履职情况、下一年度主要安排）', en: 'A section the report type requires is missing' },
    defaultSeverity: 'error',
    fixable: 'suggested',
    messages: {
      missing: { zh: '缺少法定章节“{name}”（{basis}要求报告“{statutory}”）', en: 'Missing statutory section "{name}" (required by {basis}: {statutory})' },
      fix: { zh: '插入章节“{heading}”', en: 'Insert section "{heading}"' },
    },
  },
  check(ctx) {
    // Another kind of document: document-kind says so once; its parts are not a report's sections.
    if (ctx.model.documentKind) return;
    const locale = ctx.options.locale ?? 'zh';
    for (const def of ctx.model.profile.sections) {
      const match = ctx.model.sections.find((s) => s.id === def.id);
      if (!def.required || match?.status !== 'missing') continue;
      ctx.report({
        range: documentAnchor(ctx.model),
        message: ctx.t('missing', { name: def.name[locale], basis: ctx.model.profile.basis, statutory: def.statutory }),
        fixes: [insertSectionFix(ctx, def, ctx.t('fix', { heading: def.name.zh }))],
      });
    }
  },
});
