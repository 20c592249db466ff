/**
 * The configuration file `.gongwen.json`, read as data (the host finds and parses the file): rule
 * severities, heading options, the report profile to use, and custom profiles that extend a built-in
 * one with synonyms, extra required parts or a stricter title, as data only. No field takes a
 * regular expression (custom detection words are matched literally), so no file can hang a check.
 * A bad value is reported with its JSON path and left at its default; the rest still applies.
 */
import { PROFILES, type ReportProfile, type SectionDef } from '../profiles';
import { isRuleId } from './rule-docs';
import type { LintOptions, Locale, SeveritySetting, SupersededEntry } from '../types';

/** What a configuration file says, validated. Absent fields leave the host's settings alone. */
export interface GongwenConfig {
  locale?: Locale;
  rules: Record<string, SeveritySetting>;
  allowLevel3UnderLevel1?: boolean;
  /** `auto` (detect among custom and built-in profiles) or one profile id. */
  profile: 'auto' | string;
  /** Custom profiles, built from their base profile. */
  profiles: ReportProfile[];
  /** An office's own superseded documents, added to superseded-basis's table. */
  supersededBasis: SupersededEntry[];
}

/** A value that was ignored: where it is in the file (JSON path) and why, in both languages. */
export interface ConfigProblem {
  path: (string | number)[];
  message: { zh: string; en: string };
  /** The key itself is wrong (unknown name), not its value. */
  key?: boolean;
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Validates a parsed configuration object; every ignored value comes back as a problem. */
export function readConfig(raw: unknown): { config: GongwenConfig; problems: ConfigProblem[] } {
  const config: GongwenConfig = { rules: {}, profile: 'auto', profiles: [], supersededBasis: [] };
  const problems: ConfigProblem[] = [];
  const bad = (path: (string | number)[], zh: string, en: string, key = false) => problems.push({ path, message: { zh, en }, ...(key ? { key } : {}) });
  if (!isObject(raw)) {
    bad([], '配置文件应为一个对象 { … }', 'the configuration must be an object { … }');
    return { config, problems };
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) bad([key], `未知的配置项“${key}”，已忽略`, `unknown key "${key}"; ignored`, true);
  }
  if (raw.locale !== undefined) {
    if (raw.locale === 'zh' || raw.locale === 'en') config.locale = raw.locale;
    else bad(['locale'], `locale 应为 "zh" 或 "en"，实为 ${show(raw.locale)}`, `locale must be "zh" or "en", not ${show(raw.locale)}`);
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) bad(['rules'], 'rules 应为对象：{ "规则ID": "off" … }', 'rules must be an object: { "rule-id": "off" … }');
    else {
      for (const [id, value] of Object.entries(raw.rules)) {
        if (!isRuleId(id)) bad(['rules', id], `没有规则“${id}”，已忽略`, `no rule "${id}"; ignored`, true);
        else if (SEVERITIES.includes(value as SeveritySetting)) config.rules[id] = value as SeveritySetting;
        else bad(['rules', id], `级别应为 ${SEVERITIES.join('、')} 之一，实为 ${show(value)}`, `severity must be one of ${SEVERITIES.join(', ')}, not ${show(value)}`);
      }
    }
  }
  if (raw.headings !== undefined) {
    const headings = raw.headings;
    if (!isObject(headings)) bad(['headings'], 'headings 应为对象', 'headings must be an object');
    else if (headings.allowLevel3UnderLevel1 !== undefined) {
      if (typeof headings.allowLevel3UnderLevel1 === 'boolean') config.allowLevel3UnderLevel1 = headings.allowLevel3UnderLevel1;
      else bad(['headings', 'allowLevel3UnderLevel1'], '应为 true 或 false', 'must be true or false');
    }
  }
  if (raw.profiles !== undefined) {
    if (!Array.isArray(raw.profiles)) bad(['profiles'], 'profiles 应为数组', 'profiles must be an array');
    else raw.profiles.forEach((p, i) => {
      const built = buildProfile(p, [...config.profiles, ...PROFILES], ['profiles', i], bad);
      if (built) config.profiles.push(built);
    });
  }
  if (raw.supersededBasis !== undefined) {
    if (!Array.isArray(raw.supersededBasis)) bad(['supersededBasis'], 'supersededBasis 应为数组', 'supersededBasis must be an array');
    else raw.supersededBasis.forEach((e, i) => {
      const ok = isObject(e) && ['title', 'replacedBy', 'basis'].every((k) => typeof e[k] === 'string' && (e[k] as string).trim() !== '') && Number.isInteger(e.since);
      if (ok) config.supersededBasis.push({ title: e.title as string, replacedBy: e.replacedBy as string, since: e.since as number, basis: e.basis as string });
      else bad(['supersededBasis', i], '应为 { "title", "replacedBy", "since"（年份）, "basis" }', 'must be { "title", "replacedBy", "since" (a year), "basis" }');
    });
  }
  if (raw.profile !== undefined) {
    const ids = [...config.profiles, ...PROFILES].map((p) => p.id);
    if (raw.profile === 'auto' || (typeof raw.profile === 'string' && ids.includes(raw.profile))) config.profile = raw.profile as string;
    else bad(['profile'], `profile 应为 "auto" 或 ${ids.map((id) => `"${id}"`).join('、')} 之一，实为 ${show(raw.profile)}`, `profile must be "auto" or one of ${ids.join(', ')}, not ${show(raw.profile)}`);
  }
  return { config, problems };
}

