/**
 * What 修复全部 says when there is nothing safe to fix: how many findings still need the author's
 * decision, how to step through them (F8, then Ctrl+.), and a button that turns on fixing on
 * save for reports (it writes the setting), instead of a JSON snippet to paste into settings.
 */
import * as vscode from 'vscode';
import { FIX_ALL_KIND } from '../../server/src/protocol';
import { t } from './i18n';
import { LANGUAGE_ID } from './language-client';

const SOURCE = 'gongwen';

/** Whether `source.fixAll.gongwen` already runs on save for reports. */
export function fixOnSaveEnabled(): boolean {
  const value = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID }).get<unknown>('codeActionsOnSave');
  if (Array.isArray(value)) return value.includes(FIX_ALL_KIND);
  const setting = (value as Record<string, unknown> | undefined)?.[FIX_ALL_KIND];
  return setting === true || setting === 'explicit' || setting === 'always';
}

/** Turns fix-on-save on for the report language in the user settings, keeping other actions. */
export async function enableFixOnSave(): Promise<void> {
  const config = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
  const current = config.inspect<unknown>('codeActionsOnSave')?.globalLanguageValue;
  const kept = Array.isArray(current)
    ? Object.fromEntries(current.map((kind: string) => [kind, 'explicit']))
    : ((current as Record<string, unknown> | undefined) ?? {});
  await config.update('codeActionsOnSave', { ...kept, [FIX_ALL_KIND]: 'explicit' }, vscode.ConfigurationTarget.Global, true);
  vscode.window.setStatusBarMessage(t('fixOnSaveOn'), 5000);
}

/** The findings an author still has to decide on: hints (dots only) are left out, as F8 skips them. */
export function openFindings(doc: vscode.TextDocument): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE && d.severity !== vscode.DiagnosticSeverity.Hint);
}

/** After a fix-all that found nothing safe to apply. Resolves when the message is answered or dismissed. */
export async function reportNothingSafe(doc: vscode.TextDocument): Promise<void> {
  const open = openFindings(doc);
  const goTo = t('goToFirst');
  const enable = t('enableFixOnSave');
  const buttons = [open.length ? goTo : undefined, fixOnSaveEnabled() ? undefined : enable].filter((b): b is string => !!b);
  const message = open.length ? t('noSafeFixes', { count: open.length }) : t('noProblems');
  const choice = await vscode.window.showInformationMessage(message, ...buttons);
  if (choice === goTo) {
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('editor.action.marker.next');
  } else if (choice === enable) {
    await enableFixOnSave();
  }
}
