/** The extension's own requests (protocol.ts): the outline view's data and section insertion. */
import type { InsertSectionParams, InsertSectionResult, OutlineParams, OutlineResult } from '../../protocol';
import { outlineOf } from '../../core/features/outline';
import { insertSectionEdits } from '../../core/skeleton';
import type { ServerContext } from '../context';
import { sectionDef } from '../../core/profiles';

export function onOutline(ctx: ServerContext, params: OutlineParams): OutlineResult | null {
  const a = ctx.analyze(params?.uri);
  if (!a) return null;
  return outlineOf(a.model, a.findings, a.locale, a.uri, a.version);
}

export function onInsertSection(ctx: ServerContext, params: InsertSectionParams): InsertSectionResult {
  const a = ctx.analyze(params?.uri);
  const def = a && sectionDef(a.model.profile, params.sectionId);
  if (!a || !def) return { edits: [] };
  return { edits: insertSectionEdits(a.model, def) };
}
