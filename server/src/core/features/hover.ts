/**
 * Hover on a statutory section heading: which statutory content the section covers and the
 * provision that requires it, so an author sees why the heading matters without leaving the draft.
 */
import type { DocumentModel } from '../model';
import type { Position, Range } from '../text';
import type { Locale } from '../types';
import { range } from '../queries';
import { sectionsByHeading } from './outline';
import { sectionDef } from '../profiles';

/** Hover text (Markdown) and the range it belongs to. */
export interface HoverInfo {
  /** Markdown. */
  contents: string;
  range: Range;
}

const WORDS = {
  zh: {
    required: '必备法定章节',
    optional: '可选章节',
    embedded: '法定章节（作为小标题出现，宜单独成章）',
    covers: '对应法定内容',
    basis: '依据',
  },
  en: {
    required: 'Required statutory section',
    optional: 'Optional section',
    embedded: 'Statutory section (as a sub-heading; better a section of its own)',
    covers: 'Statutory content',
    basis: 'Basis',
  },
};

/** The statutory section a heading at `pos` covers and its legal basis; null elsewhere. */
export function hoverAt(model: DocumentModel, pos: Position, locale: Locale = 'zh'): HoverInfo | null {
  const line = model.lines[pos.line];
  if (!line || line.kind !== 'heading') return null;
  const heading = model.headings.find((h) => h.line === pos.line);
  if (!heading || pos.character < heading.labelStart || pos.character > line.contentEnd) return null;
  const match = sectionsByHeading(model).get(heading);
  const def = match && sectionDef(model.profile, match.id);
  if (!match || !def) return null;
  const w = WORDS[locale];
  const kind = match.status === 'embedded' ? w.embedded : def.required ? w.required : w.optional;
  const colon = locale === 'en' ? ': ' : '：';
  const contents = [`**${kind}${colon}${def.name[locale]}**`, `${w.covers}${colon}“${def.statutory}”`, `${w.basis}${colon}${model.profile.basis}`].join('\n\n');
  return { contents, range: range(pos.line, heading.labelStart, line.contentEnd) };
}
