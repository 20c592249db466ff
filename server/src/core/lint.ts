/**
 * Runs the rules over a model. A rule that throws is returned in `failures` for the host to
 * log, and the others still run: the editor must keep showing what it can.
 */
import { parse } from './parse';
import type { DocumentModel } from './model';
import { RULES } from './rules/index';
import { fill, templateParts, type Finding, type Fix, type LintOptions, type Locale, type Rule, type RuleContext, type Severity } from './types';
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
  // One context for the whole check, turned to each rule in turn: a new one per rule was 27
  // objects per check, each with a class-field initialiser run.
  const ctx = new Context(model, options, options.locale ?? 'zh', result);
  const run = (rule: Rule) => {
    const severity = severityOf(rule, options);
    if (severity === null) return;
    try {
      rule.check(ctx.turnTo(rule, severity));
    } catch (e) {
      result.failures.push({ rule: rule.meta.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
    }
  };
  // An empty or garbled draft gets one finding that says so, not a dozen computed on nothing.
  for (const rule of RULES) if (rule.meta.exclusive) run(rule);
  if (result.findings.length === 0) for (const rule of RULES) if (!rule.meta.exclusive) run(rule);
  sortFindings(result.findings);
  return result;
}

/** Findings by position, then rule id; stable, so one rule's findings at one place keep their order. */
export function sortFindings(findings: Finding[]): void {
  // A draft has a few dozen findings: an insertion sort with the comparison inlined costs a
  // fraction of Array.prototype.sort's set-up (a work copy, a call per comparison). Both are
  // stable, so the order is the same (test/unit/rule-fast-paths.test.ts). Findings come as one
  // sorted run per rule, so a long list could make the insertion sort quadratic: those go to sort.
  if (findings.length > 32) {
    findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return;
  }
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i];
    let j = i;
    for (; j > 0 && before(f, findings[j - 1]); j--) findings[j] = findings[j - 1];
    findings[j] = f;
  }
}

/**
 * True when `a` goes strictly before `b`. Rule ids are ASCII: compared by code unit, not
 * localeCompare, whose first call loads ICU's collator (7 ms of the CLI's start-up for a small draft).
 */
function before(a: Finding, b: Finding): boolean {
  const p = a.range.start;
  const q = b.range.start;
  return p.line !== q.line ? p.line < q.line : p.character !== q.character ? p.character < q.character : a.rule < b.rule;
}

/**
 * What one rule sees while it checks. A class rather than an object literal with closures and a
 * getter: a literal with an accessor is built by the runtime, slowly, once per rule and check.
 */
class Context implements RuleContext {
  // Assigned in the constructor, not declared with an initialiser: a class field is defined by
  // its own initialiser function, not stored like the other properties.
  private count: number;
  private rule: Rule | null;
  private severity: Severity;
  /** The rule's templates by message id, split; looked up on the rule's first message. */
  private templates: Map<string, string[]> | null;
  private readonly max: number;
  /**
   * Past the cap, not at it: a rule that stops when it turns true has reported one finding more
   * than is kept, and that one records the cut-off for the note the hosts print. A field kept
   * up to date by report(), not a getter: rules read it once per candidate.
   */
  saturated: boolean;

  constructor(
    readonly model: DocumentModel,
    readonly options: LintOptions,
    private readonly locale: Locale,
    private readonly result: LintResult,
  ) {
    this.count = 0;
    this.rule = null;
    this.severity = 'hint';
    this.templates = null;
    this.max = options.maxFindingsPerRule ?? MAX_FINDINGS_PER_RULE;
    this.saturated = 0 > this.max;
  }

  /** This context, now for `rule` at `severity`, with no findings reported yet. */
  turnTo(rule: Rule, severity: Severity): this {
    this.rule = rule;
    this.severity = severity;
    this.count = 0;
    this.saturated = 0 > this.max;
    this.templates = null;
    return this;
  }

  t(key: string, args?: Record<string, string | number>): string {
    // A map per rule and locale from message id to split template: one lookup, where reading
    // messages[key][locale] (megamorphic: every rule's messages have their own shape) and then
    // the template cache took three.
    const templates = (this.templates ??= templatesOf(this.rule!, this.locale));
    let parts = templates.get(key);
    if (!parts) {
      // An id that is not a message renders as itself (ids are typed; a cap all the same).
      if (templates.size >= 200) templates.clear();
      templates.set(key, (parts = templateParts(this.rule!.meta.messages[key]?.[this.locale] ?? key)));
    }
    return fill(parts, args);
  }

  report(f: { range: Range; message: string; fixes?: Fix[]; hint?: boolean; related?: Range[] }): void {
    if (++this.count === this.max + 1) this.result.truncated.push(this.rule!.meta.id);
    this.saturated = this.count > this.max;
    if (this.count <= this.max) {
      const severity = f.hint ? 'hint' : this.severity;
      const finding: Finding = { rule: this.rule!.meta.id, severity, range: f.range, message: f.message, fixes: f.fixes ?? [] };
      if (f.related?.length) finding.related = f.related;
      this.result.findings.push(finding);
    }
  }
}

/** Split templates per rule, one map per locale; weak, so rules made by tests go with them. */
const templateTables = new WeakMap<Rule, { zh?: Map<string, string[]>; en?: Map<string, string[]> }>();

function templatesOf(rule: Rule, locale: Locale): Map<string, string[]> {
  let byLocale = templateTables.get(rule);
  if (!byLocale) templateTables.set(rule, (byLocale = {}));
  return (byLocale[locale] ??= new Map());
}

function severityOf(rule: Rule, options: LintOptions): Severity | null {
  if (options.only && options.only.length && !options.only.includes(rule.meta.id)) return null;
  const s = options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
  return s === 'off' ? null : s;
}