/** The options a check runs with: the host's (user settings) overridden by the file's. */
export function applyConfig(base: LintOptions, config: GongwenConfig): LintOptions {
  const all = [...config.profiles, ...PROFILES];
  return {
    ...base,
    locale: config.locale ?? base.locale,
    severities: { ...base.severities, ...config.rules },
    allowLevel3UnderLevel1: config.allowLevel3UnderLevel1 ?? base.allowLevel3UnderLevel1,
    profile: config.profile === 'auto' ? (config.profiles.length ? all : base.profile) : all.find((p) => p.id === config.profile),
    supersededBasis: config.supersededBasis.length ? [...(base.supersededBasis ?? []), ...config.supersededBasis] : base.supersededBasis,
  };
}

const KNOWN_KEYS = new Set(['$schema', 'locale', 'rules', 'headings', 'profile', 'profiles', 'supersededBasis']);

type Bad = (path: (string | number)[], zh: string, en: string, key?: boolean) => void;

/**
 * A custom profile: `{ id, extends, name?, detectWords?, sections?: { id: { synonyms?, required? } },
 * addSections?: [{ id, name, keywords, required? }], title?: { mustInclude?: [...] } }`.
 */
function buildProfile(raw: unknown, known: readonly ReportProfile[], at: (string | number)[], bad: Bad): ReportProfile | null {
  if (!isObject(raw)) return bad(at, '自定义报告类型应为对象', 'a custom profile must be an object'), null;
  const id = raw.id;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) return bad([...at, 'id'], 'id 应为小写字母、数字和连字符', 'id must be lower-case letters, digits and hyphens'), null;
  if (known.some((p) => p.id === id)) return bad([...at, 'id'], `id “${id}”已被占用`, `id "${id}" is taken`), null;
  const base = known.find((p) => p.id === (raw.extends ?? PROFILES[0].id));
  if (!base) return bad([...at, 'extends'], `没有可继承的报告类型“${show(raw.extends)}”（可选：${known.map((p) => p.id).join('、')}）`, `no profile ${show(raw.extends)} to extend (${known.map((p) => p.id).join(', ')})`), null;
  // The base's subject and other kinds stay with it: a custom type named by its own detect words
  // would otherwise be judged "another kind of document" for not using the base's words.
  const { subject: _subject, otherKinds: _kinds, ...rest } = base;
  const profile: ReportProfile = { ...rest, id, sections: base.sections.map((s) => ({ ...s, strong: [...s.strong] })) };
  if (raw.name !== undefined) {
    if (typeof raw.name === 'string' && raw.name.trim()) profile.name = { zh: raw.name, en: raw.name };
    else bad([...at, 'name'], 'name 应为非空字符串', 'name must be a non-empty string');
  }
  const detectWords = words(raw.detectWords, [...at, 'detectWords'], bad);
  // Literal words only: escaped into an alternation, which cannot backtrack badly.
  if (detectWords?.length) profile.detect = detectWords.map(escapeRegExp).join('|');
  else if (profile.detect === null && base !== PROFILES[0]) profile.detect = base.detect;
  if (raw.sections !== undefined) {
    if (!isObject(raw.sections)) bad([...at, 'sections'], 'sections 应为对象：{ "章节ID": { "synonyms": [...] } }', 'sections must be an object: { "section-id": { "synonyms": [...] } }');
    else for (const [sid, change] of Object.entries(raw.sections)) {
      const def = profile.sections.find((s) => s.id === sid);
      const where = [...at, 'sections', sid];
      if (!def) { bad(where, `“${base.id}”中没有章节“${sid}”（可选：${profile.sections.map((s) => s.id).join('、')}）`, `"${base.id}" has no section "${sid}" (${profile.sections.map((s) => s.id).join(', ')})`, true); continue; }
      if (!isObject(change)) { bad(where, '应为对象', 'must be an object'); continue; }
      def.strong.push(...(words(change.synonyms, [...where, 'synonyms'], bad) ?? []));
      if (change.required !== undefined) {
        if (typeof change.required === 'boolean') def.required = change.required;
        else bad([...where, 'required'], '应为 true 或 false', 'must be true or false');
      }
    }
  }
  if (raw.addSections !== undefined) {
    if (!Array.isArray(raw.addSections)) bad([...at, 'addSections'], 'addSections 应为数组', 'addSections must be an array');
    else raw.addSections.forEach((s, i) => {
      const def = buildSection(s, profile, [...at, 'addSections', i], bad);
      if (def) profile.sections.push(def);
    });
  }
  if (raw.title !== undefined) {
    const title = raw.title;
    if (!isObject(title)) bad([...at, 'title'], 'title 应为对象：{ "mustInclude": [...] }', 'title must be an object: { "mustInclude": [...] }');
    else {
      const must = words(title.mustInclude, [...at, 'title', 'mustInclude'], bad);
      if (must) profile.titleMustInclude = must;
    }
  }
  return profile;
}

