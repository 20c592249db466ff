/**
 * The audit table's columns, once, for the HTML page and the CSV file: a header, and per row a
 * cell text and a sort key. The statutory sections are the 法治政府建设 profile's, in their order.
 */
import { FZZF_PROFILE, type Locale } from '../../core/index';
import { cliText } from '../strings';
import { verdictLabel, type AuditRow, type AuditSection, type PartStatus } from './row';

export interface Column {
  id: string;
  header: string;
  /** What the cell says. */
  text: (row: AuditRow) => string;
  /** What it sorts by (numbers sort as numbers). */
  sort: (row: AuditRow) => string | number;
  /** Narrow, centred cells (symbols and counts). */
  narrow?: boolean;
}

export const SECTION_MARK = { present: '✓', embedded: '◐', missing: '✗' } as const;
const PART_MARK = { ok: '✓', bad: '◐', missing: '✗' } as const;


export function kindLabel(row: AuditRow, locale: Locale): string {
  if (row.kind === 'not-report') return cliText(locale, 'column.notReport');
  if (row.kind === 'unreadable') return cliText(locale, 'column.unreadable');
  return row.verdict ? verdictLabel(row.verdict, locale) : '';
}

/** `✓ 一、…（第7行）`: the mark, then the heading (or mention) that carries the section and its line. */
export function sectionCell(s: AuditSection | undefined, locale: Locale): string {
  if (!s) return '';
  // An optional section (其他需要报告的情况) that is absent is nothing to mark.
  if (s.status === 'missing' || s.line === null) return s.required ? SECTION_MARK.missing : '—';
  return `${SECTION_MARK[s.status]} ${s.heading ?? ''}${cliText(locale, 'column.line', { line: s.line })}`;
}

function partCell(p: PartStatus, row: AuditRow, locale: Locale): string {
  if (row.kind !== 'report') return '';
  if (p.status === 'missing') return `${PART_MARK.missing} ${cliText(locale, 'column.missing')}`;
  return `${PART_MARK[p.status]} ${p.text ?? ''}${p.status === 'bad' ? cliText(locale, 'column.malformed') : ''}`;
}

/** `heading-sequence×2；date-format×1`, commonest first. */
export function byRuleText(row: AuditRow, locale: Locale): string {
  if (row.kind !== 'report') return '';
  return Object.entries(row.byRule)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([rule, n]) => `${rule}×${n}`)
    .join(cliText(locale, 'sep.rules'));
}

const VERDICT_ORDER = { ready: 0, revise: 1, rejected: 2 } as const;

export function columns(locale: Locale): Column[] {
  const report = (row: AuditRow) => row.kind === 'report';
  const sectionColumns: Column[] = FZZF_PROFILE.sections.map((def) => ({
    id: `section:${def.id}`,
    header: def.name[locale],
    text: (row) => (report(row) ? sectionCell(row.sections.find((s) => s.id === def.id), locale) : ''),
    sort: (row) => {
      const s = row.sections.find((x) => x.id === def.id);
      return report(row) && s ? { present: 0, embedded: 1, missing: 2 }[s.status] : 3;
    },
  }));
  return [
    { id: 'file', header: cliText(locale, 'column.file'), text: (r) => r.path, sort: (r) => r.path },
    { id: 'organ', header: cliText(locale, 'column.organ'), text: (r) => r.organ ?? '', sort: (r) => r.organ ?? '\uffff' },
    { id: 'year', header: cliText(locale, 'column.year'), text: (r) => (r.reportYear === null ? '' : String(r.reportYear)), sort: (r) => r.reportYear ?? -1, narrow: true },
    { id: 'title', header: cliText(locale, 'column.title'), text: (r) => r.title ?? (r.note ?? ''), sort: (r) => r.title ?? '\uffff' },
    ...sectionColumns,
    { id: 'errors', header: cliText(locale, 'column.errors'), text: (r) => (report(r) ? String(r.errors) : ''), sort: (r) => (report(r) ? r.errors : -1), narrow: true },
    { id: 'warnings', header: cliText(locale, 'column.warnings'), text: (r) => (report(r) ? String(r.warnings) : ''), sort: (r) => (report(r) ? r.warnings : -1), narrow: true },
    { id: 'rules', header: cliText(locale, 'column.rules'), text: (r) => byRuleText(r, locale), sort: (r) => byRuleText(r, locale) },
    { id: 'signature', header: cliText(locale, 'column.signature'), text: (r) => partCell(r.signature, r, locale), sort: (r) => (report(r) ? { ok: 0, bad: 1, missing: 2 }[r.signature.status] : 3) },
    { id: 'date', header: cliText(locale, 'column.date'), text: (r) => partCell(r.date, r, locale), sort: (r) => (report(r) ? { ok: 0, bad: 1, missing: 2 }[r.date.status] : 3) },
    { id: 'verdict', header: cliText(locale, 'column.verdict'), text: (r) => kindLabel(r, locale), sort: (r) => (r.verdict ? VERDICT_ORDER[r.verdict] : r.kind === 'not-report' ? 3 : 4) },
  ];
}
