/**
 * placeholder: template text left in a draft — `XX市`, `××局`, `某某同志`, `*区`, `第x名`,
 * `x01x年度`, `20XX年`, `（此处填写…）`, `【 】`, `TODO`, `____`. A report that goes out with
 * one is sent back at once. Latin text is left alone: `XXL`, `iPhone X`, `X光` are not placeholders.
 * Error, no fix: only the author knows what belongs there.
 */
import { defineRule, type RuleContext } from './types';
import { isDigit, isHan, Group, hitsOf } from './text-scan';
import { range } from './util';

const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isX = (c: number) => c === 120 || c === 88 || c === 0xd7; // x X ×
/** After a lone `*`: a unit or an administrative level (`*区`, `*次`). */
const UNIT_AFTER_STAR = /^[省市县区镇乡村街局委办次件人个名项家所万元条份场年月日]/;
/** `X光`, `X射线`: Latin letters Chinese uses as words. */
const X_WORDS = /^[xX](?:光|射线|线)/;
const OPENERS: Record<string, string> = { '）': '（(', ')': '(（', '】': '【[', '〕': '〔', ']': '[【' };

export const rule = defineRule({
  meta: {
    id: 'placeholder',
    description: { zh: '模板占位内容未替换（如“XX”“××”“某某”“（此处填写…）”“【 】”“TODO”），公文表述应准确（《党政机关公文处理工作条例》第十九条）', en: 'Template placeholders left in the text (XX, ××, 某某, 此处填写, TODO)' },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      placeholder: { zh: '模板占位内容未替换：“{found}”', en: 'Template placeholder left in: {found}' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const text = model.text;
    const hits = hitsOf(model, Group.Mark);
    let covered = -1;
    for (let k = 0; k < hits.at.length && !ctx.saturated; k++) {
      const p = hits.at[k];
      if (p < covered) continue;
      const line = model.lines[hits.line[k]];
      const from = line.start + line.contentStart;
      const to = line.start + line.contentEnd;
      // Outside the line's content is indentation or Markdown markup (`**标题**`), never a placeholder.
      if (p < from || p >= to) continue;
      const found = placeholderAt(text, p, from, to);
      if (!found) continue;
      covered = found[1];
      report(ctx, line.index, line.start, found[0], found[1], text);
    }
  },
});

function report(ctx: RuleContext, line: number, lineStart: number, start: number, end: number, text: string): void {
  ctx.report({ range: range(line, start - lineStart, end - lineStart), message: ctx.t('placeholder', { found: text.slice(start, end) }) });
}

/** `[start, end)` of the placeholder the trigger at `p` belongs to, or null. */
function placeholderAt(text: string, p: number, from: number, to: number): [number, number] | null {
  const c = text.charCodeAt(p);
  if (isX(c)) return xRun(text, p, from, to);
  const ch = text[p];
  if (ch === '*') {
    let e = p;
    while (text[e] === '*') e++;
    if (isLatin(text.charCodeAt(p - 1)) || isDigit(text.charCodeAt(p - 1))) return null;
    if (e - p >= 2 || UNIT_AFTER_STAR.test(text.slice(e, e + 1))) return [p, e];
    return null;
  }
  if (ch === '_') {
    let e = p;
    while (text[e] === '_') e++;
    return e - p >= 3 ? [p, e] : null;
  }
  if (ch === '某') return text[p + 1] === '某' && text[p - 1] !== '某' ? [p, p + 2] : null;
  if (ch === 'T') {
    const m = /^(?:TODO|TBD)(?![A-Za-z])/.exec(text.slice(p, p + 5));
    return m && !isLatin(text.charCodeAt(p - 1)) ? [p, p + m[0].length] : null;
  }
  if (ch === '此' || ch === '填') return fillIn(text, p, to);
  if (ch in OPENERS) return emptyBrackets(text, p, from, OPENERS[ch]);
  return null;
}

/** `XX`, `××`, `第x名`, `x01x年度`, `20XX年`: x runs outside Latin text. */
function xRun(text: string, p: number, from: number, to: number): [number, number] | null {
  let s = p;
  let e = p;
  while (s > from && (isX(text.charCodeAt(s - 1)) || isDigit(text.charCodeAt(s - 1)))) s--;
  while (e < to && (isX(text.charCodeAt(e)) || isDigit(text.charCodeAt(e)))) e++;
  if (isLatin(text.charCodeAt(s - 1)) || isLatin(text.charCodeAt(e))) return null;
  const run = text.slice(s, e);
  if (/[0-9]/.test(run)) {
    // `x01x年`, `201x年`: a year or a date with letters in it. `3×4` is arithmetic.
    return /[xX×]/.test(run) && /^[年月日]/.test(text[e] ?? '') && run.length <= 4 ? [s, e] : null;
  }
  if (run.length >= 2) return [s, e];
  // A lone x between Chinese characters: `全省第x名`; but `X光`.
  if (X_WORDS.test(text.slice(p, p + 3))) return null;
  return isHan(text.charCodeAt(p - 1)) && isHan(text.charCodeAt(p + 1)) ? [p, p + 1] : null;
}

/** `（此处填写单位名称）`, `此处插入图表`, `（填写金额）`: an instruction to whoever fills the template in. */
function fillIn(text: string, p: number, to: number): [number, number] | null {
  const here = text[p] === '此';
  if (here ? !/^此处(?:填写|填入|输入|添加|补充|插入|为)/.test(text.slice(p, p + 4)) : !/^填(?:写|入)/.test(text.slice(p, p + 2))) return null;
  const open = /[（(【\[]\s*$/.exec(text.slice(Math.max(0, p - 3), p));
  if (!open) return here ? [p, p + 4] : null; // `填写` alone is ordinary text (`填写报表`)
  const start = p - open[0].length;
  const closeAt = text.slice(p, Math.min(to, p + 40)).search(/[）)】\]]/);
  return [start, closeAt === -1 ? p + 4 : p + closeAt + 1];
}

/** `【 】`, `（  ）`, `〔〕`: brackets with nothing but spaces inside. */
function emptyBrackets(text: string, p: number, from: number, openers: string): [number, number] | null {
  let s = p - 1;
  while (s >= from && (text[s] === ' ' || text[s] === '\u3000')) s--;
  return s >= from && openers.includes(text[s]) ? [s, p + 1] : null;
}
