/**
 * section-not-separate: a statutory section is covered only inside another one (a sub-heading
 * such as `（一）…全面履行第一责任人职责`, or a sentence), as the leader-duty section usually is.
 * Reviewers expect its own section; the fix inserts one.
 */
import { defineRule } from './types';
import { insertSectionFix } from './sections-shared';
import { contentStartRange, headingRange } from './util';

export const rule = defineRule({
  meta: {
    id: 'section-not-separate',
    description: { zh: '法定章节未单独成章，仅在其他章节的小标题或正文中涉及', en: 'A statutory section is only covered inside another section' },
    defaultSeverity: 'warning',
    fixable: 'suggested',
    messages: {
      subheading: { zh: '法定章节“{name}”未单独成章，仅作为第{line}行的小标题出现', en: 'Statutory section "{name}" has no section of its own; only the sub-heading on line {line} covers it' },
      sentence: { zh: '法定章节“{name}”未单独成章，仅在第{line}行正文中提及', en: 'Statutory section "{name}" has no section of its own; only a sentence on line {line} mentions it' },
      fix: { zh: '插入单独章节“{heading}”', en: 'Insert a separate section "{heading}"' },
    },
  },
  check(ctx) {
    // Another kind of document: document-kind says so once; its parts are not a report's sections.
    if (ctx.model.documentKind) return;
    const locale = ctx.options.locale ?? 'zh';
    for (const def of ctx.model.profile.sections) {
      const match = ctx.model.sections.find((s) => s.id === def.id);
      if (match?.status !== 'embedded' || match.line === null) continue;
      const args = { name: def.name[locale], line: match.line + 1 };
      ctx.report({
        // A mentioning sentence can run for hundreds of characters: mark where it starts.
        range: match.heading ? headingRange(match.heading) : contentStartRange(ctx.model.lines[match.line]),
        message: ctx.t(match.heading ? 'subheading' : 'sentence', args),
        fixes: [insertSectionFix(ctx, def, ctx.t('fix', { heading: def.name.zh }))],
      });
    }
  },
});
