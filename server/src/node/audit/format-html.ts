/**
 * The audit as one self-contained HTML page: no network, no external script, style or font, so it
 * can be mailed, archived and opened years later. The table is rendered here (it prints and reads
 * without JavaScript); the small inline script (page-script.ts) only sorts, filters and opens
 * rows. Print layout: A4 landscape, header row repeated on every page, controls hidden.
 */
import type { Locale } from '../../core/index';
import { columns } from './columns';
import { PAGE_SCRIPT } from './page-script';
import type { AuditRow } from './row';
import type { AuditSummary } from './summary';
import { cliText, type CliStringId } from '../strings';

export interface HtmlMeta {
  /** When the audit ran (shown on the page; tests pass a fixed one). */
  generated: Date;
  version: string;
}

/** The page's words, from the CLI string table. */
function texts(locale: Locale) {
  const t = (id: CliStringId) => cliText(locale, id);
  return {
    title: t('html.title'),
    generated: t('html.generated'),
    reports: t('html.reports'),
    complete: t('html.complete'),
    notReports: t('html.notReports'),
    unreadable: t('html.unreadable'),
    files: t('html.files'),
    commonest: t('html.commonest'),
    inReports: t('html.inReports'),
    none: t('html.none'),
    legend: t('html.legend'),
    filterAll: t('html.filterAll'),
    filter: t('html.filter'),
    shown: t('html.shown'),
    of: t('html.of'),
    details: t('html.details'),
    basis: t('html.basis'),
    line: t('html.line'),
    col: t('html.col'),
    severity: t('html.severity'),
    rule: t('html.rule'),
    message: t('html.message'),
    noFindings: t('html.noFindings'),
    ready: t('verdict.ready'),
    revise: t('verdict.revise'),
    rejected: t('verdict.rejected'),
  };
}

