/**
 * garbled-text: a GBK/GB18030 draft opened as UTF-8 turns every Chinese character into `�`
 * (U+FFFD). Checking that text would report missing sections that are there, so this one
 * finding replaces all others and names the way out: reopen the file as GB18030.
 */
import { defineRule } from './types';
import { range } from './util';

/** Fewer replacement characters are a stray glyph lost in copying, not a misread file. */
export const GARBLED_MIN = 3;

export const rule = defineRule({
  meta: {
    id: 'garbled-text',
    description: { zh: '文本含乱码（“�”），文件可能是 GBK/GB18030 编码却按 UTF-8 打开', en: 'Garbled text (�): a GBK/GB18030 file read as UTF-8' },
    defaultSeverity: 'error',
    fixable: false,
    exclusive: true,
    messages: {
      garbled: {
        zh: '文本含 {count} 处乱码“�”：文件可能是 GBK/GB18030 编码，却按 UTF-8 打开。请用快速修复“以 GB18030 编码重新打开”（或命令“公文报告: 以 GB18030 编码重新打开”）；乱码消除后再检查其余内容',
        en: '{count} garbled characters (�): the file is probably GBK/GB18030 but was read as UTF-8. Use the quick fix "Reopen with GB18030 encoding" (or the command "Gongwen Report: Reopen with GB18030 Encoding"); the other checks run once the text reads right',
      },
    },
  },
  check(ctx) {
    const { text, lines } = ctx.model;
    let count = 0;
    let first = -1;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      if (first < 0) first = i;
      count++;
    }
    if (count < GARBLED_MIN) return;
    const line = lines.find((l) => l.start <= first && first <= l.end) ?? lines[0];
    const at = first - line.start;
    // Mark the first garbled run only, not the whole (all garbled) line.
    ctx.report({ range: range(line.index, at, Math.min(line.text.length, at + 8)), message: ctx.t('garbled', { count }) });
  },
});
