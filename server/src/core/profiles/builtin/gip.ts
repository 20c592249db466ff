/**
 * The confusable 政府信息公开工作年度报告: six parts fixed by 条例 第五十条 and the 2021 format
 * (国办公开办函〔2021〕30号).
 */
import type { ReportProfile, SectionDef } from '../types';

/** Where this type comes in detection (lower first); 0 is the default. */
export const order = 10;

/** The 政府信息公开工作年度报告 profile. */
export const profile: ReportProfile = {
  id: 'gip',
  name: { zh: '政府信息公开工作年度报告', en: 'annual report on government information disclosure' },
  basis: '《中华人民共和国政府信息公开条例》第五十条',
  titleExample: '发文机关+{year}年政府信息公开工作年度报告',
  detect: '政府信息公开(?:工作)?年度报告',
  genre: '报告',
  titleWords: ['政府信息公开', '年度'],
  afterOrgan: ['政府信息公开'],
  // The six headings of the 2021 format all end in 情况 or 事项: a lost `一、` before `总体情况` is recovered.
  unnumberedHeading: '(?:情况|事项)$',
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
