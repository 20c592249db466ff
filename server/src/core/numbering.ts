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
  /** Level-1-looking Arabic labels (`3、`) that may really be level 1 written wrongly. */
  ambiguousArabic?: boolean;
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
const AR = '[0-9０-９]{1,2}';
// Level 2/4: brackets of either width, an optional stray punctuation mark after.
const PAREN = new RegExp(`^([（(])\\s?(${CN}|${AR})\\s?([）)])([、.，,．]?)`);
// Level 1: Chinese numeral + 、 (or a look-alike separator, even before a digit: `一.2023年度…`
// is a heading; Chinese numerals take no decimals); `一是` is an enumeration, not a heading.
const LEVEL1 = new RegExp(`^(${CN})([、.．，,])`);
// Level 3: Arabic numeral + `.`/`．` not followed by a digit (`1.5亿元` is not a heading), or + `、`.
const LEVEL3 = new RegExp(`^(${AR})([.．](?![0-9０-９])|、)`);

function arabic(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return n;
}

/** Recognises a heading label at the start of `s` (indentation already removed). */
export function matchLabel(s: string): Label | null {
  const c0 = s.charCodeAt(0);
  if (c0 === 0xff08 /* （ */ || c0 === 0x28 /* ( */) {
    const m = PAREN.exec(s);
    if (!m) return null;
    const isCn = !/[0-9０-９]/.test(m[2]);
    const ordinal = isCn ? parseChineseNumber(m[2]) : arabic(m[2]);
    if (!(ordinal >= 1)) return null;
    const open = m[1] === '（';
    const close = m[3] === '）';
    const brackets = open && close ? 'full' : !open && !close ? 'half' : 'mixed';
    const styleIssues: StyleIssue[] = [];
    if (brackets === 'mixed') styleIssues.push('mixed-brackets');
    if (m[4]) styleIssues.push('extra-punct');
    return { level: isCn ? 2 : 4, ordinal, raw: m[0], styleIssues, brackets };
  }
  // Every other label starts with a digit: most lines are settled by their first character.
  const cn = isCnLabelDigit(c0);
  if (!cn && !isArabicDigit(c0)) return null;
  let m = cn ? LEVEL1.exec(s) : null;
  if (m) {
    const ordinal = parseChineseNumber(m[1]);
    if (!(ordinal >= 1)) return null;
    return { level: 1, ordinal, raw: m[0], styleIssues: m[2] === '、' ? [] : ['wrong-separator'] };
  }
  m = cn ? null : LEVEL3.exec(s);
  if (m) {
    const ordinal = arabic(m[1]);
    if (ordinal < 1) return null;
    const styleIssues: StyleIssue[] = m[2] === '.' ? [] : m[2] === '．' ? ['fullwidth-dot'] : ['arabic-dun'];
    return { level: 3, ordinal, raw: m[0], styleIssues, ambiguousArabic: m[2] === '、' };
  }
  return null;
}

/** `一是` `二是` … `十是`: an in-paragraph enumeration marker at the start of a line. */
export const ENUMERATION = new RegExp(`^(${CN})是`);

/** `ENUMERATION.test(s)`, settled by the first character for most lines. */
export function isEnumeration(s: string): boolean {
  return isCnLabelDigit(s.charCodeAt(0)) && ENUMERATION.test(s);
}
