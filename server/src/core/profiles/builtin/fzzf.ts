/**
 * The 法治政府建设年度报告: five parts fixed by 《法治政府建设与责任落实督察工作规定》, with the
 * words published reports use for each (research/domain.md §4).
 */
import type { ReportProfile } from '../types';

/** Where this type comes in detection (lower first); 0 is the default, the report type of a text no other profile claims. */
export const order = 0;

/** The 法治政府建设年度报告 (the default report type). */
export const profile: ReportProfile = {
  id: 'fzzf',
  name: { zh: '法治政府建设年度报告', en: 'annual report on building rule-of-law government' },
  basis: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）',
  titleExample: '发文机关+关于{year}年度法治政府建设情况的报告',
  detect: null,
  genre: '报告',
  titleWords: ['法治', '年度'],
  afterOrgan: ['法治'],
  // A text that says none of this in its title or opening is not a report on 法治政府建设.
  subject: { signal: '法治政府|依法行政|法治建设|法治工作|依法治', name: { zh: '法治政府建设', en: '法治政府建设' } },
  otherKinds: [
    { id: 'interpretation', name: { zh: '政策解读（对报告的解读）', en: 'an interpretation of a report (解读)' }, detect: '解读\\s*$|^【[^】]{0,6}解读】|的解读' },
    { id: 'five-year', name: { zh: '五年法治政府建设情况报告', en: 'a five-year report' }, detect: '五年(?:来|法治|工作|情况)|(?:19|20)\\d{2}\\s*[-—–至~～]\\s*(?:19|20)\\d{2}\\s*年(?:度)?法治政府建设(?:工作)?情况' },
    { id: 'work-summary', name: { zh: '年度工作总结', en: 'an annual work summary' }, detect: '工作总结|年终总结', unless: '法治政府建设' },
  ],
  // A lost `一、` before `2024年度推进法治政府建设的主要安排`: these words make a line a heading.
  // Besides 法治/年度/下一步, a line that starts the way a section's heading does (`存在问题及对策建议`).
  unnumberedHeading: '法治|年度|下一步|第一责任人|^(?:存在(?:的)?(?:主要)?(?:问题|不足|短板)|主要问题|问题(?:与|和|及)|不足(?:与|和|及)|薄弱环节|(?:主要)?举措(?:和|与|及)成效|主要做法|工作(?:进展|开展)情况|今后|明年|工作(?:计划|打算|安排|思路)|(?:党政)?主要负责(?:人|同志)履)',
  sections: [
    {
      id: 'measures',
      required: true,
      name: { zh: '主要举措和成效', en: 'main measures and results' },
      statutory: '上一年度推进法治政府建设的主要举措和成效',
      strong: ['举措', '成效', '进展情况', '开展情况', '落实情况', '基本情况', '总体情况', '工作情况', '主要做法', '主要工作', '工作成绩', '取得的成绩'],
      weak: ['情况', '做法'],
      mention: null,
      template: '{year}年度推进法治政府建设的主要举措和成效',
      templateNoYear: '上一年度推进法治政府建设的主要举措和成效',
      yearOffset: 0,
    },
    {
      id: 'shortcomings',
      required: true,
      name: { zh: '存在的不足和原因', en: 'shortcomings and their causes' },
      statutory: '上一年度推进法治政府建设存在的不足和原因',
      strong: ['不足', '存在的问题', '存在问题', '主要问题', '薄弱环节', '短板', '差距', '原因'],
      weak: ['问题'],
      mention: '(?:存在|仍有|还有|也有)[^。]{0,12}(?:不足|问题|差距|短板|薄弱)',
      template: '{year}年度推进法治政府建设存在的不足和原因',
      templateNoYear: '上一年度推进法治政府建设存在的不足和原因',
      yearOffset: 0,
    },
    {
      id: 'leader-duty',
      required: true,
      name: { zh: '党政主要负责人履行推进法治建设第一责任人职责情况', en: "principal leaders' duty as first responsible persons" },
      statutory: '上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      strong: ['第一责任人', '主要负责人', '主要负责同志', '主要领导'],
      weak: ['履职', '职责'],
      mention: '第一责任人',
      template: '{year}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      templateNoYear: '上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      yearOffset: 0,
    },
    {
      id: 'next-year-plan',
      required: true,
      name: { zh: '下一年度主要安排', en: "next year's main plans" },
      statutory: '下一年度推进法治政府建设的主要安排',
      strong: ['下一年度', '下一步', '下年度', '明年', '主要安排', '打算', '工作计划', '工作思路', '工作安排', '谋划', '展望', '{next}年'],
      weak: ['建议', '措施', '计划', '安排'],
      mention: null,
      template: '{next}年度推进法治政府建设的主要安排',
      templateNoYear: '下一年度推进法治政府建设的主要安排',
      shortName: { zh: '下一年度安排', en: 'plan section' },
      yearOffset: 1,
    },
    {
      id: 'other',
      required: false,
      name: { zh: '其他需要报告的情况', en: 'other matters to report' },
      statutory: '其他需要报告的情况',
      strong: ['其他需要报告', '其他事项', '其他情况'],
      weak: [],
      mention: null,
      template: '其他需要报告的情况',
      templateNoYear: '其他需要报告的情况',
      yearOffset: 0,
    },
  ],
};
