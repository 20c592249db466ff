/**
 * The core's runtime strings that are not rule messages (those live with their rule): outline
 * roles, completion and hover wording, batch-fix titles, level names. One table per locale with
 * the same ids; `en` is typed by `zh`'s ids, and test/unit/strings.test.ts checks both ways.
 */
import { render, type Locale } from './types';

const zh = {
  'level.1': '一级标题',
  'level.2': '二级标题',
  'level.3': '三级标题',
  'level.4': '四级标题',
  colon: '：',
  'outline.required': '必备：',
  'outline.optional': '可选：',
  'outline.embedded': '含：',
  'outline.untitled': '（无标题）',
  'completion.nth': '第{n}个',
  'completion.insert': '插入法定章节：',
  'completion.separate': '单独成章：',
  'completion.optional': '（可选）',
  'hover.required': '必备法定章节',
  'hover.optional': '可选章节',
  'hover.embedded': '法定章节（作为小标题出现，宜单独成章）',
  'hover.covers': '对应法定内容',
  'hover.basis': '依据',
  'fix.kind': '修复全部同类问题（{n}处）',
  'fix.all': '修复全部可自动修复的问题（{n}处）',
  'fix.allResidue': '删除全部残留内容（{n}处）',
  'fix.allSuggested': '全部采用建议（{n}处）',
  'kind.unknown': '其他类型的文件（标题和开头未提及{subject}）',
};

/** The id of a core string; a misspelt id fails to compile. */
export type CoreStringId = keyof typeof zh;

const en: Record<CoreStringId, string> = {
  'level.1': 'level-1 heading',
  'level.2': 'level-2 heading',
  'level.3': 'level-3 heading',
  'level.4': 'level-4 heading',
  colon: ': ',
  'outline.required': 'required: ',
  'outline.optional': 'optional: ',
  'outline.embedded': 'contains: ',
  'outline.untitled': '(untitled)',
  'completion.nth': '#{n}',
  'completion.insert': 'insert statutory section: ',
  'completion.separate': 'as its own section: ',
  'completion.optional': ' (optional)',
  'hover.required': 'Required statutory section',
  'hover.optional': 'Optional section',
  'hover.embedded': 'Statutory section (as a sub-heading; better a section of its own)',
  'hover.covers': 'Statutory content',
  'hover.basis': 'Basis',
  'fix.kind': 'Fix all problems of this kind ({n})',
  'fix.all': 'Fix all auto-fixable problems ({n})',
  'fix.allResidue': 'Delete all residue ({n})',
  'fix.allSuggested': 'Apply all suggestions ({n})',
  'kind.unknown': 'another kind of document (its title and opening do not mention {subject})',
};

/** The core's string tables, by locale (for the parity test and for hosts that list them). */
export const CORE_STRINGS: Record<Locale, Record<CoreStringId, string>> = { zh, en };

/** A core string in `locale`, `{name}` placeholders filled from `args`. */
export function coreText(locale: Locale, id: CoreStringId, args?: Record<string, string | number>): string {
  return render(CORE_STRINGS[locale][id], args);
}
