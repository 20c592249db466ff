/**
 * What a rule is: metadata as data (id, description, default severity, fixability, message
 * templates) plus a check over the document model that reports findings with their fixes.
 */
import type { DocumentModel } from './model';
import type { Range } from './text';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'zh' | 'en';

/** A localised template; `{name}` placeholders are filled from the args. */
export interface Message {
  zh: string;
  en: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A fix: `safe` ones are mechanical (ordinals, numeral forms, spacing) and may be batch-applied. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  safe: boolean;
  /** The one fix to prefer when a finding offers several. */
  preferred?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  range: Range;
  message: string;
  fixes: Fix[];
}

export interface RuleMeta {
  id: string;
  description: Message;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  messages: Record<string, Message>;
}

export interface LintOptions {
  locale?: Locale;
  /** Severity per rule id; 'off' disables. Missing ids use the rule's default. */
  severities?: Record<string, SeveritySetting>;
  /** Only these rules run (the CLI's --rule). */
  only?: string[];
  /** Tolerate `1.` directly under `一、` (some style guides allow skipping level 2). */
  allowLevel3UnderLevel1?: boolean;
}

export interface RuleContext {
  readonly model: DocumentModel;
  readonly options: LintOptions;
  /** Renders one of this rule's messages in the requested locale. */
  t(key: string, args?: Record<string, string | number>): string;
  report(finding: { range: Range; message: string; fixes?: Fix[] }): void;
  /** True once this rule has reported as many findings as will be kept: loops may stop early. */
  readonly saturated: boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Templates split at their `{name}` placeholders: literal, name, literal, … literal. */
const compiled = new Map<string, string[]>();

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function render(template: string, args: Record<string, string | number> = {}): string {
  let parts = compiled.get(template);
  if (!parts) {
    // Rule messages are a few hundred fixed templates; anything else must not grow the cache forever.
    if (compiled.size >= 2000) compiled.clear();
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in args ? String(args[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}
