/**
 * Hover on a statutory section heading: which statutory content the section covers and the
 * provision that requires it, so an author sees why the heading matters without leaving the draft.
 */
import type { DocumentModel } from '../model';
import type { Position, Range } from '../text';
import type { Locale } from '../types';
import { headingOnLine, range } from '../queries';
import { sectionsByHeading } from './outline';
import { coreText, type CoreStringId } from '../strings';
import { sectionDef } from '../profiles';

/** Hover text (Markdown) and the range it belongs to. */
export interface HoverInfo {
  /** Markdown. */
  contents: string;
  range: Range;
}

/** The statutory section a heading at `pos` covers and its legal basis; null elsewhere. */
export function hoverAt(model: DocumentModel, pos: Position, locale: Locale = 'zh'): HoverInfo | null {
  const line = model.lines[pos.line];
  if (!line || line.kind !== 'heading') return null;
  const heading = headingOnLine(model, pos.line);
  if (!heading || pos.character < heading.labelStart || pos.character > line.contentEnd) return null;
  const match = sectionsByHeading(model).get(heading);
  const def = match && sectionDef(model.profile, match.id);
  if (!match || !def) return null;
  const t = (id: CoreStringId) => coreText(locale, id);
  const kind = t(match.status === 'embedded' ? 'hover.embedded' : def.required ? 'hover.required' : 'hover.optional');
  const colon = t('colon');
  const contents = [`**${kind}${colon}${def.name[locale]}**`, `${t('hover.covers')}${colon}“${def.statutory}”`, `${t('hover.basis')}${colon}${model.profile.basis}`].join('\n\n');
  return { contents, range: range(pos.line, heading.labelStart, line.contentEnd) };
}
