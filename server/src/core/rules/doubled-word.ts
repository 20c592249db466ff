/**
 * doubled-word: a phrase written twice in a row (`建设建设`, `中华人民共和国中华人民共和国`),
 * the commonest slip of copy-and-paste drafting. Reduplications that Chinese uses on purpose
 * (`常常`, `研究研究`) are single characters or verbs a report does not use, so two characters
 * or more, outside a short allow-list, are flagged.
 */
import { defineRule } from './types';
import { range } from './util';
import { textScan } from './text-scan';

export { DOUBLED, doubledPhrases } from './doubled-scan';
const ALLOWED = new Set(['研究', '讨论', '学习', '看看', '一个', '一项', '一件', '一步', '一批']);

export const rule = defineRule({
  meta: {
    id: 'doubled-word',
    description: { zh: '词语重复（如“建设建设”）', en: 'A phrase written twice in a row' },
    defaultSeverity: 'warning',
    fixable: 'suggested',
    messages: {
      doubled: { zh: '词语重复：“{word}{word}”', en: 'Doubled phrase: {word}{word}' },
      fix: { zh: '删除重复的“{word}”', en: 'Remove the repeated {word}' },
    },
  },
  check(ctx) {
    // The shared pass (text-scan.ts) found them, line by line, in the document's own text.
    for (const [index, phrases] of textScan(ctx.model).doubled) {
      const line = ctx.model.lines[index];
      let covered = 0;
      for (const [at, length] of phrases) {
        const start = at - line.start;
        if (ctx.saturated) return;
        if (start < covered) continue;
        const word = root(line.text.slice(start, start + length));
        if (ALLOWED.has(word)) continue;
        // `建设建设建设`: one finding for the whole run of copies, whose fix leaves one.
        let end = start + word.length;
        while (line.text.startsWith(word, end)) end += word.length;
        covered = end;
        const dup = range(line.index, start + word.length, end);
        ctx.report({
          range: range(line.index, start, end),
          message: ctx.t('doubled', { word }),
          fixes: [{ title: ctx.t('fix', { word }), edits: [{ range: dup, newText: '' }], safe: false, preferred: true }],
        });
      }
    }
  },
});

/** `进一步进一步` → `进一步`: the shortest phrase (two characters at least) the text repeats. */
function root(phrase: string): string {
  for (let p = 2; p < phrase.length; p++) {
    if (phrase.length % p === 0 && phrase.slice(p) === phrase.slice(0, phrase.length - p)) return phrase.slice(0, p);
  }
  return phrase;
}

