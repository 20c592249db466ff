/**
 * 导出为 Word（GB/T 9704） and 从 Word 导入. Both run the Word module (dist/word.js, loaded on first
 * use) in the extension host: export writes the active draft beside it as a GB/T 9704 .docx;
 * import reads a .docx into a `.gongwen` draft beside it and opens it, where the language server
 * checks it live. No report text is parsed here: the Word module does the reading and writing.
 */
import * as vscode from 'vscode';
import path from 'node:path';
import { defaultExportPath } from '../../server/src/node/export-path';
import { loadWord } from '../../server/src/node/word';
import { LANGUAGE_ID } from './language-client';
import { clientLocale, t } from './i18n';

const locale = clientLocale;

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Asks before overwriting; true when the file may be written. */
async function mayWrite(uri: vscode.Uri): Promise<boolean> {
  if (!(await exists(uri))) return true;
  const answer = await vscode.window.showWarningMessage(t('word.exists', { file: path.basename(uri.fsPath) }), { modal: true }, t('word.overwrite'));
  return answer === t('word.overwrite');
}

/** The export: the active report draft (or the one given) beside it as .docx. Returns the written file. */
export async function exportWord(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const doc = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!doc || (doc.languageId !== LANGUAGE_ID && doc.languageId !== 'plaintext')) {
    void vscode.window.showInformationMessage(t('word.noDraft'));
    return undefined;
  }
  try {
    let out: vscode.Uri | undefined = doc.isUntitled ? undefined : vscode.Uri.file(defaultExportPath(doc.uri.fsPath));
    if (!out) out = await vscode.window.showSaveDialog({ filters: { Word: ['docx'] } });
    if (!out || !(await mayWrite(out))) return undefined;
    const result = await loadWord().exportDocx(doc.getText(), { locale: locale() });
    await vscode.workspace.fs.writeFile(out, result.bytes);
    const note = result.errors ? ` ${t('word.errorsLeft', { count: result.errors })}` : '';
    const written = out;
    void vscode.window.showInformationMessage(t('word.exported', { file: path.basename(out.fsPath) }) + note, t('word.openFolder')).then((choice) => {
      if (choice) void vscode.commands.executeCommand('revealFileInOS', written);
    });
    return out;
  } catch (e) {
    void vscode.window.showErrorMessage(t('word.failed', { error: (e as Error).message }));
    return undefined;
  }
}

/** The import: a .docx (from the Explorer, or picked) as a `.gongwen` draft beside it, opened. */
export async function importWord(source?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!source) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Word: ['docx'] }, title: t('word.pickDocx') });
    source = picked?.[0];
  }
  if (!source) return undefined;
  try {
    const word = loadWord();
    let text: string;
    try {
      text = word.readDocx(await vscode.workspace.fs.readFile(source)).text;
    } catch (e) {
      const line = word.describeDocxError(e, locale());
      if (line === null) throw e;
      void vscode.window.showErrorMessage(`${path.basename(source.fsPath)}: ${line}`);
      return undefined;
    }
    const out = vscode.Uri.file(source.fsPath.replace(/\.[^./\\]*$/, '') + '.gongwen');
    if (!(await mayWrite(out))) return undefined;
    await vscode.workspace.fs.writeFile(out, Buffer.from(text.endsWith('\n') || text === '' ? text : `${text}\n`, 'utf8'));
    const doc = await vscode.workspace.openTextDocument(out);
    await vscode.window.showTextDocument(doc);
    void vscode.window.showInformationMessage(t('word.imported', { from: path.basename(source.fsPath), file: path.basename(out.fsPath) }));
    return out;
  } catch (e) {
    void vscode.window.showErrorMessage(t('word.failed', { error: (e as Error).message }));
    return undefined;
  }
}

export function registerWordCommands(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('gongwen.exportWord', (uri?: vscode.Uri) => exportWord(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('gongwen.importWord', (uri?: vscode.Uri) => importWord(uri instanceof vscode.Uri ? uri : undefined)),
  );
}
