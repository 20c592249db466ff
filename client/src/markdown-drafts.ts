/**
 * Markdown drafts in the editor (issue 10): a `.md` file that reads like a report stays a Markdown
 * document (VS Code's preview, outline and folding keep working) and gets the report's diagnostics
 * and code actions. The server decides per document with the `gongwen.autoDetect` test on its first
 * lines (server/src/lsp/markdown-docs.ts); the client only adds Markdown to what it syncs and starts
 * the server when such a document is opened or typed into, not for every Markdown file.
 */
import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';
import { DETECT_HEAD_LINES, headOf, looksLikeReport } from '../../server/src/report-detect';

export const MARKDOWN_LANGUAGE = 'markdown';
/** Documents worth checking, as for plain text (auto-detect.ts): files and drafts, not diff originals or previews. */
const SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

export const MARKDOWN_SELECTOR: DocumentSelector = SCHEMES.map((scheme) => ({ language: MARKDOWN_LANGUAGE, scheme }));

/** Whether a Markdown document reads like a report while `gongwen.autoDetect` is on. */
export function isMarkdownReport(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== MARKDOWN_LANGUAGE || !SCHEMES.includes(doc.uri.scheme)) return false;
  if (!vscode.workspace.getConfiguration('gongwen', doc).get<boolean>('autoDetect', true)) return false;
  return looksLikeReport(headOf(doc.getText(new vscode.Range(0, 0, DETECT_HEAD_LINES, 0))), true);
}

/** Starts the server (`start`) for the first Markdown report opened, or typed at the top of a Markdown file. */
export function registerMarkdownStart(start: () => Promise<void>): vscode.Disposable {
  const check = (doc: vscode.TextDocument) => void (isMarkdownReport(doc) && start());
  vscode.workspace.textDocuments.forEach(check);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId === MARKDOWN_LANGUAGE && e.contentChanges.some((c) => c.range.start.line < DETECT_HEAD_LINES)) check(e.document);
    }),
  );
}
