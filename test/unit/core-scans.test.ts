/**
 * The fast scans the benchmarks led to (issue 4) agree with the plain definitions they replaced:
 * splitLines and dominantEol with a loop over every code unit, doubled-word with its regex (on a
 * whole string and on a part of one), section scoring with one `includes` per keyword, Chinese
 * numerals with a digit table, labels with their regexes, enumeration markers with theirs alone, page
 * chrome with every pattern tried in turn (the reference mirrors residue.ts's patterns, in order),
 * lines holding a string with one search per line, message templates with a regex replace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines, dominantEol, dominantEolOf, Occurrences } from '../../server/src/core/text';
import { chromeKind, isMetaKey } from '../../server/src/core/residue';
import { DOUBLED, doubledPhrases } from '../../server/src/core/rules/doubled-word';
import { render } from '../../server/src/core/rules/types';
import { bestSection } from '../../server/src/core/sections';
import { matchLabel, parseChineseNumber, isEnumeration, ENUMERATION, type Label, type StyleIssue } from '../../server/src/core/numbering';
import { PROFILES, type ReportProfile, type SectionDef } from '../../server/src/core/profiles';

function splitLinesReference(text: string) {
  const lines = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push({ start, end: i, next: i + 1 });
      start = i + 1;
    } else if (c === 13) {
      const crlf = i + 1 < n && text.charCodeAt(i + 1) === 10;
      lines.push({ start, end: i, next: crlf ? i + 2 : i + 1 });
      if (crlf) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: n, next: n });
  return lines;
}

function dominantEolReference(text: string): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

const breaks = fc.string({ unit: fc.constantFrom('a', '字', ' ', '\n', '\r', '\r\n'), maxLength: 60 });
// Few distinct Han characters, so that doubled phrases of every length occur often; \u5e00 and
// \u6e00 share 一's low twelve bits, so pairs ending in them collide in doubledPhrases' pair table
// (4,096 entries; \u5200 and \u5600 collided in the 1,024 it had before).
const HAN_UNITS = ['建', '设', '法', '治', '一', '个', '研', '究', 'a', '1', '。', '\u9fff', '\u4e00', '\u3400', '\u4e00\u4e00', '\u4c00', '\u5200', '\u5600', '\u5e00', '\u6e00'];
const han = fc.string({ unit: fc.constantFrom(...HAN_UNITS), maxLength: 60 });
const longHan = fc.string({ unit: fc.constantFrom(...HAN_UNITS), minLength: 40, maxLength: 400 });

test('splitLines finds the same lines as a loop over every code unit', () => {
  fc.assert(fc.property(breaks, (s) => assert.deepEqual(splitLines(s), splitLinesReference(s))), { numRuns: 2000 });
});

test('dominantEol counts like a loop over every code unit', () => {
  fc.assert(fc.property(breaks, (s) => assert.equal(dominantEol(s), dominantEolReference(s))), { numRuns: 2000 });
  fc.assert(fc.property(breaks, (s) => assert.equal(dominantEolOf(s, splitLines(s)), dominantEolReference(s))), { numRuns: 2000 });
});

test('doubledPhrases finds exactly the matches of the doubled-word regex', () => {
  const viaRegex = (s: string) => [...s.matchAll(DOUBLED)].map((m) => [m.index, m[1].length]);
  for (const s of ['建设建设', '中华人民共和国中华人民共和国', '研究研究研究', '法治法治法治法治', '一二三一二三a', '建设建', '一二三四五六七八一二三四五六七八', '一二三四五六七八九一二三四五六七八九', '设设建设建设'.repeat(3), '一一一一', '建一建一建', '\u5200一\u5200一一\u5600']) {
    assert.deepEqual(doubledPhrases(s), viaRegex(s), s);
  }
  fc.assert(fc.property(han, (s) => assert.deepEqual(doubledPhrases(s), viaRegex(s))), { numRuns: 5000 });
  fc.assert(fc.property(longHan, (s) => assert.deepEqual(doubledPhrases(s), viaRegex(s))), { numRuns: 500 });
});

test('doubledPhrases on a part of a text finds what the regex finds in that part alone', () => {
  // The rule scans each line inside the whole document: what stands around a line must not count.
  const viaRegex = (s: string, from: number) => [...s.matchAll(DOUBLED)].map((m) => [from + m.index, m[1].length]);
  fc.assert(
    fc.property(han, han, han, (before, part, after) => {
      const text = before + part + after;
      assert.deepEqual(doubledPhrases(text, before.length, before.length + part.length), viaRegex(part, before.length));
    }),
    { numRuns: 3000 },
  );
  // Lines of one text scanned in order, as the rule does, and the same text scanned again.
  fc.assert(
    fc.property(fc.array(han, { maxLength: 8 }), (parts) => {
      const text = parts.join('\n');
      for (let pass = 0; pass < 2; pass++) {
        let from = 0;
        for (const part of parts) {
          assert.deepEqual(doubledPhrases(text, from, from + part.length), viaRegex(part, from));
          from += part.length + 1;
        }
      }
    }),
    { numRuns: 1000 },
  );
});

test('render fills placeholders as the plain regex replace does', () => {
  const reference = (template: string, args: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (all, name: string) => (name in args ? String(args[name]) : all));
  const args = { word: '建设', n: 3, empty: '', dollar: '$&$1' };
  for (const t of ['', 'plain', '{word}{word}', '第{n}行：“{word}”', '{missing} and {n}', '{ word }', '{}', '{{n}}', '{n', 'a{dollar}b', '{empty}x', '{toString}']) {
    assert.equal(render(t, args), reference(t, args), t);
    assert.equal(render(t), reference(t, {}), t);
  }
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('{', '}', 'w', 'n', 'o', 'r', 'd', '字', '_', ' ') }), (t) => assert.equal(render(t, args), reference(t, args))),
    { numRuns: 3000 },
  );
});

/** Section scoring as first written: one `includes` per keyword and section. */
function bestSectionReference(text: string, profile: ReportProfile, year: number | null, strict = false): SectionDef | null {
  if (strict && !new RegExp(profile.unnumberedHeading).test(text)) return null;
  const resolve = (words: string[]) => words.flatMap((w) => (w.includes('{next}') ? (year === null ? [] : [w.replace('{next}', String(year + 1))]) : [w]));
  let best: SectionDef | null = null;
  let bestScore = 0;
  for (const def of profile.sections) {
    const strong = resolve(def.strong).filter((w) => text.includes(w)).length;
    if (strong === 0) continue;
    const score = strong * 10 + resolve(def.weak).filter((w) => text.includes(w)).length;
    if (score > bestScore) {
      best = def;
      bestScore = score;
    }
  }
  return best;
}

