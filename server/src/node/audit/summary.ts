/**
 * The figures on top of the audit table: how many files and reports, how many complete, the
 * verdicts, and the commonest problems (counted in reports, not findings: one draft with forty
 * numbering slips must not outweigh ten drafts that each lack a section).
 */
import { findRule, type Locale } from '../../core/index';
import type { AuditRow, Verdict } from './row';
import { cliText } from '../strings';

export interface AuditSummary {
  files: number;
  reports: number;
  notReports: number;
  unreadable: number;
  /** Reports with every required statutory section under its own heading (✓). */
  complete: number;
  verdicts: Record<Verdict, number>;
  /** Up to `top` problems, commonest first: a rule (or a missing section) and how many reports have it. */
  commonest: Array<{ key: string; label: string; reports: number }>;
}

export function summarize(rows: AuditRow[], locale: Locale, top = 5): AuditSummary {
  const reports = rows.filter((r) => r.kind === 'report');
  const verdicts: Record<Verdict, number> = { ready: 0, revise: 0, rejected: 0 };
  const counts = new Map<string, { label: string; reports: number }>();
  const bump = (key: string, label: string) => {
    const c = counts.get(key) ?? { label, reports: 0 };
    c.reports++;
    counts.set(key, c);
  };
  for (const r of reports) {
    if (r.verdict) verdicts[r.verdict]++;
    for (const s of r.sections) {
      if (s.required && s.status === 'missing') bump(`missing:${s.id}`, cliText(locale, 'summary.missing', { name: s.name }));
    }
    for (const rule of Object.keys(r.byRule)) {
      // section-missing is counted per section above, more usefully.
      if (rule !== 'section-missing') bump(rule, `${rule}：${findRule(rule)?.meta.description[locale] ?? rule}`);
    }
  }
  const commonest = [...counts.entries()]
    .map(([key, c]) => ({ key, ...c }))
    .sort((a, b) => b.reports - a.reports || (a.key < b.key ? -1 : 1))
    .slice(0, top);
  return {
    files: rows.length,
    reports: reports.length,
    notReports: rows.filter((r) => r.kind === 'not-report').length,
    unreadable: rows.filter((r) => r.kind === 'unreadable').length,
    complete: reports.filter((r) => r.sections.every((s) => !s.required || s.status === 'present')).length,
    verdicts,
    commonest,
  };
}
