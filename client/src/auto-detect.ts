/**
 * Switches plain-text documents that read like a 法治政府建设 report to the gongwen language.
 * Only the first lines are looked at (title, opening, first heading). A user who switches a
 * document back to another language is not overruled again in this session.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './language-client';
// One test for plain text here and for Markdown documents in the server (report-detect.ts).
import { DETECT_HEAD_LINES as HEAD_LINES, looksLikeReport } from '../../server/src/report-detect';

/** Documents worth checking: real files and drafts, not diff originals or output logs. */
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

function headOf(doc: vscode.TextDocument): string {
  const lines: string[] = [];
  for (let i = 0; i < Math.min(HEAD_LINES, doc.lineCount); i++) lines.push(doc.lineAt(i).text);
  return lines.join('\n');
}

export function registerAutoDetect(): vscode.Disposable {
  const declined = new Set<string>();
  // A language change reaches extensions as close + open of the same document in one tick.
  let closing: { uri: string; languageId: string } | undefined;

  const check = (doc: vscode.TextDocument): void => {
    const key = doc.uri.toString();
    if (doc.languageId !== 'plaintext' || !SCHEMES.has(doc.uri.scheme) || declined.has(key)) return;
    if (!vscode.workspace.getConfiguration('gongwen', doc).get<boolean>('autoDetect', true)) return;
    if (looksLikeReport(headOf(doc))) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  };

  const disposables = [
    vscode.workspace.onDidCloseTextDocument((doc) => {
      closing = { uri: doc.uri.toString(), languageId: doc.languageId };
      queueMicrotask(() => (closing = undefined));
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const key = doc.uri.toString();
      if (closing?.uri === key && closing.languageId === LANGUAGE_ID && doc.languageId !== LANGUAGE_ID) {
        declined.add(key); // the user chose another language for this report
        return;
      }
      check(doc);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      // Pasting a report into an untitled plain-text editor: re-check while the head is edited.
      if (e.document.languageId === 'plaintext' && e.contentChanges.some((c) => c.range.start.line < HEAD_LINES)) check(e.document);
    }),
  ];
  vscode.workspace.textDocuments.forEach(check);
  return vscode.Disposable.from(...disposables);
}
