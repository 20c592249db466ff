/**
 * Document-kind vocabulary, as data: the words that make a line a title (its 文种), and the kinds
 * of document that are not the report a profile describes (a 工作总结, a 解读 of a report, a 五年
 * report). A text of such a kind gets one information finding instead of a section check that
 * would only list what a different document never had.
 */

/** The 文种 of other kinds of document: a line naming one can be the title proper, as a profile's genre can. */
export const KIND_GENRES = ['总结', '解读'];

/** A line of the title block that names only the issuing organ (`重庆市开州区紫水乡人民政府`). */
export const ORGAN_END = /(?:局|委|厅|办|府|院|会|部|中心|所|站|室|处|署|队|组|司|街道|镇|乡|委员会)$/;

/** Lines before a title that belong to the 版头, not to the page: 发文字号, 发文机关标志, 密级. */
export const MASTHEAD = /^(?:[\u4e00-\u9fa5]{1,10}〔\d{4}〕\d{1,4}号|[\u4e00-\u9fa5]{2,30}文件|(?:绝密|机密|秘密|特急|加急)[\s★]*.{0,8}|\d{6})$/;

export interface DocumentKind {
  id: string;
  name: { zh: string; en: string };
  /** Searched in the title, then in the opening paragraph. */
  detect: RegExp;
  /** Only when the title does not also name this (e.g. a 法治政府建设工作总结 is the report itself). */
  unless?: RegExp;
}

/**
 * Kinds checked in order; the first that matches wins. A profile that matches (政府信息公开工作年度报告)
 * is checked against its own sections instead and never reaches this list.
 */
export const OTHER_KINDS: DocumentKind[] = [
  { id: 'interpretation', name: { zh: '政策解读（对报告的解读）', en: 'an interpretation of a report (解读)' }, detect: /解读\s*$|^【[^】]{0,6}解读】|的解读/ },
  { id: 'five-year', name: { zh: '五年法治政府建设情况报告', en: 'a five-year report' }, detect: /五年(?:来|法治|工作|情况)|(?:19|20)\d{2}\s*[-—–至~～]\s*(?:19|20)\d{2}\s*年(?:度)?法治政府建设(?:工作)?情况/ },
  { id: 'work-summary', name: { zh: '年度工作总结', en: 'an annual work summary' }, detect: /工作总结|年终总结/, unless: /法治政府建设/ },
];

/** A report on 法治政府建设 says so in its title or opening; a text that says none of this is another kind. */
export const FZZF_SIGNAL = /法治政府|依法行政|法治建设|法治工作|依法治/;

export const UNKNOWN_KIND: DocumentKind = {
  id: 'other-document',
  name: { zh: '其他类型的文件（标题和开头未提及法治政府建设）', en: 'another kind of document (its title and opening do not mention 法治政府建设)' },
  detect: /$^/,
};

/**
 * The kind a text announces when it is not a 法治政府建设 report: from its title (or, without a
 * title, its opening); and, when neither mentions 法治政府建设 at all, "another kind". Null for a report.
 */
export function detectKind(title: string | null, opening: string): DocumentKind | null {
  const where = title ?? opening;
  for (const kind of OTHER_KINDS) {
    if (kind.detect.test(where) && !(kind.unless && kind.unless.test(where))) return kind;
  }
  if ((title || opening) && !FZZF_SIGNAL.test(`${title ?? ''}${opening}`)) return UNKNOWN_KIND;
  return null;
}
