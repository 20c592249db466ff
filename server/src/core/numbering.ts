/**
 * GB/T 9704-2012 heading ordinals: `一、` → `（一）` → `1.` → `（1）`, and the look-alike
 * variants real drafts use. Recognises a label at the start of a line and formats canonical ones.
 */

export type Level = 1 | 2 | 3 | 4;

/** How a label was written; `canonical` is the GB/T form for its level. */
export interface Label {
  level: Level;
  ordinal: number;
  /** The label exactly as written, e.g. `(一)` or `3、`. */
  raw: string;
  /** Problems with the form, empty when canonical. */
  styleIssues: StyleIssue[];
  /** Bracket width for levels 2 and 4: 'full', 'half' or 'mixed'. */
  brackets?: 'full' | 'half' | 'mixed';
}

export type StyleIssue =
  | 'arabic-dun' // `1、` at level 3: GB/T wants `1.`
  | 'fullwidth-dot' // `1．` at level 3
  | 'wrong-separator' // `一.` `一，` at level 1
  | 'extra-punct' // `(1)、` `（一）、`
  | 'mixed-brackets'; // `（一)`

/** The value of a Chinese digit (零 〇 一 … 九, and 两), -1 for any other code unit. */
function cnDigit(c: number): number {
  switch (c) {
    case 0x96f6: // 零
    case 0x3007: // 〇
      return 0;
    case 0x4e00: // 一
      return 1;
    case 0x4e8c: // 二
    case 0x4e24: // 两
      return 2;
    case 0x4e09: // 三
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    default:
      return -1;
  }
}

const TEN = 0x5341; // 十

/**
 * Parses Chinese numerals 一 … 九十九; returns NaN for anything else. Reads code units rather
 * than slicing and looking strings up: labels are parsed for every heading of every check.
 */
export function parseChineseNumber(s: string): number {
  const n = s.length;
  if (n === 0 || n > 3) return NaN;
  const ten = s.indexOf('十');
  if (ten === -1) return n === 1 && cnDigit(s.charCodeAt(0)) >= 0 ? cnDigit(s.charCodeAt(0)) : NaN;
  // `十` alone or after one digit 1 … 9, then nothing or one digit 0 … 9.
  const tens = ten === 0 ? 1 : ten === 1 ? cnDigit(s.charCodeAt(0)) : NaN;
  const units = ten === n - 1 ? 0 : ten === n - 2 ? cnDigit(s.charCodeAt(n - 1)) : NaN;
  if (!(tens >= 1) || !(units >= 0)) return NaN;
  return tens * 10 + units;
}

/** One of 一 … 十, the characters a Chinese label or enumeration marker starts with. */
function isCnLabelDigit(c: number): boolean {
  return c === TEN || (c !== 0x96f6 && c !== 0x3007 && c !== 0x4e24 && cnDigit(c) > 0);
}

function isArabicDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

const UNITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Formats 1 … 99 as Chinese numerals (`十一`, `二十`); 100 … 999 as `一百零一`, `一百一十`. */
export function toChineseNumber(n: number): string {
  if (!(n >= 1) || n >= 1000) return n >= 1000 ? String(n) : '〇';
  if (n >= 100) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? `零${UNITS[rest]}` : rest < 20 ? `一${toChineseNumber(rest)}` : toChineseNumber(rest);
    return `${UNITS[Math.floor(n / 100)]}百${tail}`;
  }
  if (n < 10) return UNITS[n];
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : UNITS[tens]) + '十' + UNITS[n % 10];
}

