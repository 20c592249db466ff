/**
 * Code actions from the fixes that travel in Diagnostic.data: each fix as a quick fix, "fix all
 * of this kind" when a rule has two or more safe fixes, "delete all residue", editor commands
 * for findings that point elsewhere (go to a lost heading, reopen a garbled file as GB18030),
 * and the `source.fixAll.gongwen` action (usable in editor.codeActionsOnSave) applying every
 * safe fix to a fixed point.
 *
 * The preferred quick fix of a line is the one for its most severe finding: VS Code applies the
 * first preferred action on Shift+Alt+. and preselects it in the menu, so an error's fix must not
 * lose to a hint's.
 */
import { CodeActionKind, CodeActionTriggerKind, DiagnosticSeverity, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { fixAllDocument, fixAllOfRule, suggestedAllOfRule, type Fix, type Locale } from '../../core';
import type { Analysis } from '../analysis';
import { SOURCE, toWorkspaceEdit, type DiagnosticData } from '../convert';
import type { ServerContext } from '../context';
import { FIX_ALL_KIND, REOPEN_WITH_ENCODING_COMMAND, REVEAL_LINE_COMMAND } from '../../protocol';
import { cliText } from '../../node/strings';

/** Rules whose suggested (not safe) fixes are also offered all at once: deleting residue is a single decision. */
const BATCH_SUGGESTED = new Set(['residue']);

const WORDS = {
  reopen: (locale: Locale) => cliText(locale, 'lsp.reopen'),
  goTo: (locale: Locale, line: number) => cliText(locale, 'lsp.goTo', { line }),
};

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
    // Most severe first (Error = 1 … Hint = 4), so its fixes lead the menu and its fix is the preferred one.
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE).sort((x, y) => (x.severity ?? 4) - (y.severity ?? 4));
    let preferredGiven = false;
    for (const diagnostic of ours) {
      for (const fix of fixesOf(diagnostic, a)) {
        const isPreferred: boolean = fix.preferred === true && !preferredGiven;
        preferredGiven ||= isPreferred;
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: edit(fix.edits) });
      }
      actions.push(...commandActions(diagnostic, a, !preferredGiven && diagnostic.severity === DiagnosticSeverity.Error));
      preferredGiven ||= actions.some((x) => x.isPreferred);
    }
    for (const rule of new Set(ours.map((d) => String(d.code)))) {
      const batch = fixAllOfRule(a.text, a.findings, rule, a.locale) ?? (BATCH_SUGGESTED.has(rule) ? suggestedAllOfRule(a.text, a.findings, rule, a.locale) : null);
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
 * Actions that run an editor command instead of editing: reopening a garbled file as GB18030
 * (preferred: it is the whole fix), and going to each place a finding names.
 */
function commandActions(d: Diagnostic, a: Analysis, preferReopen: boolean): CodeAction[] {
  const out: CodeAction[] = [];
  if (d.code === 'garbled-text') {
    const title = WORDS.reopen(a.locale);
    out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferReopen, command: { title, command: REOPEN_WITH_ENCODING_COMMAND, arguments: [a.uri, 'gb18030'] } });
  }
  for (const info of d.relatedInformation ?? []) {
    if (info.location.uri !== a.uri) continue;
    const line = info.location.range.start.line;
    const title = WORDS.goTo(a.locale, line + 1);
    out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: REVEAL_LINE_COMMAND, arguments: [a.uri, line] } });
  }
  return out;
}

/**
 * The fixes a diagnostic carries. Data from an older version would edit text that has moved, so
 * then (or when a client drops `data`, or the fixes were too big to travel) the finding is looked
 * up in the current analysis instead.
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
