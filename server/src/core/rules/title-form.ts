/**
 * title-form: a 公文 title names the issuing organ, the matter (here with its year) and the
 * 文种 (the profile's genre, `报告`), and carries no trailing punctuation (《党政机关公文处理工作条例》第九条).
 */
import { defineRule } from './types';
import { contentRange, range } from './util';
import { MASKED_YEAR } from '../footer-links';

export const rule = defineRule({
  meta: {
    id: 'title-form',
    description: { zh: '标题应含发文机关、年度和文种（如“报告”），末尾不加标点', en: 'The title names organ, year and 报告, without trailing punctuation' },
    defaultSeverity: 'warning',
    fixable: 'safe',
    messages: {
      organ: { zh: '标题缺少发文机关名称', en: 'The title does not name the issuing organ' },
      year: { zh: '标题缺少报告年度', en: 'The title does not name the report year' },
      yearChar: { zh: '标题中年份“{year}”后缺少“年”字（应为“{year}年度”）', en: 'The year {year} in the title lacks 年 ({year}年度)' },
      genre: { zh: '标题缺少文种“{genre}”', en: 'The title lacks the document type {genre}' },
      mustInclude: { zh: '标题应含“{word}”（报告类型“{profile}”的标题要求）', en: 'The title should contain “{word}” (the title form of {profile})' },
      punct: { zh: '标题末尾不应有标点', en: 'No punctuation at the end of the title' },
      fixPunct: { zh: '删除末尾标点', en: 'Remove the punctuation' },
    },
  },
  check(ctx) {
    const title = ctx.model.title;
    if (!title) return;
    const main = ctx.model.lines[title.mainLine];
    const where = contentRange(main);
    if (!title.organ) ctx.report({ range: where, message: ctx.t('organ') });
    // A masked year (`****年度`) is template text: the placeholder rule names it, once.
    if (!/(?:19|20)\d{2}\s*年/.test(title.text) && !MASKED_YEAR.test(title.text)) {
      // `2025度…`: the year is there (and read as the report year), its 年 is not.
      const bare = /((?:19|20)\d{2})\s*度/.exec(title.text);
      ctx.report({ range: where, message: bare ? ctx.t('yearChar', { year: bare[1] }) : ctx.t('year') });
    }
    const genre = ctx.model.profile.genre;
    if (!title.text.includes(genre)) ctx.report({ range: where, message: ctx.t('genre', { genre }) });
    // A stricter title form from a custom profile (.gongwen.json): words the title must contain.
    for (const word of ctx.model.profile.titleMustInclude ?? []) {
      if (!title.text.includes(word)) ctx.report({ range: where, message: ctx.t('mustInclude', { word, profile: ctx.model.profile.name[ctx.options.locale ?? 'zh'] }) });
    }
    const last = main.text.slice(main.contentStart, main.contentEnd).match(/[。．.，,；;：:！!？?]+$/);
    if (last) {
      const r = range(main.index, main.contentEnd - last[0].length, main.contentEnd);
      ctx.report({ range: r, message: ctx.t('punct'), fixes: [{ title: ctx.t('fixPunct'), edits: [{ range: r, newText: '' }], safe: true, preferred: true }] });
    }
  },
});
