/**
 * 成文日期 forms: GB/T 9704 7.3.5.4 wants Arabic digits, the full year and no zero padding
 * (`2023年12月7日`). Recognises the forms drafts use instead, so rules can flag and fix them.
 */
import { parseChineseNumber } from './numbering';

export interface ParsedDate {
  year: number;
  month: number;
  day: number;
  /** True when already written as GB/T wants. */
  canonical: boolean;
}

const ARABIC = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const NUMERIC = /^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})$/;
const CHINESE = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;

/** Parses a line that is only a date; null when it is not one. */
export function parseDateLine(content: string): ParsedDate | null {
  let m = ARABIC.exec(content);
  if (m) return make(+m[1], +m[2], +m[3], content === `${+m[1]}年${+m[2]}月${+m[3]}日`);
  m = NUMERIC.exec(content);
  if (m) return make(+m[1], +m[2], +m[3], false);
  m = CHINESE.exec(content);
  if (m) {
    // The year is read digit by digit (二〇二三), month and day as numerals (十二).
    const year = [...m[1]].reduce((n, ch) => n * 10 + parseChineseNumber(ch), 0);
    return make(year, parseChineseNumber(m[2]), parseChineseNumber(m[3]), false);
  }
  return null;
}

function make(year: number, month: number, day: number, canonical: boolean): ParsedDate | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return { year, month, day, canonical };
}

export function formatDate(d: ParsedDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}