/** The canonical GB/T 9704 label for a level and ordinal. */
export function formatLabel(level: Level, ordinal: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumber(ordinal)}、`;
    case 2:
      return `（${toChineseNumber(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}

/** Formats a label in the same bracket width as an existing one (keeps a half-width document half-width). */
export function formatLabelLike(level: Level, ordinal: number, brackets: 'full' | 'half' | 'mixed' | undefined): string {
  const label = formatLabel(level, ordinal);
  return brackets === 'half' ? label.replace('（', '(').replace('）', ')') : label;
}

const CN = '[一二三四五六七八九十]{1,3}';

/*
 * The label forms, read by hand rather than by regex (a regex match allocates a result per
 * heading and costs a call; drafts are checked on every keystroke). What each reader accepts is
 * exactly what these patterns match (\s is JavaScript's whitespace; none of them backtracks to a
 * different match, since a digit is never a space, a bracket or a separator):
 *   level 2/4  ^([（(])\s?([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s?([）)])([、.，,．]?)
 *              brackets of either width, an optional stray punctuation mark after;
 *   level 1    ^([一二三四五六七八九十]{1,3})([、.．，,])
 *              a look-alike separator counts, even before a digit (`一.2023年度…` is a heading:
 *              Chinese numerals take no decimals); `一是` is an enumeration, not a heading;
 *   level 3    ^([0-9０-９]{1,2})([.．](?![0-9０-９])|、)
 *              `1.5亿元` is not a heading.
 */

/** JavaScript's `\s`: what the label patterns allow around a bracketed numeral. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** One past a run of at most `max` characters from `i` that `is` accepts. */
function runEnd(s: string, i: number, max: number, is: (c: number) => boolean): number {
  let j = i;
  while (j - i < max && is(s.charCodeAt(j))) j++;
  return j;
}

function arabic(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return n;
}

const FULL_OPEN = 0xff08; // （
const FULL_CLOSE = 0xff09; // ）
const DUN = 0x3001; // 、
const FULL_STOP = 0xff0e; // ．
const FULL_COMMA = 0xff0c; // ，

/** `、` `.` `．` `，` `,`: what follows a level-1 numeral, or strays after a bracket. */
function isLabelPunct(c: number): boolean {
  return c === DUN || c === 0x2e || c === FULL_STOP || c === FULL_COMMA || c === 0x2c;
}

/** Recognises a heading label at the start of `s` (indentation already removed). */
export function matchLabel(s: string): Label | null {
  const c0 = s.charCodeAt(0);
  if (c0 === FULL_OPEN || c0 === 0x28 /* ( */) return bracketed(s);
  // Every other label starts with a digit: most lines are settled by their first character.
  if (isCnLabelDigit(c0)) return level1(s);
  if (isArabicDigit(c0)) return level3(s);
  return null;
}

/** `（一）` `(1)` … : level 2 with a Chinese numeral, level 4 with an Arabic one. */
function bracketed(s: string): Label | null {
  const from = isSpace(s.charCodeAt(1)) ? 2 : 1;
  const isCn = isCnLabelDigit(s.charCodeAt(from));
  const to = isCn ? runEnd(s, from, 3, isCnLabelDigit) : runEnd(s, from, 2, isArabicDigit);
  if (to === from) return null;
  const closeAt = isSpace(s.charCodeAt(to)) ? to + 1 : to;
  const close = s.charCodeAt(closeAt);
  if (close !== FULL_CLOSE && close !== 0x29 /* ) */) return null;
  const extra = isLabelPunct(s.charCodeAt(closeAt + 1));
  const numeral = s.slice(from, to);
  const ordinal = isCn ? parseChineseNumber(numeral) : arabic(numeral);
  if (!(ordinal >= 1)) return null;
  const open = s.charCodeAt(0) === FULL_OPEN;
  const brackets = open && close === FULL_CLOSE ? 'full' : !open && close !== FULL_CLOSE ? 'half' : 'mixed';
  const styleIssues: StyleIssue[] = [];
  if (brackets === 'mixed') styleIssues.push('mixed-brackets');
  if (extra) styleIssues.push('extra-punct');
  return { level: isCn ? 2 : 4, ordinal, raw: s.slice(0, extra ? closeAt + 2 : closeAt + 1), styleIssues, brackets };
}

/** `一、`, or `一.` `一，` … with the wrong separator. */
function level1(s: string): Label | null {
  const to = runEnd(s, 0, 3, isCnLabelDigit);
  const sep = s.charCodeAt(to);
  if (!isLabelPunct(sep)) return null;
  const ordinal = parseChineseNumber(s.slice(0, to));
  if (!(ordinal >= 1)) return null;
  return { level: 1, ordinal, raw: s.slice(0, to + 1), styleIssues: sep === DUN ? [] : ['wrong-separator'] };
}

/** `1.`, or `1．` `1、` in the wrong form (`1、` may be a level-1 heading written wrongly). */
function level3(s: string): Label | null {
  const to = runEnd(s, 0, 2, isArabicDigit);
  const sep = s.charCodeAt(to);
  const dot = sep === 0x2e || sep === FULL_STOP;
  if (!(dot && !isArabicDigit(s.charCodeAt(to + 1))) && sep !== DUN) return null;
  const ordinal = arabic(s.slice(0, to));
  if (ordinal < 1) return null;
  const styleIssues: StyleIssue[] = sep === 0x2e ? [] : sep === FULL_STOP ? ['fullwidth-dot'] : ['arabic-dun'];
  return { level: 3, ordinal, raw: s.slice(0, to + 1), styleIssues };
}

/** `一是` `二是` … `十是`: an in-paragraph enumeration marker at the start of a line. */
export const ENUMERATION = new RegExp(`^(${CN})是`);

/** `ENUMERATION.test(s)`, settled by the first character for most lines. */
export function isEnumeration(s: string): boolean {
  return isCnLabelDigit(s.charCodeAt(0)) && ENUMERATION.test(s);
}