test('bestSection scores headings as one includes per keyword does', () => {
  // A profile with an empty keyword, a repeated one and one that starts inside another.
  const odd: ReportProfile = {
    ...PROFILES[0],
    id: 'odd',
    sections: [
      { ...PROFILES[0].sections[0], id: 'a', strong: ['情况', '工作情况', '会议'], weak: [] },
      { ...PROFILES[0].sections[1], id: 'b', strong: ['作情', '{next}年'], weak: ['', '况'] },
      { ...PROFILES[0].sections[2], id: 'c', strong: ['年度', '年度'], weak: ['法治'] },
    ],
  };
  const profiles = [...PROFILES, odd];
  const words = profiles.flatMap((p) => p.sections.flatMap((d) => [...d.strong, ...d.weak])).filter((w) => !w.includes('{'));
  const units = [...new Set([...words, ...words.join('')])].concat(['法治', '年度', '下一步', '2024年', '2025年', '，', 'x']);
  for (const t of ['会议作情', '工作情况', '作情况', '年度法治', '2024年度下一步', '']) {
    for (const year of [null, 2023]) assert.equal(bestSection(t, odd, year)?.id ?? null, bestSectionReference(t, odd, year)?.id ?? null, t);
  }
  const text = fc.string({ unit: fc.constantFrom(...units), maxLength: 12 });
  fc.assert(
    fc.property(text, fc.constantFrom(...profiles), fc.constantFrom(null, 2023, 2024), fc.boolean(), (t, profile, year, strict) => {
      assert.equal(bestSection(t, profile, year, strict)?.id ?? null, bestSectionReference(t, profile, year, strict)?.id ?? null, t);
    }),
    { numRuns: 5000 },
  );
});

/** Chinese numerals as first written: slices looked up in a table of digits. */
function parseChineseNumberReference(s: string): number {
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s.length === 0 || s.length > 3) return NaN;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 && s in digits ? digits[s] : NaN;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === '' ? 1 : head.length === 1 ? digits[head] : NaN;
  const units = tail === '' ? 0 : tail.length === 1 ? digits[tail] : NaN;
  if (tens === undefined || units === undefined || !(tens >= 1) || Number.isNaN(units)) return NaN;
  return tens * 10 + units;
}

const numerals = fc.string({ unit: fc.constantFrom(...'零〇一二两三四五六七八九十a1'), maxLength: 4 });

test('parseChineseNumber reads numerals as the table of digits does', () => {
  fc.assert(fc.property(numerals, (s) => assert.deepEqual(parseChineseNumber(s), parseChineseNumberReference(s), s)), { numRuns: 5000 });
});

