/**
 * GB18030/GBK drafts open as Chinese (issue 10). `files.autoGuessEncoding` (on for `[gongwen]` in
 * package.json's configurationDefaults) covers only part of it, for two reasons found in VS Code
 * 1.100: the language-scoped default applies only when the file's language is known from its name
 * before the bytes are decoded (`*法治政府建设*.txt`, `.gongwen`), not to a `草稿.txt` that
 * auto-detect switches after it is read as UTF-8 mojibake; and the guesser reports GB2312, which
 * VS Code decodes as GBK, so characters only GB18030 has (`・`, rare names) still come out as `�`.
 *
 * So when a document opens with `�` in it, is not valid UTF-8 on disk, decodes cleanly as GB18030
 * (a superset of GBK: nothing a GBK reading got right changes) and then reads like a report, it is
 * reopened as GB18030 once. Anything else (an edited document, an encoding the author picked, a
 * file that is not a report) is left alone; the `garbled-text` finding and its one-step fix remain.
 */
import * as vscode from 'vscode';
import { headOf, looksLikeReport } from '../../server/src/report-detect';

/** Encodings VS Code arrives at by itself (the default, or the guesser's GB2312 read as GBK). */
const AUTOMATIC = new Set(['utf8', 'gbk', 'gb2312']);
const LANGUAGES = new Set(['plaintext', 'gongwen', 'markdown']);

/** The GB18030 reading of `bytes` when they are not UTF-8 but are GB18030 and read like a report. */
export function gb18030ReportText(bytes: Uint8Array, markdown: boolean): string | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined; // valid UTF-8: the � is in the text itself
  } catch {
    // not UTF-8: go on
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined; // not GB18030 either (or no GB18030 decoder in this runtime)
  }
  return looksLikeReport(headOf(text), markdown) ? text : undefined;
}

export function registerGb18030Drafts(): vscode.Disposable {
  const tried = new Set<string>();
  const check = async (doc: vscode.TextDocument): Promise<void> => {
    const key = doc.uri.toString();
    if (doc.uri.scheme !== 'file' || doc.isDirty || !LANGUAGES.has(doc.languageId) || !AUTOMATIC.has(doc.encoding) || tried.has(key)) return;
    if (!doc.getText().includes('\uFFFD')) return;
    tried.add(key);
    const bytes = await vscode.workspace.fs.readFile(doc.uri);
    if (doc.isDirty || gb18030ReportText(bytes, doc.languageId === 'markdown') === undefined) return;
    await vscode.workspace.openTextDocument(doc.uri, { encoding: 'gb18030' });
  };
  const run = (doc: vscode.TextDocument) => void check(doc).catch(() => undefined); // a file gone meanwhile: nothing to do
  vscode.workspace.textDocuments.forEach(run);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(run),
    // Tried once per opening: an encoding the author then picks by hand stays, and the next opening of the file is helped again.
    vscode.workspace.onDidCloseTextDocument((doc) => tried.delete(doc.uri.toString())),
  );
}
