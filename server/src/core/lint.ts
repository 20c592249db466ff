/**
 * Runs the rules over a model. A rule that throws is returned in `failures` for the host to
 * log, and the others still run: the editor must keep showing what it can.
 */
import { parse } from './parse';
import type { DocumentModel } from './model';
import { RULES } from './rules/index';
import { render, type Finding, type Fix, type LintOptions, type Locale, type Rule, type RuleContext, type Severity } from './types';
import type { Range } from './text';

/** What a check returns: the model it read, the findings, and what went wrong on the way. */
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

/** Parses `text` and checks it: the one call for a host that has only text. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  return lintModel(parse(text, options.profile, options.markdown ? 'markdown' : 'text'), options);
}

/** Checks a parsed model with every enabled rule; findings sorted by position, then rule id. */
export function lintModel(model: DocumentModel, options: LintOptions = {}): LintResult {
  const result: LintResult = { model, findings: [], failures: [], truncated: [] };
  const locale = options.locale ?? 'zh';
  const run = (rule: Rule) => {
    const severity = severityOf(rule, options);
    if (severity === null) return;
    try {
      rule.check(new Context(model, options, rule, severity, locale, result));
    } catch (e) {
      result.failures.push({ rule: rule.meta.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
    }
  };
  // An empty or garbled draft gets one finding that says so, not a dozen computed on nothing.
  for (const rule of RULES) if (rule.meta.exclusive) run(rule);
  if (result.findings.length === 0) for (const rule of RULES) if (!rule.meta.exclusive) run(rule);
  // Rule ids are ASCII: compared by code unit, not localeCompare, whose first call loads ICU's
  // collator (7 ms of the CLI's start-up for a small draft).
  result.findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return result;
}

/**
 * What one rule sees while it checks. A class rather than an object literal with closures and a
 * getter: a literal with an accessor is built by the runtime, slowly, once per rule and check.
 */
class Context implements RuleContext {
  private count = 0;

  constructor(
    readonly model: DocumentModel,
    readonly options: LintOptions,
    private readonly rule: Rule,
    private readonly severity: Severity,
    private readonly locale: Locale,
    private readonly result: LintResult,
  ) {}

  /**
   * Past the cap, not at it: a rule that stops when it turns true has reported one finding more
   * than is kept, and that one records the cut-off for the note the hosts print.
   */
  get saturated(): boolean {
    return this.count > this.max;
  }

  private get max(): number {
    return this.options.maxFindingsPerRule ?? MAX_FINDINGS_PER_RULE;
  }

  t(key: string, args?: Record<string, string | number>): string {
    return render(this.rule.meta.messages[key]?.[this.locale] ?? key, args);
  }

  report(f: { range: Range; message: string; fixes?: Fix[]; hint?: boolean; related?: Range[] }): void {
    if (++this.count === this.max + 1) this.result.truncated.push(this.rule.meta.id);
    if (this.count <= this.max) {
      const severity = f.hint ? 'hint' : this.severity;
      const finding: Finding = { rule: this.rule.meta.id, severity, range: f.range, message: f.message, fixes: f.fixes ?? [] };
      if (f.related?.length) finding.related = f.related;
      this.result.findings.push(finding);
    }
  }
}

function severityOf(rule: Rule, options: LintOptions): Severity | null {
  if (options.only && options.only.length && !options.only.includes(rule.meta.id)) return null;
  const s = options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
  return s === 'off' ? null : s;
}
