/**
 * number-form: numbers written the way GB/T 15835-2011 and reviewing offices want them. A year
 * range takes the 一字线 `—` (GB/T 15834-2011 4.13.3.2), not a hyphen, `~`, en dash or the
 * character 一 (`2021-2025年` → `2021—2025年`); years are written in full (`25年底`); digits are
 * half-width (GB/T 15835-2011 4.1); `余` follows a round number only (`39余件`); a date ends in
 * `日`, not `号`, in formal text. Only unambiguous forms get a safe fix; the rest a suggestion.
 */
import { defineRule, type Fix, type RuleContext } from './types';
import { isDigit, isHan, Group, hitsOf } from './text-scan';
import { range } from './util';

const CONNECTORS = new Set([...'-~–－一'].map((c) => c.charCodeAt(0)));
const INTERESTING = new Set([...'-~–－一年余号'].map((c) => c.charCodeAt(0)));
/** What `余` may stand before: a measure word, 万, 亿. */
const MEASURE = /^[件次个人项家名场万亿元份条篇期天户家所批起宗类处]/;
/** After `25年`: what makes it a point in time, not a span (`近25年来`). */
const ABBREVIATED_YEAR_TAIL = /^(?:底|末|初|度|上半年|下半年|[0-9]{1,2}月)/;

