/**
 * stale-content: text carried over from an older report. Period terms whose period has ended
 * (`“十三五”`, `“七五”普法` in a 2023 report), calls to implement the 精神 of a party congress or
 * plenum that a later one has replaced (`党的十九大精神` from 2023 on), a cited plan or 纲要 whose
 * period in its title has ended (`《法治政府建设实施纲要（2015—2020年）》` in 2022), and a plan
 * section that speaks of a year already reported (`2023年，我局将…` in the 2023 report's plan).
 * The periods are data with their sources (data/periods.ts). The year right after a period is
 * still one of summing it up, and `…以来`, `…期间`, `收官` look back on purpose: those are hints.
 * Warning, no fix: whether to update the text or to keep a deliberate reference is the author's call.
 */
import { defineRule, type RuleContext } from './types';
import type { DocumentModel } from '../model';
import { sectionDef } from '../profiles';
import { CONGRESSES, PERIODS, type Period } from './data/periods';
import { sentenceAround } from './superseded-basis';
import { Group, hitsOf, titleOpen } from './text-scan';
import { range } from './util';

/** Words that look back on a period on purpose. */
const RETROSPECT = /以来|期间|时期|收官|回顾|总结|验收|圆满完成|相比|比较/;
const BY_TERM = new Map(PERIODS.map((p) => [p.term, p]));
/** `（2015—2020年）` closing a cited title: the period the document covers. */
const TITLE_PERIOD = /[（(]\s*((?:19|20)\d{2})\s*年?\s*[—\-~一–－～]+\s*((?:19|20)\d{2})\s*年?\s*[）)]$/;
const ANY_YEAR = /(?:19|20)\d{2}/;
const PLAN_PAST_YEAR = /(?:^|[。；;，,]|[一二三四五六七八九十]是)\s*((?:19|20)\d{2})\s*年度?\s*[，,]?[^。；;]{0,12}?(?:将|要|计划|拟|力争)/g;

