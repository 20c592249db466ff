/**
 * Text that is not part of the report: web-page chrome around scraped reports and Word
 * conversion artefacts. Recognised so that it is neither parsed as report text nor left in.
 */

/** A pattern of page chrome, with the characters a match can start with (null: anywhere, at a 【). */
interface Chrome {
  re: RegExp;
  what: string;
  first: string | null;
}

/** Whole lines that are page chrome wherever they stand; the first that matches names the kind. */
const CHROME: Chrome[] = [
  { re: /^(?:您|你)?(?:当前)?(?:所在|的)?(?:的)?位置\s*[:：]/, what: 'nav', first: '您你当所的位' },
  { re: /^首页\s*[>＞»›]/, what: 'nav', first: '首' },
  { re: /^【\s*编辑日期/, what: 'infobar', first: '【' },
  { re: /【\s*关\s*闭\s*】|【\s*打\s*印|【\s*字\s*[体号]|字\s*[体号](?:大小)?\s*[:：]?\s*【/, what: 'infobar', first: null },
  { re: /^扫一扫/, what: 'footer', first: '扫' },
  { re: /^相关(?:解读|政策|稿件|链接|文件|附件|阅读|新闻|信息|推荐|文章|范文)\s*[:：]?\s*$/, what: 'footer', first: '相' },
  // A 范文 site's lists under the article (`推荐阅读：`, `猜你喜欢`); the items below are handled by footer-links.ts.
  { re: /^(?:推荐阅读|猜你喜欢|热门(?:推荐|文章|范文)|延伸阅读|更多(?:相关)?(?:范文|文章|内容)|精选范文)\s*[:：]?\s*$/, what: 'footer', first: '推猜热延更精' },
  { re: /^(?:打印本页|关闭窗口|返回顶部|分享到|收藏本页|加入收藏|设为首页)/, what: 'footer', first: '打关返分收加设' },
  { re: /^(?:上一篇|下一篇)\s*[:：]?/, what: 'footer', first: '上下' },
  { re: /^\|[\s|]*$/, what: 'table', first: '|' },
  { re: /^(?:发布|更新|发文)(?:时间|日期)\s*[:：]/, what: 'infobar', first: '发更' },
  // The year may be masked on 范文 sites: `时间:****-**-**`, `日期：20xx年`.
  { re: /^(?:时间|日期)\s*[:：]\s*[\d*＊xX×]{4}\s*[-年/.]/, what: 'infobar', first: '时日' },
  { re: /^(?:信息)?来源\s*[:：][^。，,]{0,40}$/, what: 'infobar', first: '信来' },
  { re: /^(?:浏览次数|访问量|阅读量|浏览量|点击数|点击量)\s*[:：]/, what: 'infobar', first: '浏访阅点' },
  { re: /^今天是[^。]{0,30}星期/, what: 'infobar', first: '今' },
  { re: /^(?:下面是小编|以下是小编|本文由网友)/, what: 'boilerplate', first: '下以本' },
  { re: /^[•·●▪◆]\s*[^。，,；;]{1,20}$/, what: 'nav', first: '•·●▪◆' },
  // The collection's own notes (`# source: URL`), not page text.
  { re: /^#\s*[a-z]+\s*:/i, what: 'note', first: '#' },
];

/**
 * First character → the patterns (a bit each) that can match a line starting with it; and the
 * patterns that can match anywhere once the line holds a 【. Nearly every line of a report starts
 * with a character no pattern starts with, and holds no 【: it is settled without a regex.
 */
const CHROME_BY_FIRST = new Map<number, number>();
let CHROME_ANYWHERE = 0;
CHROME.forEach((c, i) => {
  if (c.first === null) CHROME_ANYWHERE |= 1 << i;
  else for (const ch of c.first) CHROME_BY_FIRST.set(ch.charCodeAt(0), (CHROME_BY_FIRST.get(ch.charCodeAt(0)) ?? 0) | (1 << i));
});
/**
 * The same first characters as a bit set over all code units, asked before the map: nearly every
 * line is settled by one array read instead of a hash lookup (with META_FIRST below, 1.3 µs of a
 * 31 µs parse of the 20 KB bench draft, 47 lines with text).
 */
const CHROME_FIRST = charBits(CHROME_BY_FIRST.keys());

/**
 * Metadata-table keys (索引号, 发布机构 …), in every shape pages use: `索 引 号: | … |`,
 * `- 索引号: …`, `索引号 3212…  分类 报告` (no colon), a key alone. Chrome only when two or more
 * stand together.
 */
const META_KEY = /^(?:[-•·●]\s*)?(?:索\s*引\s*号|信息索引号|信息分类|主题分类|体裁分类|组配分类|服务对象|分\s*类|发布机构|发文机构|发文机关|所属机构|发布日期|发文日期|生成日期|成文日期|标\s*题|文\s*号|发文字号|时\s*效|主\s*题\s*词|有\s*效\s*性|效力状态|公开方式|公开范围|公开目录|公开时限|信息来源|来\s*源)(?:\s*[:：]|\s+\S|\s*\|)|^(?:[-•·●]\s*)?(?:索\s*引\s*号|主题分类|体裁分类|组配分类|发布机构|成文日期|发布日期|发文字号|文\s*号|时\s*效|有\s*效\s*性|公开方式|公开目录)\s*$/;
/** The characters a metadata key starts with, to skip the regex for all other lines. */
const META_FIRST = charBits([...'索信发生成标文时主有公体组来分服所效-•·●'].map((ch) => ch.charCodeAt(0)));

/** A set of code units as one bit each (8 KB): a membership test is one array read, no hashing. */
function charBits(codes: Iterable<number>): Int32Array {
  const bits = new Int32Array(0x10000 >> 5);
  for (const c of codes) bits[c >> 5] |= 1 << (c & 31);
  return bits;
}

/** Whether `bits` holds the code unit `c` (false for NaN, what charCodeAt gives past the end). */
function hasChar(bits: Int32Array, c: number): boolean {
  return c === c && ((bits[c >> 5] >>> (c & 31)) & 1) === 1;
}

/** Word conversion artefacts inside a line (the definition; inlineResidue finds its matches). */
export const INLINE = /\[bookmark:\s*[^\]]*\]/g;
/**
 * What the parser searches the whole text for to find the lines that may hold a bookmark; inlineResidue
 * confirms each. Not `[bookmark`: V8's indexOf memchr's the highest byte of the needle's first code
 * unit, and `[` (0x5B) is that of 学实定家安完宣 (U+5Bxx), a false stop every few characters of
 * Chinese text; `o` (0x6F) is rare in it. Measured on the 7,000-character bench draft: 4.2 µs → 0.5 µs.
 */
