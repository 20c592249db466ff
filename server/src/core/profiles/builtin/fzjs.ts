/**
 * The 法治建设年度报告 of a Party committee (中共XX县委关于2023年度法治建设情况的报告): 市、县、乡
 * 党委 report each year to the Party committee above on building the rule of law, and the 党政主要
 * 负责人 answer for it as 第一责任人. The parts follow those reports as published (measures,
 * problems, the first responsible person's duty, next year's plan), not a list fixed word for word
 * by a regulation, so only those four are required.
 */
import type { ReportProfile } from '../types';

/** Where this type comes in detection (lower first); 0 is the default. */
export const order = 20;

/** The 党委法治建设年度报告 profile. */
export const profile: ReportProfile = {
  id: 'fzjs',
  name: { zh: '党委法治建设年度报告', en: "a Party committee's annual report on building the rule of law" },
  basis: '《党政主要负责人履行推进法治建设第一责任人职责规定》《法治政府建设与责任落实督察工作规定》',
  titleExample: '中共XX委员会关于{year}年度法治建设情况的报告',
  // A Party committee's title naming 法治建设 (法治政府建设 is the government's report, not this one).
  detect: '^[^\\n]*(?:中共|党委|党组|[县市区州旗盟]委)[^\\n]*法治建设[^\\n]*报告',
  genre: '报告',
  titleWords: ['法治建设', '年度'],
  afterOrgan: ['法治建设'],
  unnumberedHeading: '法治|年度|下一步',
  sections: [
    {
      id: 'measures',
      required: true,
      name: { zh: '法治建设主要举措和成效', en: 'main measures and results' },
      statutory: '上一年度推进法治建设的主要举措和成效',
      strong: ['举措', '成效', '进展情况', '开展情况', '落实情况', '基本情况', '总体情况', '工作情况', '主要做法', '主要工作'],
      weak: ['情况', '做法'],
      mention: null,
      template: '{year}年度推进法治建设的主要举措和成效',
      templateNoYear: '上一年度推进法治建设的主要举措和成效',
      yearOffset: 0,
    },
    {
      id: 'shortcomings',
      required: true,
      name: { zh: '存在的问题和不足', en: 'problems and shortcomings' },
      statutory: '上一年度推进法治建设存在的问题和不足',
      strong: ['不足', '存在的问题', '存在问题', '主要问题', '薄弱环节', '短板', '差距'],
      weak: ['问题', '原因'],
      mention: '(?:存在|仍有|还有|也有)[^。]{0,12}(?:不足|问题|差距|短板|薄弱)',
      template: '{year}年度推进法治建设存在的问题和不足',
      templateNoYear: '上一年度推进法治建设存在的问题和不足',
      yearOffset: 0,
    },
    {
      id: 'leader-duty',
      required: true,
      name: { zh: '党政主要负责人履行推进法治建设第一责任人职责情况', en: "principal leaders' duty as first responsible persons" },
      statutory: '党政主要负责人履行推进法治建设第一责任人职责情况',
      strong: ['第一责任人', '主要负责人', '主要负责同志', '主要领导'],
      weak: ['履职', '职责'],
      mention: '第一责任人',
      template: '{year}年度党政主要负责人履行推进法治建设第一责任人职责情况',
      templateNoYear: '党政主要负责人履行推进法治建设第一责任人职责情况',
      yearOffset: 0,
    },
    {
      id: 'next-year-plan',
      required: true,
      name: { zh: '下一年度法治建设工作安排', en: "next year's plans" },
      shortName: { zh: '下一年度安排', en: 'plan section' },
      statutory: '下一年度推进法治建设的工作安排',
      strong: ['下一年度', '下一步', '下年度', '明年', '工作安排', '工作打算', '打算', '工作计划', '工作思路', '{next}年'],
      weak: ['安排', '计划', '措施'],
      mention: null,
      template: '{next}年度推进法治建设的工作安排',
      templateNoYear: '下一年度推进法治建设的工作安排',
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
