/**
 * A report pasted into an untitled editor (Ctrl+N, Ctrl+V from WPS) that VS Code's own language
 * detection has turned into "Ini" or the like is still recognised: an automatic guess is not the
 * author's choice. auto-detect.ts only looks at plain-text documents, so without this a guessed
 * language would hide the report for good.
 *
 * VS Code does not tell extensions whether a language was detected or picked. What it does tell:
 * detection runs only on untitled documents, only after their text changed (debounced, about
 * 600 ms, longer while its model loads), and never again once a language was set explicitly. So a
 * language change of an untitled document soon after one of its edits is taken as a guess; any
 * other change (the language picker with no edit just before, an extension) as a choice, which is
 * left alone — and a document the author switches away from the report language is never
 * switched back (auto-detect.ts keeps that promise for plain text, this module for guesses).
 */
import * as vscode from 'vscode';
// The same test auto-detect.ts applies to plain text (server/src/report-detect.ts).
import { DETECT_HEAD_LINES as HEAD_LINES, looksLikeReport } from '../../server/src/report-detect';
import { LANGUAGE_ID } from './language-client';

/** How soon after an edit a language change still counts as VS Code's guess (its debounce plus a cold model load). */
export const GUESS_WINDOW_MS = 8000;

function headOf(doc: vscode.TextDocument): string {
  const lines: string[] = [];
  for (let i = 0; i < Math.min(HEAD_LINES, doc.lineCount); i++) lines.push(doc.lineAt(i).text);
  return lines.join('\n');
}

export function registerUntitledGuess(): vscode.Disposable {
  /** Untitled documents whose current language VS Code guessed. */
  const guessed = new Set<string>();
  const lastEdit = new Map<string, number>();
  // A language change reaches extensions as close + open of the same document in one tick.
  let closing: { uri: string; languageId: string } | undefined;

  const check = (doc: vscode.TextDocument): void => {
    if (!guessed.has(doc.uri.toString())) return;
    if (!vscode.workspace.getConfiguration('gongwen', doc).get<boolean>('autoDetect', true)) return;
    if (looksLikeReport(headOf(doc))) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  };

  const languageChanged = (doc: vscode.TextDocument, from: string): void => {
    const key = doc.uri.toString();
    const sinceEdit = Date.now() - (lastEdit.get(key) ?? Number.NEGATIVE_INFINITY);
    const guess = from !== LANGUAGE_ID && doc.languageId !== LANGUAGE_ID && doc.languageId !== 'plaintext' && sinceEdit <= GUESS_WINDOW_MS;
    if (!guess) return void guessed.delete(key);
    guessed.add(key);
    check(doc);
  };

  return vscode.Disposable.from(
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc.uri.scheme !== 'untitled') return;
      closing = { uri: doc.uri.toString(), languageId: doc.languageId };
      queueMicrotask(() => (closing = undefined));
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (doc.uri.scheme !== 'untitled') return;
      const key = doc.uri.toString();
      if (closing?.uri === key && closing.languageId !== doc.languageId) return languageChanged(doc, closing.languageId);
      if (closing) return;
      // A new document that reuses a closed one's name (Untitled-1) starts with no history.
      guessed.delete(key);
      lastEdit.delete(key);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.scheme !== 'untitled' || !e.contentChanges.length) return;
      lastEdit.set(e.document.uri.toString(), Date.now());
      // The head is still being pasted or typed: look again, as auto-detect.ts does for plain text.
      if (e.contentChanges.some((c) => c.range.start.line < HEAD_LINES)) check(e.document);
    }),
  );
}
