/**
 * The report year: from the title (`2023年度…报告`), else the opening (`现将2023年…报告如下`,
 * `2024年，县科技局…`), else the date (a report dated January–March speaks of the year before).
 */
import { parseDateLine } from './dates';
import { contentOf, type Line, type TitleBlock } from './model';

const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年/;

export interface ReportYear {
  year: number | null;
  source: 'title' | 'opening' | 'date' | null;
}

export function findReportYear(lines: Line[], title: TitleBlock | null, opening: number | null, dateLine: number | null): ReportYear {
  const fromTitle = title && YEAR.exec(title.text);
  if (fromTitle) return { year: +fromTitle[1], source: 'title' };
  if (opening !== null) {
    const text = contentOf(lines[opening]);
    const m = /现将\s*((?:19|20)\d{2})\s*年/.exec(text) ?? YEAR.exec(text);
    if (m) return { year: +m[1], source: 'opening' };
  }
  if (dateLine !== null) {
    const d = parseDateLine(contentOf(lines[dateLine]));
    if (d) return { year: d.month <= 3 ? d.year - 1 : d.year, source: 'date' };
  }
  return { year: null, source: null };
}
