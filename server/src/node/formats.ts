/** CLI output formats: compiler-style text, the documented JSON shape, and SARIF 2.1.0. */
import { type LintResult, RULES, type Locale, DOCS_BASE, ruleDocUrl } from '../core';
import { artifactLocation, originalUriBaseIds } from './sarif-uri';
import { displayPath } from './display';
import { cliText } from './strings';

export interface FileResult {
  path: string;
  result: LintResult;
  /** For a Word document: the paragraph (1-based) each line came from; findings point at it. */
  paragraphs?: number[];
}

/** Where a finding is, as the author can find it: `12:3`, or in a Word document `第12段`. */
function place(line: number, character: number, paragraphs: number[] | undefined, locale: Locale): string {
  if (!paragraphs) return `${line + 1}:${character + 1}`;
  const p = paragraphs[line] ?? line + 1;
  return cliText(locale, 'text.paragraph', { p });
}

/** ANSI colours for a terminal: location bold, severity in its colour, rule id dimmed; none when `color` is false. */
const PAINT = { error: '31', warning: '33', info: '36', hint: '36', dim: '2', bold: '1' };
type Paint = keyof typeof PAINT;

export function formatText(files: FileResult[], locale: Locale, color = false): string {
  const paint = (kind: Paint, s: string) => (color ? `\u001b[${PAINT[kind]}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const { path, result, paragraphs } of files) {
    const name = displayPath(path);
    for (const f of result.findings) {
      counts[f.severity]++;
      const sev = cliText(locale, `severity.${f.severity}`);
      out.push(`${paint('bold', `${name}:${place(f.range.start.line, f.range.start.character, paragraphs, locale)}`)}  ${paint(f.severity, sev)}  ${paint('dim', f.rule)}  ${f.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  out.push(
    cliText(locale, 'text.total', { total, ...counts, files: files.length }),
  );
  return out.join('\n') + '\n';
}

export function toJson(files: FileResult[]): object {
  return {
    files: files.map(({ path, result: { model, findings }, paragraphs }) => ({
      path,
      reportYear: model.reportYear,
      title: model.title ? { line: model.title.mainLine + 1, text: model.title.text } : null,
      headings: model.headings.map((h) => ({ line: h.line + 1, level: h.level, ordinal: h.ordinal, label: h.label?.raw ?? '', text: h.text, numbered: h.numbered })),
      sections: model.sections.map((s) => ({ id: s.id, status: s.status, line: s.line === null ? null : s.line + 1 })),
      diagnostics: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        message: f.message,
        ...(paragraphs ? { paragraph: paragraphs[f.range.start.line] ?? f.range.start.line + 1 } : {}),
      })),
    })),
  };
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(files: FileResult[], locale: Locale, version: string, cwd: string, stdinName?: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gongwen',
            version,
            informationUri: DOCS_BASE,
            rules: RULES.map((r) => ({
              id: r.meta.id,
              shortDescription: { text: r.meta.description[locale] },
              helpUri: ruleDocUrl(r.meta.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultSeverity] ?? 'none' },
            })),
          },
        },
        originalUriBaseIds: originalUriBaseIds(cwd),
        results: files.flatMap(({ path, result }) =>
          result.findings.map((f) => ({
            ruleId: f.rule,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(path, stdinName),
                  region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}
