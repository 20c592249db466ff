/**
 * The palette commands. Each one asks the server or VS Code for the result; none reads the
 * report text itself.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FIX_ALL_KIND as FIX_ALL, INSERT_SECTION_REQUEST, type InsertSectionParams, type InsertSectionResult } from '../../server/src/protocol';
import { reportNothingSafe } from './fix-all-message';
import { t } from './i18n';
import { LANGUAGE_ID, isReportEditor } from './language-client';
import type { OutlineStore } from './outline-store';
import { VIEW_ID } from './outline-view';

const FIX_ALL_KIND = vscode.CodeActionKind.Empty.append(FIX_ALL);
/** Set once a report has been seen, so the 报告提纲 view shows from then on in this window. */
export const VIEW_CONTEXT = 'gongwen.outlineEnabled';

export function registerCommands(client: LanguageClient, store: OutlineStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('gongwen.switchLanguage', switchLanguage),
    vscode.commands.registerCommand('gongwen.restartServer', () => restartServer(client, store)),
    vscode.commands.registerCommand('gongwen.fixAll', fixAll),
    vscode.commands.registerCommand('gongwen.insertSection', (sectionId?: string, uri?: string) => insertSection(client, store, sectionId, uri)),
    vscode.commands.registerCommand('gongwen.showChecklist', showChecklist),
  );
}

async function switchLanguage(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return void vscode.window.showInformationMessage(t('noEditor'));
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

/** A clean stop then start (not `restart()`, which also waits for a debugger in debug mode). */
async function restartServer(client: LanguageClient, store: OutlineStore): Promise<void> {
  try {
    if (client.needsStop()) await client.stop();
    await client.start();
  } catch (e) {
    return void vscode.window.showErrorMessage(t('serverError', { error: e instanceof Error ? e.message : String(e) }));
  }
  await store.refresh();
  vscode.window.setStatusBarMessage(t('restarted'), 3000);
}

/** Runs the server's `source.fixAll.gongwen` action on the active report (the same one on save). */
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!isReportEditor(editor)) return void vscode.window.showInformationMessage(t('noEditor'));
  const doc = editor.document;
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND.value, 1);
  const action = actions?.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind));
  // Nothing safe: say what is left and how to go on (not awaited: the command ends, the message stays).
  if (!action || (!action.edit?.size && !action.command)) return void reportNothingSafe(doc);
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Inserts a statutory section's skeleton; without an id, offers the missing ones. */
async function insertSection(client: LanguageClient, store: OutlineStore, sectionId?: string, uri?: string): Promise<void> {
  const doc = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== LANGUAGE_ID) return void vscode.window.showInformationMessage(t('noEditor'));
  if (!sectionId) {
    const missing = ((await store.fetch(doc))?.sections ?? []).filter((s) => s.status === 'missing');
    if (!missing.length) return void vscode.window.showInformationMessage(t('noMissing'));
    const items = missing.map((s) => ({ label: s.name, description: s.required ? t('required') : t('optional'), id: s.id }));
    sectionId = (await vscode.window.showQuickPick(items, { placeHolder: t('pickSection') }))?.id;
    if (!sectionId) return;
  }
  const params: InsertSectionParams = { uri: store.uriOf(doc), sectionId };
  const result = await client.sendRequest<InsertSectionResult>(INSERT_SECTION_REQUEST, params);
  if (!result.edits.length) return;
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    edit.replace(doc.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return;
  // Show where the section went: the heading line of the largest insertion (others relabel).
  const main = result.edits.reduce((a, b) => (b.newText.length > a.newText.length ? b : a));
  const leadingBreaks = (/^\s*/.exec(main.newText)?.[0].match(/\n/g) ?? []).length;
  const editor = await vscode.window.showTextDocument(doc);
  const at = new vscode.Position(main.range.start.line + leadingBreaks, 0);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function showChecklist(): Promise<void> {
  await vscode.commands.executeCommand('setContext', VIEW_CONTEXT, true);
  await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
}
