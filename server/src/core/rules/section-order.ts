/**
 * section-order: statutory sections follow the order of their profile (for the 法治政府 report the
 * 规定's: measures, shortcomings, leader duty, next year, other). A section placed before one that should precede it is flagged.
 */
import { defineRule } from './types';
import { headingRange } from './util';

export const rule = defineRule({
  meta: {
    id: 'section-order',
    description: { zh: '法定章节应按报告类型依据文件规定的顺序排列（如法治政府建设年度报告：主要举措和成效、存在的不足和原因、第一责任人履职情况、下一年度主要安排、其他情况）', en: 'Statutory sections appear in the order the report type prescribes' },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      order: { zh: '章节顺序有误：“{name}”应位于“{other}”（第{line}行）之后', en: 'Out of order: "{name}" belongs after "{other}" (line {line})' },
    },
  },
  check(ctx) {
    // Another kind of document: document-kind says so once; its parts are not a report's sections.
    if (ctx.model.documentKind) return;
    const locale = ctx.options.locale ?? 'zh';
    const defs = ctx.model.profile.sections;
    const present = ctx.model.sections.filter((s) => s.status === 'present' && s.heading);
    present.forEach((s, i) => {
      const earlier = present.slice(0, i).filter((e) => e.heading!.line > s.heading!.line);
      if (!earlier.length) return;
      const last = earlier[earlier.length - 1];
      const name = (id: string) => defs.find((d) => d.id === id)!.name[locale];
      ctx.report({ range: headingRange(s.heading!), message: ctx.t('order', { name: name(s.id), other: name(last.id), line: last.heading!.line + 1 }) });
    });
  },
});
