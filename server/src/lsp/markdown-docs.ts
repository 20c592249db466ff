/**
 * Markdown documents (issue 10): VS Code's Markdown features own them, so the server only checks a
 * Markdown document that reads like a report (the `gongwen.autoDetect` test on its first lines,
 * and only while that setting is on), and only answers diagnostics and code actions for it: no
 * symbols, folding, completion or hover that would sit next to the Markdown extension's own.
 * Whether a document is read as Markdown (`## 一、…` is a heading) follows its language or, for a
 * file opened in the report language, its `.md` name, as in the CLI.
 */
import type { TextDocument } from 'vscode-languageserver';
import { headOf, isMarkdownPath, looksLikeReport } from '../report-detect';

export const MARKDOWN_LANGUAGE = 'markdown';

/** Whether the document is the Markdown language's (our features other than diagnostics stay out). */
export function isMarkdownLanguage(doc: Pick<TextDocument, 'languageId'> | undefined): boolean {
  return doc?.languageId === MARKDOWN_LANGUAGE;
}

/** Whether its text is read as Markdown. */
export function readsAsMarkdown(doc: Pick<TextDocument, 'languageId' | 'uri'>): boolean {
  return isMarkdownLanguage(doc) || isMarkdownPath(doc.uri);
}

/** Whether the server checks the document: every report-language one, a Markdown one when it reads like a report. */
export function isCheckedDocument(doc: Pick<TextDocument, 'languageId' | 'getText'>, autoDetect: boolean): boolean {
  if (!isMarkdownLanguage(doc)) return true;
  return autoDetect && looksLikeReport(headOf(doc.getText()), true);
}
