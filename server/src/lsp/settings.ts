/**
 * The `gongwen.*` settings: read from whatever the client sends, validated value by value. A bad
 * value falls back to its default and is reported (the caller logs each report once) instead of
 * failing the whole configuration. Defaults and the list of rules come from the rule registry.
 */
import { type LintOptions, type Locale, type SeveritySetting, defaultSeverities, isRuleId, isLocale, isPlainObject as isObject, showValue as show, SEVERITY_SETTINGS as SEVERITIES } from '../core';

export interface Settings {
  locale: Locale;
  /** Severity per rule id, complete: every registered rule has one. */
  severities: Record<string, SeveritySetting>;
  allowLevel3UnderLevel1: boolean;
  /** `gongwen.autoDetect`: also check Markdown documents that read like a report (the client switches plain text). */
  autoDetect: boolean;
}

export function defaultSettings(): Settings {
  return { locale: 'zh', severities: defaultSeverities(), allowLevel3UnderLevel1: true, autoDetect: true };
}

/** Validates the `gongwen` configuration object; `problems` explain what was ignored. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isObject(raw)) return { settings, problems: [`gongwen: expected an object, got ${show(raw)}; using defaults`] };

  if (raw.locale !== undefined && raw.locale !== null) {
    if (isLocale(raw.locale)) settings.locale = raw.locale;
    else problems.push(`gongwen.locale: expected "zh" or "en", got ${show(raw.locale)}; using "zh"`);
  }

  if (raw.rules !== undefined && raw.rules !== null) {
    if (!isObject(raw.rules)) problems.push(`gongwen.rules: expected an object, got ${show(raw.rules)}; using defaults`);
    else {
      for (const [id, value] of Object.entries(raw.rules)) {
        if (!isRuleId(id)) problems.push(`gongwen.rules.${id}: no such rule; ignored`);
        else if (value === undefined || value === null) continue;
        else if (SEVERITIES.includes(value as SeveritySetting)) settings.severities[id] = value as SeveritySetting;
        else problems.push(`gongwen.rules.${id}: expected one of ${SEVERITIES.join('|')}, got ${show(value)}; using "${settings.severities[id]}"`);
      }
    }
  }

  const headings = raw.headings;
  if (headings !== undefined && headings !== null) {
    if (!isObject(headings)) problems.push(`gongwen.headings: expected an object, got ${show(headings)}; using defaults`);
    else {
      const allow = headings.allowLevel3UnderLevel1;
      if (typeof allow === 'boolean') settings.allowLevel3UnderLevel1 = allow;
      else if (allow !== undefined && allow !== null) {
        problems.push(`gongwen.headings.allowLevel3UnderLevel1: expected true or false, got ${show(allow)}; using true`);
      }
    }
  }
  if (raw.autoDetect !== undefined && raw.autoDetect !== null) {
    if (typeof raw.autoDetect === 'boolean') settings.autoDetect = raw.autoDetect;
    else problems.push(`gongwen.autoDetect: expected true or false, got ${show(raw.autoDetect)}; using true`);
  }
  return { settings, problems };
}

/** What the core needs from the settings. */
export function lintOptionsOf(settings: Settings): LintOptions {
  return { locale: settings.locale, severities: settings.severities, allowLevel3UnderLevel1: settings.allowLevel3UnderLevel1 };
}
