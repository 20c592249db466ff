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

const NUMERIC = /^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})$/;
/**
 * 年月日 with each part in Arabic (also full-width) or Chinese digits, spaces anywhere between:
 * `2023年12月7日`, `2024 年 12 月 20 日`, `2024年十二月20日`, `二〇二三年十二月七日`.
 */
const PARTS = /^([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;

/** Parses a line that is only a date; null when it is not one. */
export function parseDateLine(content: string): ParsedDate | null {
  let m = PARTS.exec(content);
  if (m) {
    const year = digits(m[1]);
    const d = make(year, number(m[2]), number(m[3]), false);
    if (d) d.canonical = content === formatDate(d);
    return d;
  }
  m = NUMERIC.exec(content);
  if (m) return make(+m[1], +m[2], +m[3], false);
  return null;
}

/** A year read digit by digit: `2023`, `２０２３`, `二〇二三`. */
function digits(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : ch === '○' ? 0 : parseChineseNumber(ch));
  }
  return n;
}

/** A month or day: Arabic (`07`, `１２`) or a Chinese numeral (`十二`). */
function number(s: string): number {
  const c = s.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return digits(s);
  return parseChineseNumber(s);
}

function make(year: number, month: number, day: number, canonical: boolean): ParsedDate | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return { year, month, day, canonical };
}

export function formatDate(d: ParsedDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}
