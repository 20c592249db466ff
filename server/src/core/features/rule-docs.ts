/**
 * Where each rule is documented and what its settings default to, derived from the rule
 * registry so that the server, the CLI and the manifest never keep a second list of rules.
 */
import { RULES } from '../rules/index';
import type { SeveritySetting } from '../types';

/** Where the rules are documented: the README, one anchor per rule. */
export const DOCS_BASE = 'https://github.com/gongwen-report/gongwen-report/blob/main/README.md';

/** The README anchor of a rule: `rule-<id>`. */
function ruleAnchor(id: string): string {
  return `rule-${id}`;
}

/** The documentation link of a rule (the CLI's SARIF output; editors get the bundled page, see ruleDocCommandUri). */
export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE}#${ruleAnchor(id)}`;
}

/**
 * The link our VS Code client opens without the internet: a command URI that shows the rule's
 * page bundled in the extension (docs/rules/<id>.md). VS Code opens command links in a
 * diagnostic's code (hover and Problems) with commands allowed.
 */
export function ruleDocCommandUri(id: string): string {
  return `command:gongwen.showRuleDoc?${encodeURIComponent(JSON.stringify([id]))}`;
}

/** Default severity per rule id, as the `gongwen.rules.<id>` settings start out. */
export function defaultSeverities(): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const r of RULES) out[r.meta.id] = r.meta.defaultSeverity;
  return out;
}

/** Whether `id` names a registered rule. */
export function isRuleId(id: string): boolean {
  return RULES.some((r) => r.meta.id === id);
}
