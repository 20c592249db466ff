/**
 * Commands the server's code actions run (server/src/protocol.ts names them): show a line a finding
 * names (a heading that lost its ordinal), and reopen a garbled file with the encoding it was
 * probably written in (GBK/GB18030 drafts opened as UTF-8).
 */
import * as vscode from 'vscode';
import { REOPEN_WITH_ENCODING_COMMAND, REVEAL_LINE_COMMAND } from '../../server/src/protocol';

export function registerEditorCommands(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(REVEAL_LINE_COMMAND, revealLine),
    vscode.commands.registerCommand(REOPEN_WITH_ENCODING_COMMAND, reopenWithEncoding),
  );
}

async function revealLine(uri: string, line: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(doc);
  const at = Math.max(0, Math.min(line, doc.lineCount - 1));
  editor.selection = new vscode.Selection(at, 0, at, doc.lineAt(at).range.end.character);
  editor.revealRange(doc.lineAt(at).range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** One step: the document is read again from disk in `encoding`; an edited one gets VS Code's own picker. */
async function reopenWithEncoding(uri: string, encoding: string): Promise<void> {
  const target = vscode.Uri.parse(uri);
  try {
    const doc = await vscode.workspace.openTextDocument(target, { encoding });
    await vscode.window.showTextDocument(doc);
  } catch {
    // A dirty document cannot change its encoding under the author's edits: let them choose.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
  }
}
