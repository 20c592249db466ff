/**
 * One row of the audit table (`gongwen audit`): what a review office reads of one report file —
 * who sent it, for which year, which statutory sections it has, what is wrong with it and whether
 * it can be filed as it is. Built from one lint result; the verdict's rule is in the README
 * ("gongwen audit") and in `verdictOf` below, nowhere else.
 */
import { FZZF_PROFILE, type LintResult, type Line, type Locale, type SectionStatus } from '../../core/index';
import { cliText } from '../strings';

const contentOf = (line: Line) => line.text.slice(line.contentStart, line.contentEnd);

export type Verdict = 'ready' | 'revise' | 'rejected';
export type RowKind = 'report' | 'not-report' | 'unreadable';

export interface AuditSection {
  id: string;
  name: string;
  required: boolean;
  status: SectionStatus;
  /** 1-based line of its heading (or of the mention when embedded); null when missing. */
  line: number | null;
  /** The heading (or mentioning line) as written. */
  heading: string | null;
}

export interface AuditFinding {
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
}

/** Signature and date: there and well-formed (`ok`), there but wrong (`bad`), or missing. */
export interface PartStatus {
  status: 'ok' | 'bad' | 'missing';
  line: number | null;
  text: string | null;
}

export interface AuditRow {
  path: string;
  kind: RowKind;
  /** Why a file is not in the table as a report (not this kind, unreadable), localised. */
  note: string | null;
  organ: string | null;
  organSource: 'title' | 'signature' | null;
  reportYear: number | null;
  title: string | null;
  sections: AuditSection[];
  errors: number;
  warnings: number;
  /** Errors and warnings per rule id (hints and info are in `findings` only). */
  byRule: Record<string, number>;
  signature: PartStatus;
  date: PartStatus;
  verdict: Verdict | null;
  /** The verdict's reason in words, localised. */
  verdictReason: string | null;
  findings: AuditFinding[];
}

/** A verdict in words. */
export function verdictLabel(verdict: Verdict, locale: Locale): string {
  return cliText(locale, `verdict.${verdict}`);
}

/**
 * The verdict: a required statutory section missing altogether → rejected (the report does not
 * report what the regulation requires); otherwise any error or warning left (a section only inside
 * another, numbering, title, signature, date, residue …) → revise; otherwise ready (hints allowed).
 */
export function verdictOf(sections: AuditSection[], errors: number, warnings: number): Verdict {
  if (sections.some((s) => s.required && s.status === 'missing')) return 'rejected';
  return errors + warnings > 0 ? 'revise' : 'ready';
}

/** Builds the row of one file that was read and checked. */
export function auditRow(path: string, result: LintResult, locale: Locale): AuditRow {
  const { model, findings } = result;
  const line1 = (i: number | null) => (i === null ? null : i + 1);
  const sections: AuditSection[] = model.sections.map((s) => {
    const def = model.profile.sections.find((d) => d.id === s.id);
    return {
      id: s.id,
      name: def?.name[locale] ?? s.id,
      required: def?.required ?? false,
      status: s.status,
      line: line1(s.line),
      heading: s.line === null ? null : contentOf(model.lines[s.line]),
    };
  });
  const auditFindings = findings.map((f) => ({ line: f.range.start.line + 1, column: f.range.start.character + 1, rule: f.rule, severity: f.severity, message: f.message }));
  const byRule: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else continue;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  const at = (rule: string, line: number | null) => line !== null && findings.some((f) => f.rule === rule && f.range.start.line === line);
  const part = (line: number | null, badRule: string | null): PartStatus => ({
    status: line === null ? 'missing' : badRule && at(badRule, line) ? 'bad' : 'ok',
    line: line1(line),
    text: line === null ? null : contentOf(model.lines[line]),
  });
  const signature = part(model.signatureLine, null);
  const titleOrgan = model.title?.organ ?? null;
  const row: AuditRow = {
    path,
    kind: 'report',
    note: null,
    organ: titleOrgan ?? signature.text,
    organSource: titleOrgan ? 'title' : signature.text ? 'signature' : null,
    reportYear: model.reportYear,
    title: model.title?.text ?? null,
    sections,
    errors,
    warnings,
    byRule,
    signature,
    date: part(model.dateLine, 'date-format'),
    verdict: null,
    verdictReason: null,
    findings: auditFindings,
  };
  if (model.profile.id !== FZZF_PROFILE.id) {
    return { ...row, kind: 'not-report', note: cliText(locale, 'note.otherType', { name: model.profile.name[locale] }) };
  }
  if (!isReportLike(result)) return { ...row, kind: 'not-report', note: cliText(locale, 'note.notReport') };
  row.verdict = verdictOf(sections, errors, warnings);
  row.verdictReason = reasonOf(row, locale);
  return row;
}

/** The row of a file that could not be read (binary, no permission …): listed, not audited. */
export function unreadableRow(path: string, message: string): AuditRow {
  const none: PartStatus = { status: 'missing', line: null, text: null };
  return {
    path, kind: 'unreadable', note: message, organ: null, organSource: null, reportYear: null, title: null, sections: [],
    errors: 0, warnings: 0, byRule: {}, signature: none, date: none, verdict: null, verdictReason: null, findings: [],
  };
}

/**
 * A file is audited as a report when it says it is one (a title or an early line naming 法治政府建设
 * or 法治建设 with 报告 or 情况) or when two statutory sections are found in it. Anything else — an
 * attachment note, minutes, a README — is listed as "not this kind of report" rather than failed
 * on four missing sections: a false "不符合要求" costs the office more than a line saying "not audited".
 * The editor's workspace check uses it too, so a README or a note in the folder fills no Problems.
 */
export function isReportLike({ model }: LintResult): boolean {
  if (model.title && /法治/.test(model.title.text)) return true;
  let seen = 0;
  for (const line of model.lines) {
    if (line.kind === 'blank' || line.kind === 'residue') continue;
    if (/法治(?:政府)?建设/.test(contentOf(line)) && /报告|情况/.test(contentOf(line))) return true;
    if (++seen >= 12) break;
  }
  return model.sections.filter((s) => s.status !== 'missing').length >= 2;
}

function reasonOf(row: AuditRow, locale: Locale): string {
  const missing = row.sections.filter((s) => s.required && s.status === 'missing').map((s) => s.name);
  if (missing.length) return cliText(locale, 'reason.missing', { list: missing.join(cliText(locale, 'sep.list')) });
  if (row.errors + row.warnings === 0) return cliText(locale, 'reason.clean');
  return cliText(locale, 'reason.counts', { errors: row.errors, warnings: row.warnings });
}
