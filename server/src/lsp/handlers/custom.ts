/** The extension's own requests (protocol.ts): the outline view's data and section insertion. */
import type { InsertSectionParams, InsertSectionResult, OutlineParams, OutlineResult } from '../../protocol';
import { outlineOf, insertSectionEdits, sectionDef } from '../../core';
import type { ServerContext } from '../context';

export function onOutline(ctx: ServerContext, params: OutlineParams): OutlineResult | null {
  const a = ctx.analyze(params?.uri);
  if (!a) return null;
  // The core's checklist plus the wire fields; assigning it to OutlineResult checks the shapes agree.
  return { uri: a.uri, version: a.version, ...outlineOf(a.model, a.findings, a.locale) };
}

export function onInsertSection(ctx: ServerContext, params: InsertSectionParams): InsertSectionResult {
  const a = ctx.analyze(params?.uri);
  const def = a && sectionDef(a.model.profile, params.sectionId);
  if (!a || !def) return { edits: [] };
  return { edits: insertSectionEdits(a.model, def) };
}
