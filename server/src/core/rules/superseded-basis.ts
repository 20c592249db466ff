/**
 * superseded-basis: a document cited as current that was repealed or replaced — 《国家行政机关公文
 * 处理办法》 after the 2012 条例, 《合同法》 after the 民法典 — from a table with the provision that
 * says so for each entry (data/superseded.ts). Offices extend it through `LintOptions.supersededBasis`
 * (the configuration file will fill it, once there is one). A sentence that itself speaks of the
 * repeal (`…同时废止`) is history, not a citation, and is left alone.
 */
import { defineRule, type LintOptions, type SupersededEntry } from './types';
import { SUPERSEDED } from './data/superseded';
import { Group, hitsOf, titleOpen } from './text-scan';
import { range } from './util';

const BUILT_IN = new Map(SUPERSEDED.map((e) => [e.title, e]));
/** The last characters of the built-in titles: a 》 after any other is no entry's, without a look-up. */
const BUILT_IN_LAST = new Set(SUPERSEDED.map((e) => e.title.charCodeAt(e.title.length - 1)));
const tables = new WeakMap<readonly SupersededEntry[], Map<string, SupersededEntry>>();

/** The built-in table, with the options' entries added (theirs win for a title in both). */
function tableFor(options: LintOptions): Map<string, SupersededEntry> {
  const extra = options.supersededBasis;
  if (!extra?.length) return BUILT_IN;
  let table = tables.get(extra);
  if (!table) tables.set(extra, (table = new Map([...BUILT_IN, ...extra.map((e) => [e.title.replace(/^《|》$/g, ''), e] as const)])));
  return table;
}

/** The sentence speaks of the change itself. */
const HISTORY = /废止|停止执行|失效|取代|代替|替代|修订前|原《/;

export const rule = defineRule({
  meta: {
    id: 'superseded-basis',
    description: { zh: '引用已废止或被替代的文件（如《国家行政机关公文处理办法》，依《党政机关公文处理工作条例》第四十二条停止执行）', en: 'A repealed or replaced document cited as current' },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      superseded: { zh: '《{title}》已不再有效，现行依据为《{replacedBy}》（{basis}）', en: '《{title}》 is no longer in force; cite 《{replacedBy}》 ({basis})' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const year = model.reportYear;
    if (year === null) return; // without the report year, a citation cannot be dated
    const table = tableFor(ctx.options);
    const lastChars = table === BUILT_IN ? BUILT_IN_LAST : null;
    const text = model.text;
    const hits = hitsOf(model, Group.Cited);
    for (let k = 0; k < hits.at.length && !ctx.saturated; k++) {
      const p = hits.at[k];
      if (text.charCodeAt(p) !== 0x300b) continue; // 》
      if (lastChars && !lastChars.has(text.charCodeAt(p - 1))) continue;
      const line = model.lines[hits.line[k]];
      const from = line.start + line.contentStart;
      const open = titleOpen(text, p, from, 60);
      if (open === -1) continue;
      const entry = table.get(text.slice(open + 1, p));
      if (!entry || year < entry.since) continue;
      if (HISTORY.test(sentenceAround(text, open, p, from, line.start + line.contentEnd))) continue;
      ctx.report({
        range: range(line.index, open - line.start, p + 1 - line.start),
        message: ctx.t('superseded', { title: entry.title, replacedBy: entry.replacedBy, basis: entry.basis }),
      });
    }
  },
});

/** The sentence (between `。；` marks, within the line) that holds `[start, end]`. */
export function sentenceAround(text: string, start: number, end: number, from: number, to: number): string {
  let s = start;
  while (s > from && !'。；;！？'.includes(text[s - 1])) s--;
  let e = end;
  while (e < to && !'。；;！？'.includes(text[e])) e++;
  return text.slice(s, e);
}
