/**
 * Document kinds: the 公文 words that make a line a title (its 文种) or a masthead, and the test
 * whether a text is another kind of document than its profile's report (a 工作总结, a 解读, a 五年
 * report; which kinds and which subject words are the profile's data). A text of such a kind gets
 * one information finding instead of a section check that would only list what it never had.
 */
import type { ReportProfile } from './profiles';
import { coreText } from './strings';
import type { DocumentKind } from './model';

/** The 文种 of other kinds of document: a line naming one can be the title proper, as a profile's genre can. */
export const KIND_GENRES = ['总结', '解读'];

/** A line of the title block that names only the issuing organ (`重庆市开州区紫水乡人民政府`). */
export const ORGAN_END = /(?:局|委|厅|办|府|院|会|部|中心|所|站|室|处|署|队|组|司|街道|镇|乡|委员会)$/;

/** Lines before a title that belong to the 版头, not to the page: 发文字号, 发文机关标志, 密级. */
export const MASTHEAD = /^(?:[\u4e00-\u9fa5]{1,10}〔\d{4}〕\d{1,4}号|[\u4e00-\u9fa5]{2,30}文件|(?:绝密|机密|秘密|特急|加急)[\s★]*.{0,8}|\d{6})$/;

const compiled = new Map<string, RegExp>();
const regex = (source: string) => {
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = new RegExp(source)));
  return re;
};

/**
 * The kind a text announces when it is not a report of `profile`'s type: one of the profile's
 * other kinds, from its title (or, without a title, its opening); and, when neither names the
 * profile's subject at all, "another kind". Null for a report, and for a profile with no such data.
 */
export function detectKind(profile: ReportProfile, title: string | null, opening: string): DocumentKind | null {
  const where = title ?? opening;
  for (const kind of profile.otherKinds ?? []) {
    if (regex(kind.detect).test(where) && !(kind.unless && regex(kind.unless).test(where))) return { id: kind.id, name: kind.name };
  }
  const { subject } = profile;
  if (subject && (title || opening) && !regex(subject.signal).test(`${title ?? ''}${opening}`)) {
    return { id: 'other-document', name: { zh: coreText('zh', 'kind.unknown', { subject: subject.name.zh }), en: coreText('en', 'kind.unknown', { subject: subject.name.en }) } };
  }
  return null;
}
