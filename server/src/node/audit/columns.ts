/**
 * The audit table's columns, once, for the HTML page and the CSV file: a header, and per row a
 * cell text and a sort key. The statutory sections are the 法治政府建设 profile's, in their order.
 */
import { FZZF_PROFILE, type Locale } from '../../core/index';
import { VERDICT_LABEL, type AuditRow, type AuditSection, type PartStatus } from './row';

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

const L = (locale: Locale, zh: string, en: string) => (locale === 'zh' ? zh : en);

export function kindLabel(row: AuditRow, locale: Locale): string {
  if (row.kind === 'not-report') return L(locale, '非此类报告', 'not this kind of report');
  if (row.kind === 'unreadable') return L(locale, '无法读取', 'unreadable');
  return row.verdict ? VERDICT_LABEL[row.verdict][locale] : '';
}

/** `✓ 一、…（第7行）`: the mark, then the heading (or mention) that carries the section and its line. */
export function sectionCell(s: AuditSection | undefined, locale: Locale): string {
  if (!s) return '';
  // An optional section (其他需要报告的情况) that is absent is nothing to mark.
  if (s.status === 'missing' || s.line === null) return s.required ? SECTION_MARK.missing : '—';
  return `${SECTION_MARK[s.status]} ${s.heading ?? ''}${L(locale, `（第${s.line}行）`, ` (line ${s.line})`)}`;
}

function partCell(p: PartStatus, row: AuditRow, locale: Locale): string {
  if (row.kind !== 'report') return '';
  if (p.status === 'missing') return `${PART_MARK.missing} ${L(locale, '缺少', 'missing')}`;
  return `${PART_MARK[p.status]} ${p.text ?? ''}${p.status === 'bad' ? L(locale, '（格式有误）', ' (malformed)') : ''}`;
}

/** `heading-sequence×2；date-format×1`, commonest first. */
export function byRuleText(row: AuditRow, locale: Locale): string {
  if (row.kind !== 'report') return '';
  return Object.entries(row.byRule)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([rule, n]) => `${rule}×${n}`)
    .join(L(locale, '；', '; '));
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
    { id: 'file', header: L(locale, '文件', 'File'), text: (r) => r.path, sort: (r) => r.path },
    { id: 'organ', header: L(locale, '发文机关', 'Issuing organ'), text: (r) => r.organ ?? '', sort: (r) => r.organ ?? '\uffff' },
    { id: 'year', header: L(locale, '报告年度', 'Year'), text: (r) => (r.reportYear === null ? '' : String(r.reportYear)), sort: (r) => r.reportYear ?? -1, narrow: true },
    { id: 'title', header: L(locale, '标题', 'Title'), text: (r) => r.title ?? (r.note ?? ''), sort: (r) => r.title ?? '\uffff' },
    ...sectionColumns,
    { id: 'errors', header: L(locale, '错误', 'Errors'), text: (r) => (report(r) ? String(r.errors) : ''), sort: (r) => (report(r) ? r.errors : -1), narrow: true },
    { id: 'warnings', header: L(locale, '警告', 'Warnings'), text: (r) => (report(r) ? String(r.warnings) : ''), sort: (r) => (report(r) ? r.warnings : -1), narrow: true },
    { id: 'rules', header: L(locale, '问题（按规则）', 'Problems by rule'), text: (r) => byRuleText(r, locale), sort: (r) => byRuleText(r, locale) },
    { id: 'signature', header: L(locale, '署名', 'Signature'), text: (r) => partCell(r.signature, r, locale), sort: (r) => (report(r) ? { ok: 0, bad: 1, missing: 2 }[r.signature.status] : 3) },
    { id: 'date', header: L(locale, '成文日期', 'Date'), text: (r) => partCell(r.date, r, locale), sort: (r) => (report(r) ? { ok: 0, bad: 1, missing: 2 }[r.date.status] : 3) },
    { id: 'verdict', header: L(locale, '结论', 'Verdict'), text: (r) => kindLabel(r, locale), sort: (r) => (r.verdict ? VERDICT_ORDER[r.verdict] : r.kind === 'not-report' ? 3 : 4) },
  ];
}