export function toHtml(rows: AuditRow[], summary: AuditSummary, locale: Locale, meta: HtmlMeta): string {
  const t = texts(locale);
  const cols = columns(locale);
  const head = cols.map((c, i) => `<th scope="col" data-col="${i}" aria-sort="none"${c.narrow ? ' class="narrow"' : ''}><button type="button" class="sort">${esc(c.header)}</button></th>`).join('');
  const filters = cols.map((c, i) => `<th><input type="search" data-col="${i}" aria-label="${esc(`${t.filter}：${c.header}`)}" placeholder="${esc(t.filter)}"></th>`).join('');
  const body = rows.map((row, n) => rowHtml(row, n, cols, locale)).join('\n');
  const stamp = `${meta.generated.getFullYear()}-${pad(meta.generated.getMonth() + 1)}-${pad(meta.generated.getDate())} ${pad(meta.generated.getHours())}:${pad(meta.generated.getMinutes())}`;
  return `<!DOCTYPE html>
<html lang="${cliText(locale, 'html.lang')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${esc(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(t.title)}</h1>
<p class="meta">${esc(t.generated)} ${stamp} · gongwen ${esc(meta.version)}</p>
</header>
${summaryHtml(summary, locale)}
<p class="legend">${esc(t.legend)}</p>
<div class="controls"><input type="search" id="filter-all" aria-label="${esc(t.filterAll)}" placeholder="${esc(t.filterAll)}"> <span id="shown" aria-live="polite">${esc(t.shown)} ${rows.length} ${esc(t.of)} ${rows.length}</span></div>
<table id="audit" data-shown-label="${esc(t.shown)}" data-of-label="${esc(t.of)}">
<thead>
<tr class="headers">${head}</tr>
<tr class="filters">${filters}</tr>
</thead>
${body}
</table>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function summaryHtml(s: AuditSummary, locale: Locale): string {
  const t = texts(locale);
  const fig = (n: number, label: string, cls = '') => `<li${cls ? ` class="${cls}"` : ''}><b>${n}</b> ${esc(label)}</li>`;
  const figures = [
    fig(s.reports, t.reports),
    fig(s.complete, t.complete),
    fig(s.verdicts.ready, t.ready, 'v-ready'),
    fig(s.verdicts.revise, t.revise, 'v-revise'),
    fig(s.verdicts.rejected, t.rejected, 'v-rejected'),
    ...(s.notReports ? [fig(s.notReports, t.notReports)] : []),
    ...(s.unreadable ? [fig(s.unreadable, t.unreadable)] : []),
  ].join('');
  const common = s.commonest.length
    ? `<ol>${s.commonest.map((c) => `<li>${esc(c.label)} — <b>${c.reports}</b> ${esc(t.inReports)}</li>`).join('')}</ol>`
    : `<p>${esc(t.none)}</p>`;
  return `<section id="summary"><ul class="figures">${figures}</ul><h2>${esc(t.commonest)}</h2>${common}</section>`;
}

function rowHtml(row: AuditRow, n: number, cols: ReturnType<typeof columns>, locale: Locale): string {
  const t = texts(locale);
  const cells = cols
    .map((c, i) => {
      const sort = c.sort(row);
      const text = esc(c.text(row));
      const cls = [c.narrow ? 'narrow' : '', c.id.startsWith('section:') ? `sec sec-${sectionState(row, c.id)}` : '', c.id === 'verdict' ? `verdict v-${row.verdict ?? row.kind}` : '']
        .filter(Boolean)
        .join(' ');
      const content = i === 0 ? `<button type="button" class="toggle" aria-expanded="false" aria-controls="d${n}" title="${esc(t.details)}">▸</button> ${text}` : text;
      return `<td${cls ? ` class="${cls}"` : ''} data-sort="${esc(String(sort))}"${typeof sort === 'number' ? ' data-num=""' : ''}>${content}</td>`;
    })
    .join('');
  return `<tbody class="report" data-kind="${row.kind}"><tr class="main">${cells}</tr><tr class="details" id="d${n}" hidden><td colspan="${cols.length}">${detailsHtml(row, locale)}</td></tr></tbody>`;
}

function sectionState(row: AuditRow, colId: string): string {
  if (row.kind !== 'report') return 'na';
  const s = row.sections.find((x) => `section:${x.id}` === colId);
  if (!s) return 'na';
  return s.status === 'missing' && !s.required ? 'optional' : s.status;
}

function detailsHtml(row: AuditRow, locale: Locale): string {
  const t = texts(locale);
  const parts: string[] = [];
  if (row.note) parts.push(`<p class="note">${esc(row.note)}</p>`);
  if (row.verdictReason) parts.push(`<p><b>${esc(t.basis)}：</b>${esc(row.verdictReason)}</p>`);
  if (row.kind !== 'report') return parts.join('');
  if (!row.findings.length) return parts.join('') + `<p>${esc(t.noFindings)}</p>`;
  const head = `<tr><th>${esc(t.line)}</th><th>${esc(t.col)}</th><th>${esc(t.severity)}</th><th>${esc(t.rule)}</th><th>${esc(t.message)}</th></tr>`;
  const lines = row.findings
    .map((f) => `<tr class="f-${f.severity}"><td>${f.line}</td><td>${f.column}</td><td>${cliText(locale, `severity.${f.severity}`)}</td><td><code>${esc(f.rule)}</code></td><td>${esc(f.message)}</td></tr>`)
    .join('');
  return parts.join('') + `<table class="findings"><thead>${head}</thead><tbody>${lines}</tbody></table>`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Escapes text for HTML content and attribute values: file names and titles are untrusted. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root { color-scheme: light; }
body { font: 14px/1.5 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC", sans-serif; margin: 16px; color: #1f2328; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 10px 0 4px; }
.meta, .legend { color: #57606a; font-size: 12px; margin: 4px 0; }
#summary { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.figures { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 20px; padding: 0; margin: 0; }
.figures b { font-size: 18px; }
#summary ol { margin: 0; padding-left: 22px; }
.controls { margin: 8px 0; display: flex; gap: 12px; align-items: center; }
#filter-all { width: 320px; padding: 4px 6px; }
table#audit { border-collapse: collapse; width: 100%; font-size: 13px; }
#audit > thead th { position: sticky; top: 0; background: #f6f8fa; z-index: 1; }
#audit > thead tr.filters th { top: 34px; }
#audit th, #audit td { border: 1px solid #d0d7de; padding: 3px 5px; text-align: left; vertical-align: top; }
#audit th.narrow, #audit td.narrow { text-align: center; white-space: nowrap; }
#audit th button.sort { all: unset; cursor: pointer; font-weight: 600; display: block; width: 100%; }
#audit th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
#audit th[aria-sort="descending"] button.sort::after { content: " ▼"; }
#audit tr.filters input { width: 100%; box-sizing: border-box; font-size: 12px; min-width: 3em; }
#audit td.sec { font-size: 12px; min-width: 7em; }
.sec-present { background: #eaf6ec; } .sec-embedded { background: #fff6da; } .sec-missing { background: #fde7e7; color: #a40e26; font-weight: 600; }
.verdict { white-space: nowrap; font-weight: 600; }
.v-ready { color: #116329; } .v-revise { color: #7d4e00; } .v-rejected { color: #a40e26; } .v-not-report, .v-unreadable { color: #57606a; font-weight: 400; }
button.toggle { border: 1px solid #d0d7de; background: #fff; border-radius: 4px; cursor: pointer; padding: 0 5px; }
button.toggle[aria-expanded="true"] { transform: rotate(90deg); }
tr.details > td { background: #fbfbfc; }
table.findings { border-collapse: collapse; margin: 4px 0; font-size: 12px; }
table.findings th, table.findings td { border: 1px solid #e1e4e8; padding: 2px 6px; text-align: left; }
table.findings td:nth-child(-n+4), table.findings th { white-space: nowrap; }
.f-error td:nth-child(3) { color: #a40e26; } .f-warning td:nth-child(3) { color: #7d4e00; }
.note { color: #57606a; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { margin: 0; font-size: 9pt; }
  .controls, #audit tr.filters, button.toggle { display: none; }
  #audit > thead { display: table-header-group; }
  #audit > thead th { position: static; }
  #audit { font-size: 8pt; }
  #audit tr.main { break-inside: avoid; }
  #summary { break-inside: avoid; }
  .sec-present, .sec-embedded, .sec-missing { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
