/**
 * doubled-word: a phrase written twice in a row (`建设建设`, `中华人民共和国中华人民共和国`),
 * the commonest slip of copy-and-paste drafting. Reduplications that Chinese uses on purpose
 * (`常常`, `研究研究`) are single characters or verbs a report does not use, so two characters
 * or more, outside a short allow-list, are flagged.
 */
import type { Rule } from './types';
import { range } from './util';

/** The pattern, for reference: `doubledPhrases` finds exactly its `matchAll` matches, faster. */
export const DOUBLED = /([\u4e00-\u9fff]{2,8})\1/g;
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
      let covered = 0;
      for (const [start, length] of doubledPhrases(line.text)) {
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
};

/** `进一步进一步` → `进一步`: the shortest phrase (two characters at least) the text repeats. */
function root(phrase: string): string {
  for (let p = 2; p < phrase.length; p++) {
    if (phrase.length % p === 0 && phrase.slice(p) === phrase.slice(0, phrase.length - p)) return phrase.slice(0, p);
  }
  return phrase;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * `[start, length]` of each phrase written twice in a row: the same matches in the same order as
 * `s.matchAll(DOUBLED)` (leftmost, then longest, the search resuming after a match), found by a
 * plain scan. The regex backtracks through seven lengths at every character and was most of the
 * time all rules took; here the code units at i+2 … i+8 ride along in locals, so most characters
 * cost one read and a few compares, and only a character pair that recurs within eight is looked at.
 */
export function doubledPhrases(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = s.length;
  const at = (k: number) => (k < n ? s.charCodeAt(k) : -1);
  let i = 0;
  let c0 = at(0), c1 = at(1), c2 = at(2), c3 = at(3), c4 = at(4), c5 = at(5), c6 = at(6), c7 = at(7), c8 = at(8);
  while (i + 4 <= n) {
    // A doubled phrase of length L repeats its first two characters L further on: compare the
    // pair first (single characters recur all the time in Chinese text, pairs rarely).
    const c9 = c0 === c8 ? at(i + 9) : -2;
    if (
      ((c0 === c2 && c1 === c3) || (c0 === c3 && c1 === c4) || (c0 === c4 && c1 === c5) || (c0 === c5 && c1 === c6) ||
        (c0 === c6 && c1 === c7) || (c0 === c7 && c1 === c8) || (c0 === c8 && c1 === c9)) &&
      isHan(c0)
    ) {
      // Both copies are Han characters: the longest possible phrase is half the Han run from i.
      let runEnd = i + 1;
      while (runEnd < n && runEnd < i + 16 && isHan(s.charCodeAt(runEnd))) runEnd++;
      let found = 0;
      for (let len = Math.min(8, (runEnd - i) >> 1); len >= 2 && !found; len--) {
        let k = 0;
        while (k < len && s.charCodeAt(i + k) === s.charCodeAt(i + len + k)) k++;
        if (k === len) found = len;
      }
      if (found) {
        out.push([i, found]);
        i += 2 * found;
        c0 = at(i); c1 = at(i + 1); c2 = at(i + 2); c3 = at(i + 3); c4 = at(i + 4); c5 = at(i + 5); c6 = at(i + 6); c7 = at(i + 7); c8 = at(i + 8);
        continue;
      }
    }
    i++;
    c0 = c1; c1 = c2; c2 = c3; c3 = c4; c4 = c5; c5 = c6; c6 = c7; c7 = c8; c8 = at(i + 8);
  }
  return out;
}
