/**
 * The configuration file `.gongwen.json`, read as data (the host finds and parses the file): rule
 * severities, heading options, the report profile to use, and custom profiles that extend a built-in
 * one with synonyms, extra required parts or a stricter title, as data only. No field takes a
 * regular expression (custom detection words are matched literally), so no file can hang a check.
 * A bad value is reported with its JSON path and left at its default; the rest still applies.
 */
import { PROFILES, type ReportProfile, type SectionDef } from '../profiles';
import { isRuleId } from './rule-docs';
import { isLocale, SEVERITY_SETTINGS as SEVERITIES, isPlainObject as isObject, showValue as show, type LintOptions, type Locale, type SeveritySetting, type SupersededEntry } from '../types';
import { escapeRegExp } from '../text';
import { coreText, type CoreStringId } from '../strings';

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

/** Validates a parsed configuration object; every ignored value comes back as a problem. */
export function readConfig(raw: unknown): { config: GongwenConfig; problems: ConfigProblem[] } {
  const config: GongwenConfig = { rules: {}, profile: 'auto', profiles: [], supersededBasis: [] };
  const problems: ConfigProblem[] = [];
  const bad: Bad = (path, id, args, key = false) => {
    const text = (l: Locale) => coreText(l, id, typeof args === 'function' ? args(l) : args);
    problems.push({ path, message: { zh: text('zh'), en: text('en') }, ...(key ? { key } : {}) });
  };
  if (!isObject(raw)) {
    bad([], 'config.notObject');
    return { config, problems };
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) bad([key], 'config.unknownKey', { key }, true);
  }
  if (raw.locale !== undefined) {
    if (isLocale(raw.locale)) config.locale = raw.locale;
    else bad(['locale'], 'config.locale', { value: show(raw.locale) });
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) bad(['rules'], 'config.rulesObject');
    else {
      for (const [id, value] of Object.entries(raw.rules)) {
        if (!isRuleId(id)) bad(['rules', id], 'config.noRule', { id }, true);
        else if (SEVERITIES.includes(value as SeveritySetting)) config.rules[id] = value as SeveritySetting;
        else bad(['rules', id], 'config.severity', (l) => ({ list: list(l, SEVERITIES), value: show(value) }));
      }
    }
  }
  if (raw.headings !== undefined) {
    const headings = raw.headings;
    if (!isObject(headings)) bad(['headings'], 'config.headingsObject');
    else if (headings.allowLevel3UnderLevel1 !== undefined) {
      if (typeof headings.allowLevel3UnderLevel1 === 'boolean') config.allowLevel3UnderLevel1 = headings.allowLevel3UnderLevel1;
      else bad(['headings', 'allowLevel3UnderLevel1'], 'config.boolean');
    }
  }
  if (raw.profiles !== undefined) {
    if (!Array.isArray(raw.profiles)) bad(['profiles'], 'config.profilesArray');
    else raw.profiles.forEach((p, i) => {
      const built = buildProfile(p, [...config.profiles, ...PROFILES], ['profiles', i], bad);
      if (built) config.profiles.push(built);
    });
  }
  if (raw.supersededBasis !== undefined) {
    if (!Array.isArray(raw.supersededBasis)) bad(['supersededBasis'], 'config.supersededArray');
    else raw.supersededBasis.forEach((e, i) => {
      const ok = isObject(e) && ['title', 'replacedBy', 'basis'].every((k) => typeof e[k] === 'string' && (e[k] as string).trim() !== '') && Number.isInteger(e.since);
      if (ok) config.supersededBasis.push({ title: e.title as string, replacedBy: e.replacedBy as string, since: e.since as number, basis: e.basis as string });
      else bad(['supersededBasis', i], 'config.supersededEntry');
    });
  }
  if (raw.profile !== undefined) {
    const ids = [...config.profiles, ...PROFILES].map((p) => p.id);
    if (raw.profile === 'auto' || (typeof raw.profile === 'string' && ids.includes(raw.profile))) config.profile = raw.profile as string;
    else bad(['profile'], 'config.profile', (l) => ({ list: list(l, ids.map((id) => coreText(l, 'config.quotedId', { id }))), value: show(raw.profile) }));
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

type Args = Record<string, string | number>;
/** Records a problem: its place, its message id, and the message's values (per locale when they hold a list). */
type Bad = (path: (string | number)[], id: CoreStringId, args?: Args | ((locale: Locale) => Args), key?: boolean) => void;

/** Items joined as a list in `locale` (`a、b` / `a, b`). */
const list = (locale: Locale, items: readonly string[]) => items.join(coreText(locale, 'list.sep'));

/**
 * A custom profile: `{ id, extends, name?, detectWords?, sections?: { id: { synonyms?, required? } },
 * addSections?: [{ id, name, keywords, required? }], title?: { mustInclude?: [...] } }`.
 */
function buildProfile(raw: unknown, known: readonly ReportProfile[], at: (string | number)[], bad: Bad): ReportProfile | null {
  if (!isObject(raw)) return bad(at, 'config.profileObject'), null;
  const id = raw.id;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) return bad([...at, 'id'], 'config.idForm'), null;
  if (known.some((p) => p.id === id)) return bad([...at, 'id'], 'config.idTaken', { id }), null;
  const base = known.find((p) => p.id === (raw.extends ?? PROFILES[0].id));
  if (!base) return bad([...at, 'extends'], 'config.noBase', (l) => ({ value: show(raw.extends), list: list(l, known.map((p) => p.id)) })), null;
  // The base's subject and other kinds stay with it: a custom type named by its own detect words
  // would otherwise be judged "another kind of document" for not using the base's words.
  const { subject: _subject, otherKinds: _kinds, ...rest } = base;
  const profile: ReportProfile = { ...rest, id, sections: base.sections.map((s) => ({ ...s, strong: [...s.strong] })) };
  if (raw.name !== undefined) {
    if (typeof raw.name === 'string' && raw.name.trim()) profile.name = { zh: raw.name, en: raw.name };
    else bad([...at, 'name'], 'config.nameForm');
  }
  const detectWords = words(raw.detectWords, [...at, 'detectWords'], bad);
  // Literal words only: escaped into an alternation, which cannot backtrack badly.
  if (detectWords?.length) profile.detect = detectWords.map(escapeRegExp).join('|');
  else if (profile.detect === null && base !== PROFILES[0]) profile.detect = base.detect;
  if (raw.sections !== undefined) {
    if (!isObject(raw.sections)) bad([...at, 'sections'], 'config.sectionsObject');
    else for (const [sid, change] of Object.entries(raw.sections)) {
      const def = profile.sections.find((s) => s.id === sid);
      const where = [...at, 'sections', sid];
      if (!def) { bad(where, 'config.noSection', (l) => ({ base: base.id, id: sid, list: list(l, profile.sections.map((s) => s.id)) }), true); continue; }
      if (!isObject(change)) { bad(where, 'config.object'); continue; }
      def.strong.push(...(words(change.synonyms, [...where, 'synonyms'], bad) ?? []));
      if (change.required !== undefined) {
        if (typeof change.required === 'boolean') def.required = change.required;
        else bad([...where, 'required'], 'config.boolean');
      }
    }
  }
  if (raw.addSections !== undefined) {
    if (!Array.isArray(raw.addSections)) bad([...at, 'addSections'], 'config.addSectionsArray');
    else raw.addSections.forEach((s, i) => {
      const def = buildSection(s, profile, [...at, 'addSections', i], bad);
      if (def) profile.sections.push(def);
    });
  }
  if (raw.title !== undefined) {
    const title = raw.title;
    if (!isObject(title)) bad([...at, 'title'], 'config.titleObject');
    else {
      const must = words(title.mustInclude, [...at, 'title', 'mustInclude'], bad);
      if (must) profile.titleMustInclude = must;
    }
  }
  return profile;
}

function buildSection(raw: unknown, profile: ReportProfile, at: (string | number)[], bad: Bad): SectionDef | null {
  if (!isObject(raw)) return bad(at, 'config.sectionObject'), null;
  const { id, name } = raw;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) return bad([...at, 'id'], 'config.idForm'), null;
  if (profile.sections.some((s) => s.id === id)) return bad([...at, 'id'], 'config.sectionExists', { id }), null;
  if (typeof name !== 'string' || !name.trim()) return bad([...at, 'name'], 'config.nameForm'), null;
  const keywords = words(raw.keywords, [...at, 'keywords'], bad);
  if (!keywords?.length) return bad([...at, 'keywords'], 'config.keywords'), null;
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
  bad(at, 'config.words');
  return undefined;
}

