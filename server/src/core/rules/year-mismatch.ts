/**
 * year-mismatch: years must agree with the report year. Headings of this year's sections name
 * the report year; the plan section names the next year (a different year there usually means
 * last year's report was copied); the 成文日期 cannot fall before 1 November of the reported
 * year (the year's work is not over; see date-window.ts for the window and its basis).
 */
import { parseDateLine } from '../dates';
import { contentOf } from '../model';
import { defineRule } from './types';
import { contentRange, isJsSpace, range } from './util';
import { sectionDef } from '../profiles';
import { dateStanding } from '../date-window';
import { closingOrgan } from './util';

/**
 * Where the next year written before 年 starts, from `from` on: the next match of
 * `/(?:19|20)\d{2}(?=\s*年)/g`. Found from each 年 backwards (skip the spaces, then four
 * digits) instead of by regex, whose exec made a match array and a substring per year (~0.6 µs of
 * the rule's 2.8 per 20 KB check). Two such years are at least five apart (the 年 between), so
 * the matches are the same, in the same order (test/unit/rule-fast-paths.test.ts).
 */
export function nextYearMention(text: string, from: number): number {
  for (let n = text.indexOf('年', from); n >= 0; n = text.indexOf('年', n + 1)) {
    let end = n;
    while (end > from && isJsSpace(text.charCodeAt(end - 1))) end--;
    const at = end - 4;
    if (at < from) continue;
    const c0 = text.charCodeAt(at);
    const c1 = text.charCodeAt(at + 1);
    if (((c0 === 0x31 && c1 === 0x39) || (c0 === 0x32 && c1 === 0x30)) && isAsciiDigit(text.charCodeAt(at + 2)) && isAsciiDigit(text.charCodeAt(at + 3))) return at;
  }
  return -1;
}

function yearAt(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 4; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

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
      if (s.status !== 'present' || !s.heading) continue;
      const def = sectionDef(model.profile, s.id);
      if (!def) continue;
      const expected = year + def.yearOffset;
      const h = s.heading;
      for (let at = nextYearMention(h.text, 0); at >= 0; at = nextYearMention(h.text, at + 4)) {
        const found = yearAt(h.text, at);
        if (found === expected) continue;
        const start = h.textStart + at;
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
