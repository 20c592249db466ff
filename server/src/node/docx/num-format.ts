/**
 * Word's number formats (`w:numFmt`): the counter value as the label shows it. Covers the formats
 * Chinese reports use (chineseCounting 一二三, ideographTraditional 甲乙丙, enclosed ①) and the
 * Western ones; an unknown format falls back to decimal, which is what Word does too.
 */

const DIGITS = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY = '子丑寅卯辰巳午未申酉戌亥';

/**
 * Chinese reading of n (1 ≤ n < 10000): 十, 十一, 二十, 一百零一. `zero` is the character for an
 * inner gap; `tens` the units (十百千 or 拾佰仟); `legal` writes 壹拾 for 10 as cheques do.
 */
function chineseReading(n: number, digits: string, zero: string, units: string[], spellOneTen: boolean): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts: string[] = [];
  const d = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const v = d[i];
    const unit = units[3 - i];
    if (v === 0) {
      if (parts.length) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push(zero);
    pendingZero = false;
    // 十 rather than 一十 when ten starts the number (十一), except in legal form (壹拾壹).
    if (i === 2 && v === 1 && parts.length === 0 && !spellOneTen) parts.push(unit);
    else parts.push(digits[v] + unit);
  }
  return parts.join('');
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, glyph] of table) while (n >= value) (out += glyph), (n -= value);
  return out;
}

/** Word's letter lists repeat the letter: … Z, AA, BB. */
function letter(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

const fullWidth = (n: number) => String(n).replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)));

/** The label text of counter value `n` in Word number format `fmt`. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseReading(n, DIGITS, '零', ['', '十', '百', '千'], false);
    case 'chineseLegalSimplified':
      return chineseReading(n, LEGAL, '零', ['', '拾', '佰', '仟'], true);
    case 'ideographLegalTraditional':
      return chineseReading(n, '零壹貳參肆伍陸柒捌玖', '零', ['', '拾', '佰', '仟'], true);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/\d/g, (c) => DIGITS[Number(c)]);
    case 'ideographTraditional':
      return n >= 1 ? HEAVENLY[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? EARTHLY[(n - 1) % 12] : String(n);
    case 'ideographZodiacTraditional':
      return n >= 1 ? HEAVENLY[(n - 1) % 10] + EARTHLY[(n - 1) % 12] : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(n);
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n <= 20 ? enclosed(n, 0x2460, 20) : n <= 35 ? enclosed(n - 20, 0x3251, 15) : n <= 50 ? enclosed(n - 35, 0x32b1, 15) : String(n);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3280, 10);
    case 'ordinal': {
      const tail = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
      return `${n}${tail}`;
    }
    case 'none':
      return '';
    default:
      return String(n);
  }
}
