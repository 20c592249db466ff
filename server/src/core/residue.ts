/**
 * Text that is not part of the report: web-page chrome around scraped reports and Word
 * conversion artefacts. Recognised so that it is neither parsed as report text nor left in.
 */

/** Whole lines that are page chrome wherever they stand. */
const CHROME: Array<[RegExp, string]> = [
  [/^(?:您|你)?(?:当前)?(?:所在|的)?(?:的)?位置\s*[:：]/, 'nav'],
  [/^首页\s*[>＞»›]/, 'nav'],
  [/^【\s*编辑日期/, 'infobar'],
  [/【\s*关\s*闭\s*】|【\s*打\s*印\s*】|【\s*字体/, 'infobar'],
  [/^扫一扫在手机上查看当前页面/, 'footer'],
  [/^相关(?:解读|政策|稿件|链接|文件|附件)\s*$/, 'footer'],
  [/^(?:打印本页|关闭窗口|返回顶部|分享到)/, 'footer'],
  [/^\|[\s|]*$/, 'table'],
  [/^发布时间\s*[:：]/, 'infobar'],
  [/^(?:浏览次数|访问量|阅读量)\s*[:：]/, 'infobar'],
];

/** Metadata-table keys (索引号, 发布机构 …): chrome only when two or more stand together. */
const META_KEY = /^(?:索\s*引\s*号|信息分类|发布机构|发文机关|发布日期|生成日期|成文日期|标\s*题|文\s*号|时\s*效|主题分类|主\s*题\s*词|有\s*效\s*性|公开方式|公开范围|体裁分类|组配分类|来\s*源)\s*[:：]/;

/** Word conversion artefacts inside a line. */
const INLINE = /\[bookmark:\s*[^\]]*\]/g;

/** What kind of page chrome a whole line is (a message key of the residue rule), or null. */
export function chromeKind(content: string): string | null {
  for (const [re, what] of CHROME) if (re.test(content)) return what;
  return null;
}

export function isMetaKey(content: string): boolean {
  return META_KEY.test(content);
}

/** Spans of Word artefacts in a line, as [start, end) pairs within `text`. */
export function inlineResidue(text: string): Array<[number, number]> {
  if (text.indexOf('[bookmark') === -1) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(INLINE)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}