export const rule = defineRule({
  meta: {
    id: 'number-form',
    description: {
      zh: '数字用法应符合 GB/T 15835-2011：年份范围用“—”、年份写全、数字用半角、“余”前为整数、日期用“日”',
      en: 'Numbers as GB/T 15835-2011 wants them: year ranges with —, full years, half-width digits',
    },
    defaultSeverity: 'warning',
    fixable: 'safe',
    messages: {
      range: { zh: '年份范围应使用连接号“—”：“{expected}”（GB/T 15834-2011 4.13.3.2）', en: 'A year range takes —: {expected} (GB/T 15834-2011 4.13.3.2)' },
      shortYear: { zh: '年份应写全，不应简写为“{found}”（GB/T 15835-2011 4.2.2）', en: 'Write the full year, not {found} (GB/T 15835-2011 4.2.2)' },
      fullWidth: { zh: '阿拉伯数字应使用半角形式：“{expected}”（GB/T 15835-2011 4.1）', en: 'Arabic digits are half-width: {expected} (GB/T 15835-2011 4.1)' },
      approx: { zh: '“余”表示约数，应接在整数之后（“{found}”）：写确数或改为整数加“余”', en: '余 (more than) follows a round number ({found}): give the exact number or a round one' },
      dateHao: { zh: '公文中日期应写作“{expected}”，不用“号”', en: 'A date in formal text ends in 日: {expected}' },
      fix: { zh: '改为“{expected}”', en: 'Change to {expected}' },
      fixApprox: { zh: '删除“余”', en: 'Remove 余' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const text = model.text;
    const scan = hitsOf(model, Group.Number);
    let fullWidthRunEnd = -1;
    for (let k = 0; k < scan.at.length && !ctx.saturated; k++) {
      const p = scan.at[k];
      const c = text.charCodeAt(p);
      if (!INTERESTING.has(c) && !(c >= 0xff10 && c <= 0xff19)) continue;
      const line = model.lines[scan.line[k]];
      if (c >= 0xff10 && c <= 0xff19) {
        if (p < fullWidthRunEnd) continue;
        fullWidthRunEnd = fullWidthDigits(ctx, text, p, line.start, line.index);
      } else if (CONNECTORS.has(c)) {
        if (isDigit(text.charCodeAt(p - 1)) || text[p - 1] === ' ' || text[p - 1] === '年') yearRange(ctx, text, p, line.start, line.index);
      } else if (c === 0x5e74) shortYear(ctx, text, p, line.start, line.index); // 年
      else if (c === 0x4f59) approximate(ctx, text, p, line.start, line.index); // 余
      else if (c === 0x53f7) dateHao(ctx, text, p, line.start, line.index); // 号
    }
  },
});

const edit = (ctx: RuleContext, line: number, start: number, end: number, newText: string, safe: boolean, title = ctx.t('fix', { expected: newText })): Fix => ({
  title,
  edits: [{ range: range(line, start, end), newText }],
  safe,
  preferred: true,
});

/** The year written in the four digits from `s`, if they are one. */
function yearAt(text: string, s: number): number | null {
  if (s < 0) return null;
  for (let i = s; i < s + 4; i++) if (!isDigit(text.charCodeAt(i))) return null;
  const y = +text.slice(s, s + 4);
  return y >= 1900 && y <= 2099 ? y : null;
}

/** `2021-2025年`, `2021年~2025年`, `2021一2025 年`: two years joined, the second one followed by 年. */
function yearRange(ctx: RuleContext, text: string, p: number, lineStart: number, line: number): void {
  let a = p;
  while (text[a - 1] === ' ') a--;
  if (text[a - 1] === '年') a--; // `2021年-2025年`
  // Not the tail of a longer number or code (`035200009/2024-00026`, `2023-12-28`).
  const from = isDigit(text.charCodeAt(a - 5)) || /[/.\-—:]/.test(text[a - 5] ?? '') ? null : yearAt(text, a - 4);
  if (from === null) return;
  let b = p + 1;
  while (text[b] === ' ') b++;
  const to = yearAt(text, b);
  if (to === null || isDigit(text.charCodeAt(b + 4)) || to <= from || to - from > 50) return;
  let e = b + 4;
  while (text[e] === ' ') e++;
  // A year range names years: `2024-0002` (an index number) and `2021-2025` before a word are no such thing.
  if (text[e] !== '年') return;
  // Only the connector (and the spaces around it) changes: nothing else the author wrote is touched.
  let s = p;
  while (text[s - 1] === ' ') s--;
  const expected = text.slice(a - 4, s) + '—' + text.slice(b, e + 1);
  ctx.report({
    range: range(line, a - 4 - lineStart, e + 1 - lineStart),
    message: ctx.t('range', { expected }),
    fixes: [edit(ctx, line, s - lineStart, b - lineStart, '—', true, ctx.t('fix', { expected }))],
  });
}

/** `25年底`, `23年12月`: two digits standing alone before 年, read as a year. */
function shortYear(ctx: RuleContext, text: string, p: number, lineStart: number, line: number): void {
  const s = p - 2;
  if (s < 0 || !isDigit(text.charCodeAt(s)) || isDigit(text.charCodeAt(s - 1)) || /[.\-/:：.]/.test(text[s - 1] ?? '')) return;
  const before = text[s - 1] ?? '';
  // `近25年`, `第25年`, `用了25年`, `每10年`: a span or an ordinal, not a year.
  if (/[近约了过经第每逾满超余多共历这那]/.test(before)) return;
  const tail = text.slice(p + 1, p + 5);
  if (!ABBREVIATED_YEAR_TAIL.test(tail)) return;
  const yy = +text.slice(s, p);
  if (yy > 40) return; // a two-digit year this late is 20xx; anything else is a count
  const found = text.slice(s, p + 1);
  ctx.report({
    range: range(line, s - lineStart, p + 1 - lineStart),
    message: ctx.t('shortYear', { found }),
    fixes: [edit(ctx, line, s - lineStart, s - lineStart, '20', false, ctx.t('fix', { expected: `20${found}` }))],
  });
}

/** A run of full-width digits (with half-width ones and a full-width point inside it). Returns where it ends. */
function fullWidthDigits(ctx: RuleContext, text: string, p: number, lineStart: number, line: number): number {
  let e = p;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if ((c >= 0xff10 && c <= 0xff19) || isDigit(c) || (c === 0xff0e && isFullDigit(text.charCodeAt(e + 1)))) e++;
    else break;
  }
  const expected = text.slice(p, e).replace(/[０-９．]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  ctx.report({
    range: range(line, p - lineStart, e - lineStart),
    message: ctx.t('fullWidth', { expected }),
    fixes: [edit(ctx, line, p - lineStart, e - lineStart, expected, true)],
  });
  return e;
}

const isFullDigit = (c: number) => c >= 0xff10 && c <= 0xff19;

/** `39余件`: 余 after a number that is not round. */
function approximate(ctx: RuleContext, text: string, p: number, lineStart: number, line: number): void {
  let s = p;
  while (isDigit(text.charCodeAt(s - 1))) s--;
  if (text[s - 1] === '.' || text[s - 1] === '．') return; // `1.5余万`: decimals are another matter
  if (text[p - 1] === '0' || !MEASURE.test(text.slice(p + 1, p + 2))) return;
  const found = text.slice(s, p + 2);
  ctx.report({
    range: range(line, s - lineStart, p + 1 - lineStart),
    message: ctx.t('approx', { found }),
    fixes: [edit(ctx, line, p - lineStart, p + 1 - lineStart, '', false, ctx.t('fixApprox'))],
  });
}

/** `4月1号` in the text: a date, written with 日. `5月1号楼` is an address. */
function dateHao(ctx: RuleContext, text: string, p: number, lineStart: number, line: number): void {
  let d = p;
  while (isDigit(text.charCodeAt(d - 1)) && p - d < 2) d--;
  if (d === p || isDigit(text.charCodeAt(d - 1)) || text[d - 1] !== '月') return;
  let m = d - 1;
  while (isDigit(text.charCodeAt(m - 1)) && d - 1 - m < 2) m--;
  if (m === d - 1 || isDigit(text.charCodeAt(m - 1))) return;
  const next = text.charCodeAt(p + 1);
  if (isHan(next) && /[楼院线文令室房栋馆]/.test(text[p + 1])) return;
  const expected = text.slice(m, p) + '日';
  ctx.report({
    range: range(line, m - lineStart, p + 1 - lineStart),
    message: ctx.t('dateHao', { expected }),
    fixes: [edit(ctx, line, p - lineStart, p + 1 - lineStart, '日', true, ctx.t('fix', { expected: '日' }))],
  });
}