/** Labels as first read: by three regexes. */
function matchLabelReference(s: string): Label | null {
  const arabic = (d: string) => [...d].reduce((n, ch) => n * 10 + (ch.charCodeAt(0) >= 0xff10 ? ch.charCodeAt(0) - 0xff10 : ch.charCodeAt(0) - 48), 0);
  let m = /^([（(])\s?([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s?([）)])([、.，,．]?)/.exec(s);
  if (m) {
    const isCn = !/[0-9０-９]/.test(m[2]);
    const ordinal = isCn ? parseChineseNumberReference(m[2]) : arabic(m[2]);
    if (!(ordinal >= 1)) return null;
    const open = m[1] === '（';
    const close = m[3] === '）';
    const brackets = open && close ? 'full' : !open && !close ? 'half' : 'mixed';
    const styleIssues: StyleIssue[] = [];
    if (brackets === 'mixed') styleIssues.push('mixed-brackets');
    if (m[4]) styleIssues.push('extra-punct');
    return { level: isCn ? 2 : 4, ordinal, raw: m[0], styleIssues, brackets };
  }
  if (/^[（(]/.test(s)) return null;
  m = /^([一二三四五六七八九十]{1,3})([、.．，,])/.exec(s);
  if (m) {
    const ordinal = parseChineseNumberReference(m[1]);
    if (!(ordinal >= 1)) return null;
    return { level: 1, ordinal, raw: m[0], styleIssues: m[2] === '、' ? [] : ['wrong-separator'] };
  }
  m = /^([0-9０-９]{1,2})([.．](?![0-9０-９])|、)/.exec(s);
  if (m) {
    const ordinal = arabic(m[1]);
    if (ordinal < 1) return null;
    const styleIssues: StyleIssue[] = m[2] === '.' ? [] : m[2] === '．' ? ['fullwidth-dot'] : ['arabic-dun'];
    return { level: 3, ordinal, raw: m[0], styleIssues };
  }
  return null;
}

test('matchLabel reads labels as their regexes do; isEnumeration, settled by the first character, agrees with its regex', () => {
  const agree = (s: string) => {
    assert.deepEqual(matchLabel(s), matchLabelReference(s), JSON.stringify(s));
    assert.equal(isEnumeration(s), ENUMERATION.test(s), s);
  };
  for (const s of ['一、', '十一、总体', '九十九.', '一二三四、', '（一）', '（ 一 ）、', '(1)', '（1)，', '(一）', '（１２）', '（123）', '1.', '1.5亿元', '12、', '123.', '０９．', '0.', '（0）', '（十十）', '一是', '（\u2003二\u3000）', '（\ufeff三）', '1', '（', '（一', '（一）.', '（九十九）', '(二十一)、', '（\r一）', '(\v1\f)', '（\u2028四\u205f）', '（\u1680五\u202f）']) agree(s);
  const line = fc.string({ unit: fc.constantFrom(...'（()）一二十两零〇九0１9０９、.．，, 是a字\u3000\u00a0\t\u2003\ufeff\n\r\u200b'), maxLength: 7 });
  fc.assert(fc.property(line, agree), { numRuns: 20000 });
});

/** Page chrome as first written: every pattern tried in turn on every line. */
const CHROME_REFERENCE: Array<[RegExp, string]> = [
  [/^(?:您|你)?(?:当前)?(?:所在|的)?(?:的)?位置\s*[:：]/, 'nav'],
  [/^首页\s*[>＞»›]/, 'nav'],
  [/^【\s*编辑日期/, 'infobar'],
  [/【\s*关\s*闭\s*】|【\s*打\s*印|【\s*字\s*[体号]|字\s*[体号](?:大小)?\s*[:：]?\s*【/, 'infobar'],
  [/^扫一扫/, 'footer'],
  [/^相关(?:解读|政策|稿件|链接|文件|附件|阅读|新闻|信息|推荐|文章|范文)\s*[:：]?\s*$/, 'footer'],
  [/^(?:推荐阅读|猜你喜欢|热门(?:推荐|文章|范文)|延伸阅读|更多(?:相关)?(?:范文|文章|内容)|精选范文)\s*[:：]?\s*$/, 'footer'],
  [/^(?:打印本页|关闭窗口|返回顶部|分享到|收藏本页|加入收藏|设为首页)/, 'footer'],
  [/^(?:上一篇|下一篇)\s*[:：]?/, 'footer'],
  [/^\|[\s|]*$/, 'table'],
  [/^(?:发布|更新|发文)(?:时间|日期)\s*[:：]/, 'infobar'],
  [/^(?:时间|日期)\s*[:：]\s*[\d*＊xX×]{4}\s*[-年/.]/, 'infobar'],
  [/^(?:信息)?来源\s*[:：][^。，,]{0,40}$/, 'infobar'],
  [/^(?:浏览次数|访问量|阅读量|浏览量|点击数|点击量)\s*[:：]/, 'infobar'],
  [/^今天是[^。]{0,30}星期/, 'infobar'],
  [/^(?:下面是小编|以下是小编|本文由网友)/, 'boilerplate'],
  [/^[•·●▪◆]\s*[^。，,；;]{1,20}$/, 'nav'],
  [/^#\s*[a-z]+\s*:/i, 'note'],
];
const META_REFERENCE = /^(?:[-•·●]\s*)?(?:索\s*引\s*号|信息索引号|信息分类|主题分类|体裁分类|组配分类|服务对象|分\s*类|发布机构|发文机构|发文机关|所属机构|发布日期|发文日期|生成日期|成文日期|标\s*题|文\s*号|发文字号|时\s*效|主\s*题\s*词|有\s*效\s*性|效力状态|公开方式|公开范围|公开目录|公开时限|信息来源|来\s*源)(?:\s*[:：]|\s+\S|\s*\|)|^(?:[-•·●]\s*)?(?:索\s*引\s*号|主题分类|体裁分类|组配分类|发布机构|成文日期|发布日期|发文字号|文\s*号|时\s*效|有\s*效\s*性|公开方式|公开目录)\s*$/;

test('chromeKind and isMetaKey, settled by the first character, agree with trying every pattern', () => {
  const pieces = ['您', '你', '当前', '所在', '的', '位置', ':', '：', '首页', '>', '【', '】', '编辑日期', '关', '闭', '打', '印', '字体', '扫一扫在手机上查看当前页面', '相关', '解读', '附件', '打印本页', '关闭窗口', '返回顶部', '分享到', '|', ' ', '发布时间', '浏览次数', '访问量', '阅读量', '索引号', '索', '引', '号', '信息分类', '发布机构', '发文机关', '来源', '来', '源', '主题词', 'x', '字', '今天是', '星期', '小编为大家', '供大家参考', '下面是小编', '•', '- ', '#', 'source', '上一篇', '日期', '时间', '2024-', '号 ', '。', '分类', '大小', '推荐阅读', '猜你喜欢', '热门', '推荐', '范文', '文章', '延伸阅读', '更多', '内容', '精选范文', '**', 'xx', '×'];
  const agree = (s: string) => {
    const expected = CHROME_REFERENCE.find(([re]) => re.test(s))?.[1] ?? null;
    assert.equal(chromeKind(s), expected, s);
    assert.equal(chromeKind(s, true), expected, s);
    assert.equal(isMetaKey(s), META_REFERENCE.test(s), s);
  };
  // One line for every way a pattern can start.
  const starts = ['您的位置：', '你所在位置:', '当前位置：', '所在的位置：', '的位置:', '位置：', '首页 > 新闻', '【编辑日期：】', '正文【 关 闭 】', '【打印】', '扫一扫在手机上查看当前页面', '相关链接', '打印本页', '关闭窗口', '返回顶部', '分享到：', '| |', '发布时间：2024', '浏览次数：3', '访问量:1', '阅读量：9', '今天是：2021年3月5日 星期五', '来源:土门镇人民政府', '日期:2026-03-17 11:12', '字体:【大 中 小】', '• 设为首页', '下面是小编为大家整理的报告，供大家参考。', '# source: http://x', '上一篇：', '设为首页', '更新时间：2024', '相关范文', '推荐阅读：', '猜你喜欢', '热门文章', '延伸阅读', '更多相关范文', '更多内容', '精选范文', '时间：****-**-**', '日期：20xx年'];
  const keys = ['索 引 号：', '信息分类：', '发布机构:', '发文机关：', '发布日期：', '生成日期：', '成文日期：', '标 题：', '文 号：', '时 效：', '主题分类：', '主 题 词：', '有 效 性：', '公开方式：', '公开范围：', '体裁分类：', '组配分类：', '来 源：', '- 索引号: 1', '索引号 3212/2023 分类 报告', '文号 时效', '发布机构: | 河东区 |', '成文日期'];
  for (const s of [...starts, ...keys]) agree(s);
  for (const s of keys) assert.ok(isMetaKey(s), s);
  for (const s of starts) assert.notEqual(chromeKind(s), null, s);
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...pieces), maxLength: 6 }), agree), { numRuns: 5000 });
});

test('Occurrences tells the lines that hold a string, as a search of each line does', () => {
  const text = fc.string({ unit: fc.constantFrom('【', '[bookmark', '[', 'b', '字', '\n', '\r\n', '\r'), maxLength: 40 });
  fc.assert(
    fc.property(text, fc.constantFrom('【', '[bookmark'), fc.boolean(), (t, needle, skipSome) => {
      const found = new Occurrences(t, needle);
      splitLines(t).forEach((span, i) => {
        // The parser skips blank lines: asking about only some lines, in order, must still work.
        if (skipSome && i % 2 === 1) return;
        assert.equal(found.in(span), t.slice(span.start, span.end).includes(needle), JSON.stringify(t));
      });
    }),
    { numRuns: 3000 },
  );
});
