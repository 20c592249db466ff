/**
 * The report year: from the title (`2023年度…报告`, also `2025度…` with 年 left out), else the
 * opening (`现将2023年…报告如下`, `2024年，县科技局…`), else the measures heading
 * (`一、2022年工作推进情况`), else the date (a report dated January–March speaks of the year
 * before). Never from page chrome: 发布时间, 今天是 and metadata dates are residue by then.
 */
import { parseDateLine } from './dates';
import { matchLabel } from './numbering';
import { contentOf, type Line, type TitleBlock } from './model';

/** A year, not the end of a range (`2021—2025年`) and not a figure (`12023年`). */
const YEAR = /(?<![\d—–\-~～至])((?:19|20)\d{2})\s*年/;
const TITLE_YEAR = /(?<![\d—–\-~～至])((?:19|20)\d{2})\s*[年度]/;
const REPORTED = /现将[^。]{0,30}?((?:19|20)\d{2})\s*年/;

export interface ReportYear {
  year: number | null;
  source: 'title' | 'opening' | 'heading' | 'date' | null;
}

export function findReportYear(lines: Line[], title: TitleBlock | null, opening: number | null, dateLine: number | null): ReportYear {
  const fromTitle = title && TITLE_YEAR.exec(title.text);
  if (fromTitle) return { year: +fromTitle[1], source: 'title' };
  if (opening !== null) {
    const text = contentOf(lines[opening]);
    const m = REPORTED.exec(text) ?? YEAR.exec(text);
    if (m) return { year: +m[1], source: 'opening' };
  }
  const heading = firstLevel1Year(lines);
  if (heading !== null) return { year: heading, source: 'heading' };
  if (dateLine !== null) {
    const d = parseDateLine(contentOf(lines[dateLine]));
    if (d) return { year: d.month <= 3 ? d.year - 1 : d.year, source: 'date' };
  }
  return { year: null, source: null };
}

/** The year the first level-1 heading names (`一、2022年工作推进情况`); read only when nothing above named one. */
function firstLevel1Year(lines: Line[]): number | null {
  for (const l of lines) {
    if (l.kind !== 'paragraph') continue;
    const content = contentOf(l);
    const label = matchLabel(content);
    if (!label || label.level !== 1) continue;
    const m = YEAR.exec(content.slice(0, 40));
    return m ? +m[1] : null;
  }
  return null;
}
