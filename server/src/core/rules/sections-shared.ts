/** What the section rules share: where a document-level finding sits, and the insert fix. */
import { holdsNoText, type DocumentModel } from '../model';
import type { SectionDef } from '../profiles';
import { insertSectionEdits } from '../skeleton';
import type { Fix, RuleContext } from './types';
import { contentRange, contentStartRange, range } from './util';
import type { Range } from '../text';

/**
 * Document-level findings sit on the title, else on the first line with text: its first few
 * characters, so a 156-character opening paragraph is not underlined across six wrapped lines.
 */
export function documentAnchor(model: DocumentModel): Range {
  if (model.title) return contentRange(model.lines[model.title.mainLine]);
  const first = model.lines.find((l) => !holdsNoText(l));
  return first ? contentStartRange(first) : range(0, 0, 0);
}

export function insertSectionFix(ctx: RuleContext, def: SectionDef, title: string): Fix {
  return { title, edits: insertSectionEdits(ctx.model, def), safe: false, preferred: true };
}