function buildSection(raw: unknown, profile: ReportProfile, at: (string | number)[], bad: Bad): SectionDef | null {
  if (!isObject(raw)) return bad(at, '应为对象：{ "id", "name", "keywords" }', 'must be an object: { "id", "name", "keywords" }'), null;
  const { id, name } = raw;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) return bad([...at, 'id'], 'id 应为小写字母、数字和连字符', 'id must be lower-case letters, digits and hyphens'), null;
  if (profile.sections.some((s) => s.id === id)) return bad([...at, 'id'], `章节“${id}”已存在`, `section "${id}" exists`), null;
  if (typeof name !== 'string' || !name.trim()) return bad([...at, 'name'], 'name 应为非空字符串', 'name must be a non-empty string'), null;
  const keywords = words(raw.keywords, [...at, 'keywords'], bad);
  if (!keywords?.length) return bad([...at, 'keywords'], 'keywords 应为至少一个词语', 'keywords must hold at least one word'), null;
  return {
    id,
    required: raw.required !== false,
    name: { zh: name, en: name },
    statutory: name,
    strong: keywords,
    weak: [],
    mention: null,
    template: name,
    templateNoYear: name,
    yearOffset: 0,
  };
}

function words(raw: unknown, at: (string | number)[], bad: Bad): string[] | undefined {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw) && raw.every((w) => typeof w === 'string' && w.trim() !== '')) return raw.map((w: string) => w.trim());
  bad(at, '应为非空字符串的数组', 'must be an array of non-empty strings');
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