export const rule = defineRule({
  meta: {
    id: 'stale-content',
    description: { zh: '沿用往年报告的过时内容：已结束的规划期（“十三五”“七五”普法等，依各规划起止年份）、已由新一届代表大会替代的会议精神、期限已过的纲要、下一年度安排中的已报告年度', en: 'Content carried over from an older report (ended periods, replaced congress 精神, past years in the plan)' },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      period: { zh: '“{term}”（{from}—{to}年）已于报告年度{year}年前结束，疑似沿用往年报告（{basis}）', en: '{term} ({from}–{to}) ended before the report year {year}: copied from an older report? ({basis})' },
      congress: { zh: '报告年度{year}年仍写贯彻“{term}”精神，疑似沿用往年报告（{basis}）', en: 'In {year} the report still implements the 精神 of {term}: copied from an older report? ({basis})' },
      title: { zh: '所引《{title}》的期限{from}—{to}年已在报告年度{year}年前结束，疑似沿用往年报告', en: 'The cited {title} covers {from}–{to}, which ended before the report year {year}' },
      plan: { zh: '下一年度安排写的是{found}年，该年度已在本报告中报告，应为{expected}年', en: 'The plan speaks of {found}, the year this report covers; {expected} expected' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const year = model.reportYear;
    if (year === null) return;
    const text = model.text;
    const hits = hitsOf(model, Group.Stale);
    let reportedUpTo = -1;
    for (let k = 0; k < hits.at.length && !ctx.saturated; k++) {
      const p = hits.at[k];
      if (p < reportedUpTo) continue;
      const code = text.charCodeAt(p);
      const c = code === 0x4e94 ? '五' : code === 0x300b ? '》' : code === 0x5927 ? '大' : '全';
      const line = model.lines[hits.line[k]];
      const from = line.start + line.contentStart;
      const to = line.start + line.contentEnd;
      const found = c === '五' ? period(text, p) : c === '》' ? titlePeriod(text, p, from) : congress(text, p, from);
      // Most terms a report names are current: the sentence around them is read only for the others.
      if (!found || found.to >= year) continue;
      const sentence = sentenceAround(text, found.start, p, from, to);
      let hint = false;
      if (found.kind === 'congress') {
        // Only a call to implement its 精神 is stale; `党的十九大以来` is history.
        if (!sentence.slice(sentence.indexOf(found.term)).includes('精神') || sentence.includes('以来')) continue;
      } else {
        const retro = RETROSPECT.test(sentence);
        if (found.to === year - 1 && retro) continue;
        hint = found.to === year - 1 || retro;
      }
      // `党的十九大和十九届六中全会精神`: one finding for the call, not one per name in it.
      reportedUpTo = found.kind === 'congress' ? found.start + sentence.length : p + 1;
      ctx.report({
        range: range(line.index, found.start - line.start, p + 1 - line.start),
        message: ctx.t(found.kind, { term: found.term, from: found.from, to: found.to, year, basis: found.basis, title: found.term }),
        hint,
      });
    }
    planYears(ctx, model, year);
  },
});

interface Stale {
  kind: 'period' | 'congress' | 'title';
  term: string;
  start: number;
  from: number;
  to: number;
  basis: string;
}

/** `十三五`, `十四五`, `十五五` ending at the 五 at `p`; `七五`/`八五`/`九五` only before `普法`. */
function period(text: string, p: number): Stale | null {
  let entry: Period | undefined = BY_TERM.get(text.slice(p - 2, p + 1));
  let start = p - 2;
  if (entry && text[p - 3] === '二') return null;
  if (!entry && text[p - 2] !== '十' && /^[”"’]?普法/.test(text.slice(p + 1, p + 4))) {
    entry = BY_TERM.get(text.slice(p - 1, p + 1) + '普法');
    start = p - 1;
  }
  return entry ? { kind: 'period', term: entry.term, start, from: entry.from, to: entry.to, basis: entry.basis } : null;
}

const PLENUMS = CONGRESSES.map((c) => new RegExp(`${c.plenumPrefix}(?:[一二三四五六七]中[、，,和及]?)+$`));

/** `十九大` (大 at `p`), or `十九届六中全会` / `十九届二中、三中全会` (全 at `p`). */
function congress(text: string, p: number, from: number): Stale | null {
  for (let i = 0; i < CONGRESSES.length; i++) {
    const c = CONGRESSES[i];
    if (text[p] === '大' && text.slice(p - c.congress.length + 1, p + 1) === c.congress) {
      return { kind: 'congress', term: c.congress, start: p - c.congress.length + 1, from: 0, to: c.until, basis: c.basis };
    }
    if (text[p] === '全' && text[p + 1] === '会') {
      const m = PLENUMS[i].exec(text.slice(Math.max(from, p - 24), p));
      if (m) return { kind: 'congress', term: m[0] + '全会', start: p - m[0].length, from: 0, to: c.until, basis: c.basis };
    }
  }
  return null;
}

/** A cited title ending in its own period: `《…纲要（2015—2020年）》`. */
function titlePeriod(text: string, p: number, from: number): Stale | null {
  const last = text.charCodeAt(p - 1);
  if (last !== 0xff09 && last !== 41) return null; // the period closes the title: `（…年）》`
  const open = titleOpen(text, p, from, 80);
  if (open === -1) return null;
  const title = text.slice(open + 1, p);
  const m = TITLE_PERIOD.exec(title);
  if (!m || +m[2] < +m[1]) return null;
  return { kind: 'title', term: title, start: open, from: +m[1], to: +m[2], basis: '' };
}

/**
 * In the plan section's body, `2023年，我局将…` where 2023 is the year reported on. The plan is the
 * profile's section about the year after the report year (`yearOffset: 1`), whatever its id.
 */
function planYears(ctx: RuleContext, model: DocumentModel, year: number): void {
  const plan = model.sections.find((s) => s.status === 'present' && s.heading && sectionDef(model.profile, s.id)?.yearOffset === 1);
  if (!plan?.heading) return;
  for (let i = plan.heading.line + 1; i <= plan.heading.endLine && !ctx.saturated; i++) {
    const line = model.lines[i];
    if (line.kind === 'blank' || line.kind === 'residue' || line.kind === 'heading') continue;
    const content = line.text.slice(line.contentStart, line.contentEnd);
    // The pattern is tried at every character; a line without a year is passed over at once.
    if (!ANY_YEAR.test(content)) continue;
    PLAN_PAST_YEAR.lastIndex = 0;
    for (let m = PLAN_PAST_YEAR.exec(content); m; m = PLAN_PAST_YEAR.exec(content)) {
      const found = +m[1];
      if (found > year) continue;
      const start = line.contentStart + m.index + m[0].indexOf(m[1]);
      ctx.report({ range: range(i, start, start + 4), message: ctx.t('plan', { found, expected: year + 1 }) });
    }
  }
}
