/**
 * Runs the rules over a model. A rule that throws is returned in `failures` for the host to
 * log, and the others still run: the editor must keep showing what it can.
 */
import { parse } from './parse';
import type { DocumentModel } from './model';
import { RULES } from './rules/index';
import { render, type Finding, type LintOptions, type Rule, type Severity } from './rules/types';

export interface LintResult {
  model: DocumentModel;
  findings: Finding[];
  /** Rules that failed, with the error text, for the host to log. */
  failures: Array<{ rule: string; error: string }>;
  /** Rules that reported more than MAX_FINDINGS_PER_RULE; the rest were dropped. */
  truncated: string[];
}

/** Past this many findings of one rule, more help no one and cost the editor: drop them. */
export const MAX_FINDINGS_PER_RULE = 1000;

export function lintText(text: string, options: LintOptions = {}): LintResult {
  return lintModel(parse(text), options);
}

export function lintModel(model: DocumentModel, options: LintOptions = {}): LintResult {
  const findings: Finding[] = [];
  const failures: LintResult['failures'] = [];
  const truncated: string[] = [];
  const locale = options.locale ?? 'zh';
  for (const rule of RULES) {
    const severity = severityOf(rule, options);
    if (severity === null) continue;
    let count = 0;
    try {
      rule.check({
        model,
        options,
        t: (key, args) => render(rule.meta.messages[key]?.[locale] ?? key, args),
        get saturated() {
          return count >= MAX_FINDINGS_PER_RULE;
        },
        report: (f) => {
          if (++count === MAX_FINDINGS_PER_RULE + 1) truncated.push(rule.meta.id);
          if (count <= MAX_FINDINGS_PER_RULE) findings.push({ rule: rule.meta.id, severity, range: f.range, message: f.message, fixes: f.fixes ?? [] });
        },
      });
    } catch (e) {
      failures.push({ rule: rule.meta.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule));
  return { model, findings, failures, truncated };
}

function severityOf(rule: Rule, options: LintOptions): Severity | null {
  if (options.only && options.only.length && !options.only.includes(rule.meta.id)) return null;
  const s = options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
  return s === 'off' ? null : s;
}
