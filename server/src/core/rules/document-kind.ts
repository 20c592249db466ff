/**
 * document-kind: a text whose title or opening names another kind of document (its profile's
 * `otherKinds`: for 法治政府建设, a 年度工作总结, a 解读 of a report, a 五年 report), or never names
 * the profile's `subject` at all, is not checked for the statutory sections: one information finding says what it looks like instead of four
 * section-missing errors about parts such a document never has.
 */
import { defineRule } from './types';
import { documentAnchor } from './sections-shared';
import { contentRange } from './util';

export const rule = defineRule({
  meta: {
    id: 'document-kind',
    description: { zh: '文件看起来是另一类文件而不是所检查类型的报告（如法治政府建设的年度工作总结、解读、五年报告），不检查法定章节', en: 'The text looks like another kind of document; statutory sections are not checked' },
    defaultSeverity: 'info',
    fixable: false,
    messages: {
      kind: { zh: '此文看起来是{kind}，不是{report}；未按法定章节检查', en: 'This looks like {kind}, not {report}; statutory sections were not checked' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const kind = model.documentKind;
    if (!kind) return;
    const locale = ctx.options.locale ?? 'zh';
    const where = model.title ? contentRange(model.lines[model.title.mainLine]) : documentAnchor(model);
    ctx.report({ range: where, message: ctx.t('kind', { kind: kind.name[locale], report: model.profile.name[locale] }) });
  },
});
