/**
 * doubled-word: a phrase written twice in a row (`建设建设`, `中华人民共和国中华人民共和国`),
 * the commonest slip of copy-and-paste drafting. Reduplications that Chinese uses on purpose
 * (`常常`, `研究研究`) are single characters or verbs a report does not use, so two characters
 * or more, outside a short allow-list, are flagged.
 */
import type { Rule } from './types';
import { range } from './util';

const DOUBLED = /([\u4e00-\u9fff]{2,8})\1/g;
const ALLOWED = new Set(['研究', '讨论', '学习', '看看', '一个', '一项', '一件', '一步', '一批']);

export const rule: Rule = {
  meta: {
    id: 'doubled-word',
    description: { zh: '词语重复（如“建设建设”）', en: 'A phrase written twice in a row' },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      doubled: { zh: '词语重复：“{word}{word}”', en: 'Doubled phrase: {word}{word}' },
      fix: { zh: '删除重复的“{word}”', en: 'Remove the repeated {word}' },
    },
  },
  check(ctx) {
    for (const line of ctx.model.lines) {
      if (line.kind === 'blank' || line.kind === 'residue') continue;
      for (const m of line.text.matchAll(DOUBLED)) {
        if (ctx.saturated) return;
        const word = m[1];
        if (ALLOWED.has(word)) continue;
        const start = m.index ?? 0;
        const dup = range(line.index, start + word.length, start + 2 * word.length);
        ctx.report({
          range: range(line.index, start, start + 2 * word.length),
          message: ctx.t('doubled', { word }),
          fixes: [{ title: ctx.t('fix', { word }), edits: [{ range: dup, newText: '' }], safe: false, preferred: true }],
        });
      }
    }
  },
};
