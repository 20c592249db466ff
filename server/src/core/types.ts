/**
 * What a rule is: metadata as data (id, description, default severity, fixability, message
 * templates) plus a check over the document model that reports findings with their fixes.
 */
import type { DocumentModel } from './model';
import type { Range } from './text';
import type { ReportProfile } from './profiles';

/** How serious a finding is; the adapters map it to the editor's and SARIF's levels. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A rule's configured severity; `off` disables the rule. */
export type SeveritySetting = Severity | 'off';
/** The language of runtime strings: Chinese by default, English on request. */
export type Locale = 'zh' | 'en';

/** Every value a severity setting takes, mildest first (settings, `.gongwen.json`, `--rule`). */
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** True for a locale the strings come in. */
export function isLocale(value: unknown): value is Locale {
  return value === 'zh' || value === 'en';
}

/** True for a plain JSON object (not null, not an array): what settings and config files hold. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A settings or config value as the author wrote it, for a message about it. */
export function showValue(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** A localised template; `{name}` placeholders are filled from the args. */
export interface Message {
  zh: string;
  en: string;
}

/** Replace `range` with `newText` (an insertion when the range is empty). */
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

/** One problem a rule found: where, how serious, what it says, and how to fix it. */
export interface Finding {
  rule: string;
  severity: Severity;
  range: Range;
  message: string;
  fixes: Fix[];
  /** Other places the message names (e.g. the lines of lost headings), for "go to" actions. */
  related?: Range[];
}

/**
 * Whether a rule fixes what it finds: `safe` fixes are mechanical and batch-applied (`--fix`, fix
 * all); `suggested` ones change content and are offered one by one; `false`, none. The README's
 * 可修复 column says the same (test/unit/docs.test.ts).
 */
export type Fixable = 'safe' | 'suggested' | false;

/** A rule's message templates by id; the ids are what `ctx.t` accepts. */
export type Messages<K extends string = string> = Record<K, Message>;

/** A rule's metadata, as data: the README, the settings and the CLI are derived from it. */
export interface RuleMeta<K extends string = string> {
  id: string;
  description: Message;
  defaultSeverity: SeveritySetting;
  fixable: Fixable;
  messages: Messages<K>;
  /**
   * When an exclusive rule reports, its findings replace all others: the rest would be computed
   * on text that is not a report yet (an empty draft) or cannot be read (garbled text).
   */
  exclusive?: boolean;
}

/** How to check: locale, per-rule severities, a rule filter, tolerated heading styles. */
export interface LintOptions {
  locale?: Locale;
  /** Severity per rule id; 'off' disables. Missing ids use the rule's default. */
  severities?: Record<string, SeveritySetting>;
  /** Only these rules run (the CLI's --rule). */
  only?: string[];
  /** Tolerate `1.` directly under `一、` in a two-level part (default true); false is the strict mode that flags it. */
  allowLevel3UnderLevel1?: boolean;
  /** Findings kept per rule (default MAX_FINDINGS_PER_RULE); fix-all keeps them all (Infinity). */
  maxFindingsPerRule?: number;
  /**
   * More superseded documents for `superseded-basis`, added to its built-in table (where a
   * configuration file, once there is one, will put an office's own list).
   */
  supersededBasis?: readonly SupersededEntry[];
  /**
   * The report type: one profile (the configuration's `profile`), or the candidates detected from
   * the title and opening (custom profiles first, then the built-in ones). Built-in detection when absent.
   */
  profile?: ReportProfile | readonly ReportProfile[];
  /** The text is Markdown (`.md`): `## 一、…`, emphasis and bullets around a heading are markup. */
  markdown?: boolean;
  /** Today's date where a rule needs it (the empty draft's skeleton year); the clock when absent. */
  today?: { year: number };
}

/** A document that was replaced: cited as current from `since` on, it is out of date. */
export interface SupersededEntry {
  /** The title as cited, without 《》 (`国家行政机关公文处理办法`); short forms are entries of their own. */
  title: string;
  /** What replaced it, as it should be cited (`党政机关公文处理工作条例`). */
  replacedBy: string;
  /** The first report year in which citing `title` as current is wrong. */
  since: number;
  /** Where this is stated: the provision that repealed or replaced it. */
  basis: string;
}

/** What a rule sees while it checks: the model, the options, its messages and a way to report. */
export interface RuleContext<K extends string = string> {
  readonly model: DocumentModel;
  readonly options: LintOptions;
  /** Renders one of this rule's messages in the requested locale; a misspelt id fails to compile. */
  t(key: K, args?: Record<string, string | number>): string;
  /**
   * Reports a finding at the rule's severity; `hint: true` marks one the rule is not sure of
   * (a likely but not certain problem), shown as a hint whatever the rule's severity.
   */
  report(finding: { range: Range; message: string; fixes?: Fix[]; hint?: boolean; related?: Range[] }): void;
  /** True once this rule has reported more findings than will be kept: loops may stop early. */
  readonly saturated: boolean;
}

/** A rule: metadata plus a check over the model (one rule per file under rules/). */
export interface Rule<K extends string = string> {
  meta: RuleMeta<K>;
  check(ctx: RuleContext<K>): void;
}

/** The brand's name is what tsc prints when a rule skips defineRule. */
declare const declaredWithDefineRule: unique symbol;

/** A rule made by defineRule, so its message ids were checked; the only kind the registry takes. */
export type DefinedRule = Rule & { readonly [declaredWithDefineRule]: true };

/**
 * Declares a rule: `export const rule = defineRule({ meta: { …, messages: { fix: … } }, check(ctx) { ctx.t('fix') } })`.
 * The message ids are inferred from `meta.messages`, so `ctx.t('fixx')` is a compile error.
 */
export function defineRule<K extends string>(rule: Rule<K>): DefinedRule {
  return rule as unknown as DefinedRule;
}

/** Templates split at their `{name}` placeholders: literal, name, literal, … literal. */
const compiled = new Map<string, string[]>();

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function render(template: string, args: Record<string, string | number> = {}): string {
  return fill(templateParts(template), args);
}

/** `template` split at its placeholders (literal, name, literal, … literal), made once per template. */
export function templateParts(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    // Rule messages are a few hundred fixed templates; anything else must not grow the cache forever.
    if (compiled.size >= 2000) compiled.clear();
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/** The template split by templateParts with its placeholders filled from `args`. */
export function fill(parts: readonly string[], args: Record<string, string | number> = {}): string {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    // One keyed load, and `in` only for a missing value: both are megamorphic (args come in
    // every shape), and this line was three quarters of render's time.
    const v = args[name];
    out += (v !== undefined ? (typeof v === 'string' ? v : String(v)) : name in args ? 'undefined' : `{${name}}`) + parts[i + 1];
  }
  return out;
}
