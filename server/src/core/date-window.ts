/**
 * When a report for year N may be dated. 《法治政府建设与责任落实督察工作规定》 has departments
 * report by 1 March of N+1 and governments (and 党委) by 1 April, and reports are finished once the
 * year's work is: reports dated in November or December of N are common practice (two of the five
 * seed reports are). So 1 November of N up to the deadline is normal; earlier, the year is not
 * over (year-mismatch); later, the report is past its deadline (date-deadline, a hint).
 */
import type { ParsedDate } from './dates';

/** An organ that reports as a government (by 1 April): 人民政府, a 党委, a joint 党委+政府 report. */
const GOVERNMENT = /人民政府|政府$|^中共|[省市县区州旗盟]委(?:员会)?$|[省市县区州旗盟]委[、\s]/;

export type DateStanding = 'early' | 'normal' | 'late';

/**
 * Where a 成文日期 stands for report year `year`; `organ` (signature or title organ) decides the
 * deadline, and without one the later deadline is assumed (say less when unsure).
 */
export function dateStanding(date: ParsedDate, year: number, organ: string | null): DateStanding {
  const at = date.year * 10000 + date.month * 100 + date.day;
  if (at < year * 10000 + 1101) return 'early';
  const deadlineMonth = organ && !GOVERNMENT.test(organ) ? 3 : 4;
  return at <= (year + 1) * 10000 + deadlineMonth * 100 + 1 ? 'normal' : 'late';
}

/** The deadline for the message: `2024年3月1日`. */
export function deadlineOf(year: number, organ: string | null): string {
  return `${year + 1}年${organ && !GOVERNMENT.test(organ) ? 3 : 4}月1日`;
}
