/**
 * Keeps the skeleton's plan year (`四、2026年度推进法治政府建设的主要安排`) at the report year + 1
 * while the author types the report year into the freshly inserted skeleton, not only after
 * leaving the field (what a snippet transform would do). Only a skeleton inserted in this session
 * is followed, and only until the author edits the plan-year line, saves or closes the document:
 * text the author wrote is never changed behind their back.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './language-client';
import { isSkeletonInsertion, locatePlanYear, planYearEdit } from './skeleton-years';

export function registerPlanYear(): vscode.Disposable {
  const following = new Set<string>();
  let applying = 0;
  /** The plan year this module last wrote, to know its own change when it arrives after the edit resolved. */
  let written: { line: number; text: string } | undefined;

  const update = async (doc: vscode.TextDocument): Promise<void> => {
    const edit = planYearEdit((i) => doc.lineAt(i).text, doc.lineCount);
    if (!edit) return;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    if (!editor) return;
    applying++;
    written = { line: edit.line, text: edit.text };
    try {
      // No undo stops of its own: one Ctrl+Z takes back the typed digit and the plan year together.
      await editor.edit((b) => b.replace(new vscode.Range(edit.line, edit.start, edit.line, edit.end), edit.text), { undoStopBefore: false, undoStopAfter: false });
    } finally {
      applying--;
    }
  };

  return vscode.Disposable.from(
    vscode.workspace.onDidChangeTextDocument((e) => {
      const doc = e.document;
      const key = doc.uri.toString();
      if (doc.languageId !== LANGUAGE_ID || applying || !e.contentChanges.length) return;
      if (written && e.contentChanges.every((c) => c.range.start.line === written?.line && c.text === written.text)) return;
      if (e.contentChanges.some((c) => isSkeletonInsertion(c.text))) following.add(key);
      else if (!following.has(key)) return;
      else {
        // The author's own edit of the plan-year line ends the follow.
        const plan = locatePlanYear((i) => doc.lineAt(i).text, doc.lineCount);
        if (!plan || e.contentChanges.some((c) => c.range.start.line <= plan.line && c.range.end.line >= plan.line)) return void following.delete(key);
      }
      void update(doc);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => following.delete(doc.uri.toString())),
    vscode.workspace.onDidCloseTextDocument((doc) => following.delete(doc.uri.toString())),
  );
}
