/**
 * Report profiles: the statutory sections of a report type, as data. A new report type
 * (政府信息公开工作年度报告 …) is a new profile, not new code.
 */

export type SectionId = 'measures' | 'shortcomings' | 'leader-duty' | 'next-year-plan' | 'other' | string;

/** A statutory section of a report type, as data: names, keywords, template, year logic. */
export interface SectionDef {
  id: SectionId;
  required: boolean;
  name: { zh: string; en: string };
  /** The statutory wording, shown on hover. */
  statutory: string;
  /** Heading keywords: a strong hit decides alone; weak ones only break ties. */
  strong: string[];
  weak: string[];
  /** A sentence in the body that covers this section without a heading of its own. */
  mention: string | null;
  /** Heading text for the inserted skeleton; `{year}` is the report year, `{next}` the year after. */
  template: string;
  /** Template when the report year is unknown. */
  templateNoYear: string;
  /** Which year a heading of this section should name: the report year (0) or the next (1). */
  yearOffset: 0 | 1;
}

/** A report type, as data: its legal basis, title form, detection pattern and statutory sections. */
export interface ReportProfile {
  id: string;
  name: { zh: string; en: string };
  basis: string;
  /** How a title of this report type reads, `{year}` filled in (shown when the title is missing). */
  titleExample: string;
  /** A title or opening matching this belongs to this report type (the first profile is the default). */
  detect: string | null;
  sections: SectionDef[];
}

/** The 法治政府建设年度报告 (the default report type). */
export const FZZF_PROFILE: ReportProfile = {
  id: 'fzzf',
  name: { zh: '法治政府建设年度报告', en: 'annual report on building rule-of-law government' },
  basis: '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）',
  titleExample: '发文机关+关于{year}年度法治政府建设情况的报告',
  detect: null,
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

/** The confusable 政府信息公开工作年度报告: six parts fixed by 条例 第五十条 and the 2021 format. */
export const GIP_PROFILE: ReportProfile = {
  id: 'gip',
  name: { zh: '政府信息公开工作年度报告', en: 'annual report on government information disclosure' },
  basis: '《中华人民共和国政府信息公开条例》第五十条',
  titleExample: '发文机关+{year}年政府信息公开工作年度报告',
  detect: '政府信息公开(?:工作)?年度报告',
  sections: [
    gip('overview', '总体情况', 'overview', '总体情况', ['总体情况', '基本情况', '工作概况']),
    gip('proactive', '主动公开政府信息情况', 'proactive disclosure', '行政机关主动公开政府信息的情况', ['主动公开']),
    gip('requests', '收到和处理政府信息公开申请情况', 'disclosure requests', '行政机关收到和处理政府信息公开申请的情况', ['依申请', '公开申请', '收到和处理']),
    gip('review-litigation', '政府信息公开行政复议、行政诉讼情况', 'reviews and lawsuits', '因政府信息公开工作被申请行政复议、提起行政诉讼的情况', ['行政复议', '行政诉讼']),
    gip('problems', '存在的主要问题及改进情况', 'problems and improvements', '政府信息公开工作存在的主要问题及改进情况', ['存在的主要问题', '存在问题', '改进情况', '不足']),
    gip('other', '其他需要报告的事项', 'other matters', '其他需要报告的事项', ['其他需要报告', '其他事项']),
  ],
};

function gip(id: string, zh: string, en: string, statutory: string, strong: string[]): SectionDef {
  return { id, required: true, name: { zh, en }, statutory, strong, weak: [], mention: null, template: zh, templateNoYear: zh, yearOffset: 0 };
}

/** Every known report type; the first is the default. */
export const PROFILES: ReportProfile[] = [FZZF_PROFILE, GIP_PROFILE];

/** A section's definition in a profile, by id. */
export function sectionDef(profile: ReportProfile, id: string): SectionDef | undefined {
  return profile.sections.find((s) => s.id === id);
}

const detectors = new Map<ReportProfile, RegExp>();

/** The report type a title (or opening) announces; the 法治政府建设 profile by default. */
export function detectProfile(text: string): ReportProfile {
  for (const p of PROFILES) {
    if (!p.detect) continue;
    let re = detectors.get(p);
    if (!re) detectors.set(p, (re = new RegExp(p.detect)));
    if (re.test(text)) return p;
  }
  return PROFILES[0];
}
