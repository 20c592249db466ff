/**
 * Code actions from the fixes that travel in Diagnostic.data: each fix as a quick fix, "fix all
 * of this kind" when a rule has two or more safe fixes, and the `source.fixAll.gongwen` action
 * (usable in editor.codeActionsOnSave) applying every safe fix to a fixed point.
 */
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { fixAllDocument, fixAllOfRule, type Fix } from '../../core';
import type { Analysis } from '../analysis';
import { SOURCE, toWorkspaceEdit, type DiagnosticData } from '../convert';
import type { ServerContext } from '../context';
import { FIX_ALL_KIND } from '../../protocol';

export function onCodeAction(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  const a = ctx.analyze(params.textDocument.uri);
  if (!a) return [];
  const only = params.context.only;
  // A request for `source` or `source.fixAll` includes our `source.fixAll.gongwen`.
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const versioned = ctx.support().versionedEdits;
  const edit = (edits: Fix['edits']) => toWorkspaceEdit(a.uri, a.version, edits, versioned);
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
    for (const diagnostic of ours) {
      let preferredGiven = false;
      for (const fix of fixesOf(diagnostic, a)) {
        const isPreferred: boolean = fix.preferred === true && !preferredGiven;
        preferredGiven ||= isPreferred;
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: edit(fix.edits) });
      }
    }
    for (const rule of new Set(ours.map((d) => String(d.code)))) {
      const batch = fixAllOfRule(a.text, a.findings, rule, a.locale);
      if (batch) {
        const diagnostics = ours.filter((d) => d.code === rule);
        actions.push({ title: batch.title, kind: CodeActionKind.QuickFix, diagnostics, edit: edit(batch.edits) });
      }
    }
  }
  // The lightbulb's automatic requests never show source actions; spare them the fixed-point run.
  const automatic = !only && params.context.triggerKind === CodeActionTriggerKind.Automatic;
  if (wants(FIX_ALL_KIND) && !automatic) {
    const batch = fixAllDocument(a.text, a.options);
    if (batch) actions.push({ title: batch.title, kind: FIX_ALL_KIND, edit: edit(batch.edits) });
  }
  return actions;
}

/**
 * The fixes a diagnostic carries. Data from an older version would edit text that has moved, so
 * then (or when a client drops `data`) the finding is looked up in the current analysis instead.
 */
function fixesOf(d: Diagnostic, a: Analysis): Fix[] {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (data && data.version === a.version && Array.isArray(data.fixes)) return data.fixes;
  const same = a.findings.find(
    (f) =>
      f.rule === d.code &&
      f.range.start.line === d.range.start.line &&
      f.range.start.character === d.range.start.character &&
      f.range.end.line === d.range.end.line &&
      f.range.end.character === d.range.end.character,
  );
  return same?.fixes ?? [];
}
