/**
 * The audit as CSV (RFC 4180): UTF-8 with a BOM, because Excel and WPS read a BOM-less file as the
 * system code page and turn the Chinese into mojibake; CRLF rows, as Excel writes them.
 */
import type { Locale } from '../../core/index';
import { columns } from './columns';
import type { AuditRow } from './row';
import { cliText } from '../strings';

const BOM = '\ufeff';

export function toCsv(rows: AuditRow[], locale: Locale): string {
  const cols = columns(locale);
  const extra = [cliText(locale, 'csv.basis'), cliText(locale, 'csv.note')];
  const lines = [[...cols.map((c) => c.header), ...extra].map(field).join(',')];
  for (const row of rows) lines.push([...cols.map((c) => c.text(row)), row.verdictReason ?? '', row.note ?? ''].map(field).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/**
 * Quotes a field when it needs it; a field that starts like a formula (`=`, `+`, `-`, `@`) gets a
 * leading apostrophe so a spreadsheet shows the text instead of evaluating it (a title is untrusted).
 */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