export const BOOKMARK_HINT = 'ookmark';

/**
 * What kind of page chrome a whole line is (a message key of the residue rule), or null.
 * `mayHoldBracket` false says the line holds no 【 (the parser knows it from one search of the
 * whole text), sparing a search of the line.
 */
export function chromeKind(content: string, mayHoldBracket = content.includes('【')): string | null {
  let candidates = chromeCandidates(content.charCodeAt(0), mayHoldBracket);
  for (let i = 0; candidates !== 0; i++, candidates >>>= 1) {
    if (candidates & 1 && CHROME[i].re.test(content)) return CHROME[i].what;
  }
  return null;
}

/** The chrome patterns (a bit each) a line starting with `first` can match. */
function chromeCandidates(first: number, mayHoldBracket: boolean): number {
  return (hasChar(CHROME_FIRST, first) ? CHROME_BY_FIRST.get(first)! : 0) | (mayHoldBracket ? CHROME_ANYWHERE : 0);
}

/** Whether a line whose content starts with `first` can be chrome: the parser asks before slicing it. */
export function mayBeChrome(first: number, mayHoldBracket: boolean): boolean {
  return chromeCandidates(first, mayHoldBracket) !== 0;
}

export function isMetaKey(content: string): boolean {
  return mayBeMetaKey(content.charCodeAt(0)) && META_KEY.test(content);
}

/** Whether a line whose content starts with `first` can be a metadata key. */
export function mayBeMetaKey(first: number): boolean {
  return hasChar(META_FIRST, first);
}

/**
 * Spans of Word artefacts in a line, as [start, end) pairs within `text`: exactly the matches of
 * INLINE, found with two searches per match. The regex scans to the end of the line from every
 * unclosed `[bookmark: `, quadratic on a line of them (a 1 MB line took minutes, issue 8); here an
 * opening without a `]` after it ends the search, as no later one can close either.
 */
export function inlineResidue(text: string): Array<[number, number]> {
  let at = text.indexOf(OPEN);
  if (at === -1) return [];
  const out: Array<[number, number]> = [];
  while (at !== -1) {
    const close = text.indexOf(']', at + OPEN.length);
    if (close === -1) break;
    out.push([at, close + 1]);
    at = text.indexOf(OPEN, close + 1);
  }
  return out;
}

const OPEN = '[bookmark:';
