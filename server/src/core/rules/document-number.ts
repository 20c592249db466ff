/**
 * document-number: a 发文字号 encloses its year in 六角括号 — `阳法通〔2017〕32号`, not `[2017]`,
 * `【2017】`, `(2017)` or `（2017）` (GB/T 9704-2012 7.2.4) — and a cited document is named title
 * first, then its number: `《标题》（文号）`. That order was written down in 《国家行政机关公文处理办法》
 * (2000) 第二十三条 and is kept by every 公文 manual, but the 2012 条例 no longer states it: a hint.
 * Only a number that reads as one (organ code, four-digit year, serial, 号) is looked at.
 */
import { defineRule, type RuleContext } from './types';
import { isDigit, isHan, Group, hitsOf } from './text-scan';
import { range } from './util';

const OPEN = '[【(（［﹝';
const CLOSE = ']】)）］﹞';
const LEADING_WORD = /^(?:按照|根据|依据|依照|遵照|参照|对照|落实|贯彻|执行|转发|印发|见|按|据|依|和|及|与|以|经|即)/;

export const rule = defineRule({
  meta: {
    id: 'document-number',
    description: {
      zh: '发文字号的年份用六角括号“〔〕”（GB/T 9704-2012 7.2.4），引用公文先标题后文号',
      en: 'The year of a document number in 〔〕 (GB/T 9704-2012 7.2.4); a cited title before its number',
    },
    defaultSeverity: 'warning',
    fixable: 'safe',
    messages: {
      lookalike: { zh: '发文字号中的六角括号应为“〔〕”，此处为形近的“﹝﹞”：“{expected}”（GB/T 9704-2012 7.2.4）', en: 'The brackets look like 〔〕 but are ﹝﹞: {expected} (GB/T 9704-2012 7.2.4)' },
      brackets: { zh: '发文字号中的年份应使用六角括号：“{expected}”（GB/T 9704-2012 7.2.4）', en: 'The year in a document number takes 〔〕: {expected} (GB/T 9704-2012 7.2.4)' },
      order: { zh: '引用公文宜先引标题，后引发文字号：“《{title}》（{number}）”（公文写作通行规范，原《国家行政机关公文处理办法》第二十三条）', en: 'Cite the title first, then the number: 《{title}》（{number}） (common 公文 practice)' },
      fix: { zh: '改为“{expected}”', en: 'Change to {expected}' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const text = model.text;
    const scan = hitsOf(model, Group.Number);
    for (let k = 0; k < scan.at.length && !ctx.saturated; k++) {
      const p = scan.at[k];
      if (text.charCodeAt(p) !== 0x53f7) continue; // 号 after a digit
      const line = model.lines[scan.line[k]];
      const n = numberEndingAt(text, p, line.start + line.contentStart);
      if (!n) continue;
      if (n.open !== '〔') brackets(ctx, text, n, line.start, line.index);
      titleAfter(ctx, text, n, p + 1, line.start, line.index, line.start + line.contentEnd);
    }
  },
});

interface DocNumber {
  /** Where the organ code starts and the year's brackets stand. */
  start: number;
  open: string;
  openAt: number;
  closeAt: number;
  end: number;
}

/** `阳法通[2017]32号` ending with the 号 at `p`: organ code (Han), bracketed year, serial. */
function numberEndingAt(text: string, p: number, lineFrom: number): DocNumber | null {
  let i = p;
  while (isDigit(text.charCodeAt(i - 1)) && p - i < 5) i--;
  if (i === p) return null;
  const closeAt = i - 1;
  if (!(CLOSE + '〕').includes(text[closeAt])) return null;
  const openAt = closeAt - 5;
  if (openAt < lineFrom || !(OPEN + '〔').includes(text[openAt])) return null;
  if (OPEN.indexOf(text[openAt]) !== CLOSE.indexOf(text[closeAt]) && text[openAt] !== '〔') return null;
  for (let d = openAt + 1; d < closeAt; d++) if (!isDigit(text.charCodeAt(d))) return null;
  const year = +text.slice(openAt + 1, closeAt);
  if (year < 1949 || year > 2099) return null;
  // An organ code: one to ten Han characters right before the bracket (`国发`, `阳法通`).
  let s = openAt;
  while (s > lineFrom && isHan(text.charCodeAt(s - 1)) && openAt - s < 10) s--;
  // Running text puts a verb before the code (`按照国发〔2004〕10号`): that is not part of it.
  const lead = LEADING_WORD.exec(text.slice(s, openAt));
  if (lead && s + lead[0].length < openAt) s += lead[0].length;
  if (s === openAt) return null;
  return { start: s, open: text[openAt], openAt, closeAt, end: p + 1 };
}

function brackets(ctx: RuleContext, text: string, n: DocNumber, lineStart: number, line: number): void {
  const expected = text.slice(n.start, n.openAt) + '〔' + text.slice(n.openAt + 1, n.closeAt) + '〕' + text.slice(n.closeAt + 1, n.end);
  ctx.report({
    range: range(line, n.start - lineStart, n.end - lineStart),
    // `﹝﹞` looks the same on paper; only a search for the number tells them apart: a hint.
    message: ctx.t(n.open === '﹝' ? 'lookalike' : 'brackets', { expected }),
    hint: n.open === '﹝',
    fixes: [
      {
        title: ctx.t('fix', { expected }),
        edits: [
          { range: range(line, n.openAt - lineStart, n.openAt + 1 - lineStart), newText: '〔' },
          { range: range(line, n.closeAt - lineStart, n.closeAt + 1 - lineStart), newText: '〕' },
        ],
        safe: true,
        preferred: true,
      },
    ],
  });
}

/** `国发〔2004〕10号《全面推进依法行政实施纲要》`: the number stands before the title it belongs to. */
function titleAfter(ctx: RuleContext, text: string, n: DocNumber, from: number, lineStart: number, line: number, lineEnd: number): void {
  let i = from;
  const wrapped = /[（(]/.test(text[n.start - 1] ?? '') && /[）)]/.test(text[i] ?? '');
  if (wrapped) i++;
  if (text[i] !== '《') return;
  const close = text.indexOf('》', i);
  if (close === -1 || close >= lineEnd) return;
  const title = text.slice(i + 1, close);
  if (title.includes('《')) return;
  const number = text.slice(n.start, n.end);
  ctx.report({
    range: range(line, (wrapped ? n.start - 1 : n.start) - lineStart, close + 1 - lineStart),
    message: ctx.t('order', { title, number }),
    hint: true,
  });
}
