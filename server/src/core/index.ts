/**
 * The core's one door. Hosts (the language server, the CLI, the benchmarks, a browser build)
 * import from here and nowhere else in core/: text in, plain data out, no Node, no vscode, no
 * wire types. Every name below carries its doc comment at its declaration (test/unit/core-api.test.ts).
 *
 * The flow: `parse` a text into a DocumentModel (one parse per version), `lintModel` it into
 * findings with their fixes, and ask the features (outline, folding, completion, hover, fixes,
 * skeleton insertion) of the same model.
 */

// Checking and fixing.
export { parse } from './parse';
export { lintText, lintModel, MAX_FINDINGS_PER_RULE, type LintResult } from './lint';
export { fixAll, applyEdits, type FixAllResult } from './fix';
export { fixAllDocument, fixAllOfRule, suggestedAllOfRule, type BatchFix } from './features/fix-actions';

// Editor features over a model.
export { documentSymbols, outlineOf, sectionsByHeading, type OutlineSymbol, type Checklist, type ChecklistSection, type ChecklistHeading } from './features/outline';
export { foldingRanges, type Fold } from './features/folding';
export { completionsAt, type CompletionOffer } from './features/completion';
export { hoverAt, type HoverInfo } from './features/hover';
export { insertSectionEdits, reportSkeleton, templateHeading } from './skeleton';

// Report types.
export { PROFILES, FZZF_PROFILE, GIP_PROFILE, detectProfile, sectionDef, type ReportProfile, type SectionDef, type SectionId } from './profiles';

// The configuration file (.gongwen.json), as data: hosts find and parse it.
export { readConfig, applyConfig, type GongwenConfig, type ConfigProblem } from './features/config';

// Rules: the registry and what hosts derive from it.
export { RULES, RULE_IDS, findRule } from './rules/index';
export { DOCS_BASE, ruleDocUrl, ruleDocCommandUri, defaultSeverities, isRuleId } from './features/rule-docs';

// Types.
export type { Severity, SeveritySetting, Locale, Message, TextEdit, Fix, Finding, RuleMeta, LintOptions, RuleContext, Rule, SupersededEntry } from './types';
export type { DocumentModel, Heading, Line, LineKind, SectionMatch, SectionStatus, TitleBlock, Residue } from './model';
export type { Position, Range } from './text';
export type { Level, Label } from './numbering';
export { formatLabel } from './numbering';
export { render, SEVERITY_SETTINGS, isLocale, isPlainObject, showValue } from './types';
