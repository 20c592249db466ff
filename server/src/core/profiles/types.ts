/**
 * What a report type is, as data. Generic code (parse, sections, rules, features) knows heading
 * levels, ordinals, sections by id and these fields, nothing of a report type's vocabulary: every
 * word that marks a section, a title or a year belongs here, in the profile.
 */

/** A section id, unique within its profile (`measures`, `next-year-plan`, `overview` …). */
export type SectionId = 'measures' | 'shortcomings' | 'leader-duty' | 'next-year-plan' | 'other' | string;

/** A statutory section of a report type, as data: names, keywords, template, year logic. */
export interface SectionDef {
  id: SectionId;
  required: boolean;
  name: { zh: string; en: string };
  /**
   * How a message names this section where a shorter name reads better (year-mismatch's
   * `下一年度安排应为…`); `name` when absent.
   */
  shortName?: { zh: string; en: string };
  /** The statutory wording, shown on hover. */
  statutory: string;
  /** Heading keywords: a strong hit decides alone; weak ones only break ties. `{next}` is the year after the report year. */
  strong: string[];
  weak: string[];
  /** A sentence in the body that covers this section without a heading of its own (a regex source). */
  mention: string | null;
  /** Heading text for the inserted skeleton; `{year}` is the report year, `{next}` the year after. */
  template: string;
  /** Template when the report year is unknown. */
  templateNoYear: string;
  /**
   * Which year a heading of this section should name: the report year (0) or the next (1). A
   * section about next year also covers only itself: duties mentioned in plans do not cover
   * last year's section.
   */
  yearOffset: 0 | 1;
}

/**
 * Another kind of document on a report type's subject (a 解读 of such a report, a 五年 report, a
 * 工作总结): a text of this kind gets one document-kind finding instead of a section check.
 */
export interface OtherKind {
  id: string;
  name: { zh: string; en: string };
  /** A regex source searched in the title, or without a title in the opening paragraph. */
  detect: string;
  /** A regex source: not this kind when the title (or opening) also matches it (a 法治政府建设工作总结 is the report itself). */
  unless?: string;
}

/** A report type, as data: its legal basis, title form, detection pattern and statutory sections. */
export interface ReportProfile {
  id: string;
  name: { zh: string; en: string };
  basis: string;
  /** How a title of this report type reads, `{year}` filled in (shown when the title is missing). */
  titleExample: string;
  /** A title or opening matching this (a regex source) belongs to this report type (the first profile is the default). */
  detect: string | null;
  /** The 文种 a title of this type names (title-form checks it; a line holding it is taken for the title). */
  genre: string;
  /** Words that mark a title line of this type when no line names the 文种. */
  titleWords: string[];
  /** Words that may follow the issuing organ's name in a title, besides a year and `关于`. */
  afterOrgan: string[];
  /**
   * A regex source a line without ordinal must match, besides naming a section by its keywords,
   * to be taken for a section heading that lost its `一、`; it keeps a short sentence such as
   * `取得明显成效` a sentence.
   */
  unnumberedHeading: string;
  sections: SectionDef[];
  /** Words a title of this type must contain besides the 文种 (a stricter title form; custom profiles). */
  titleMustInclude?: string[];
  /**
   * The subject a report of this type names in its title or opening: `signal` is a regex source,
   * `name` how a message says it. A text that names none of it is "another kind of document"
   * (document-kind) rather than a report missing every section. Absent: no such check.
   */
  subject?: { signal: string; name: { zh: string; en: string } };
  /** Kinds of document on this subject that are not this report, tried in order before `subject`. */
  otherKinds?: OtherKind[];
}
