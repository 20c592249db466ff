/**
 * The skeleton's plan year: section 四 of a 法治政府建设 report plans the year after the report
 * year. The skeleton (snippet or File › New File…) writes it as plain text, and plan-year.ts keeps
 * it at the title's year + 1 while the author types the year, so the author sees the right year at
 * once (a snippet transform would only apply on leaving the field). No vscode import: unit-tested.
 */

/** The skeleton's title, its report year being typed (0–4 digits). */
const TITLE = /关于(\d{0,4})年度法治政府建设情况的报告/;
/** The skeleton's section 四 heading, its plan year. */
const PLAN = /^四、(\d{0,4})年度推进法治政府建设的主要安排/;
/** Text that marks an insertion of the whole skeleton. */
export function isSkeletonInsertion(text: string): boolean {
  return TITLE.test(text) && /\n四、\d{0,4}年度推进法治政府建设的主要安排/.test(text);
}

/** Where the plan year stands, and what it should read; undefined when it is right or cannot be told. */
export interface PlanYearEdit {
  line: number;
  /** Character range of the plan year's digits on that line (empty when there are none). */
  start: number;
  end: number;
  /** The digits it should read. */
  text: string;
}

/** How far to look for the skeleton's title and section 四 (the skeleton is about 25 lines). */
const SEARCH_LINES = 400;

/** The plan-year line of a skeleton, located by its title (first) and section 四 after it. */
export function locatePlanYear(lineAt: (i: number) => string, lineCount: number): { titleYear: string; line: number; start: number; year: string } | undefined {
  let titleYear: string | undefined;
  for (let i = 0; i < Math.min(lineCount, SEARCH_LINES); i++) {
    const text = lineAt(i);
    if (titleYear === undefined) {
      titleYear = TITLE.exec(text)?.[1];
      continue;
    }
    const plan = PLAN.exec(text);
    if (plan) return { titleYear, line: i, start: 2, year: plan[1] };
  }
  return undefined;
}

/** The edit that makes the plan year the title's year + 1; none while the year is still being typed. */
export function planYearEdit(lineAt: (i: number) => string, lineCount: number): PlanYearEdit | undefined {
  const found = locatePlanYear(lineAt, lineCount);
  if (!found || !/^\d{4}$/.test(found.titleYear)) return undefined;
  const want = String(Number(found.titleYear) + 1);
  if (found.year === want) return undefined;
  return { line: found.line, start: found.start, end: found.start + found.year.length, text: want };
}
