/**
 * request-in-report: a 报告 must not carry a request for approval. The closing formulas of a 请示
 * (`妥否，请批示`, `当否，请示`, `请予批准`, `请审批`) in a report are a classic reason for a
 * reviewing office to send it back: 《党政机关公文处理工作条例》第十五条, 不得在报告等非请示性公文
 * 中夹带请示事项. A draft whose title says it is a 请示 is not checked.
 */
import { defineRule } from './types';
import { Group, hitsOf } from './text-scan';
import { range } from './util';

/** Read at a `请`: the request formulas, longest first. */
const REQUEST = /^请(?:予以|予)?(?:审批|批准|批示|批复|审定|核准|审核批准)/;
/** What comes before `请示` when it closes a request (`妥否，请示`, `特此请示`). */
const CLOSING_BEFORE = /(?:妥否|当否|可否|是否妥当|是否可行|特此|现将有关情况|以上)[,，]?\s*$/;
/** `报请审批`, `提请批准`: the text describes a procedure, it asks for nothing. */
const PROCEDURE_BEFORE = /[报提呈申送转需待经已]$/;

export const rule = defineRule({
  meta: {
    id: 'request-in-report',
    description: {
      zh: '报告中不得夹带请示事项（如“妥否，请批示”“请予批准”）（《党政机关公文处理工作条例》第十五条）',
      en: 'A report carries no request for approval (Regulations on the Handling of Party and Government Documents, art. 15)',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      request: {
        zh: '报告中不得夹带请示事项：“{found}”是请示用语（《党政机关公文处理工作条例》第十五条）；需要批准的事项应另行请示',
        en: '“{found}” asks for approval: a report must not carry a request (art. 15 of the Regulations); send a separate 请示',
      },
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (model.title && model.title.text.includes('请示')) return;
    const text = model.text;
    const hits = hitsOf(model, Group.Request);
    for (let k = 0; k < hits.at.length && !ctx.saturated; k++) {
      const p = hits.at[k];
      if (text.charCodeAt(p) !== 0x8bf7) continue; // 请
      const line = model.lines[hits.line[k]];
      const lineFrom = line.start + line.contentStart;
      const before = text.slice(Math.max(lineFrom, p - 10), p);
      let length = 0;
      const m = REQUEST.exec(text.slice(p, p + 8));
      if (m && !PROCEDURE_BEFORE.test(before)) length = m[0].length;
      else if (text.startsWith('请示', p) && CLOSING_BEFORE.test(before) && !/^请示(?:报告|事项|件|的)/.test(text.slice(p, p + 4))) length = 2;
      if (!length) continue;
      // The formula with its lead-in (`妥否，请批示`), as the reviewer would quote it.
      const lead = /(?:妥否|当否|可否|特此)[,，]?\s*$/.exec(before);
      const start = lead ? p - lead[0].length : p;
      ctx.report({
        range: range(line.index, start - line.start, p + length - line.start),
        message: ctx.t('request', { found: text.slice(start, p + length) }),
      });
    }
  },
});
