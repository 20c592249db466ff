/**
 * Commands that help an author start a report and read about a finding: a new report from
 * File › New File… (an untitled document with the skeleton snippet, years filled from today's
 * date), the bundled Chinese page of a rule (works without the internet: government networks
 * often cannot reach GitHub), and turning fix-on-save on from a button instead of a JSON snippet.
 */
import * as vscode from 'vscode';
import { REOPEN_WITH_ENCODING_COMMAND, SHOW_RULE_DOC_COMMAND } from '../../server/src/protocol';
import { enableFixOnSave } from './fix-all-message';
import { t } from './i18n';
import { LANGUAGE_ID } from './language-client';

/** The skeleton snippet's name in snippets/gongwen.json. */
export const SKELETON_SNIPPET = '法治政府建设年度报告（全文框架）';
export const NEW_REPORT_COMMAND = 'gongwen.newReport';
export const ENABLE_FIX_ON_SAVE_COMMAND = 'gongwen.enableFixOnSave';
/** The palette command the garbled-text finding names (its quick fix runs REOPEN_WITH_ENCODING_COMMAND directly). */
export const REOPEN_GB18030_COMMAND = 'gongwen.reopenWithGb18030';
/** Where the rule pages lie inside the extension (packaged by .vscodeignore). */
const RULE_DOCS = ['client', 'docs', 'rules'];

export function registerReportCommands(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(NEW_REPORT_COMMAND, () => newReport(context)),
    vscode.commands.registerCommand(SHOW_RULE_DOC_COMMAND, (rule?: string) => showRuleDoc(context, rule)),
    vscode.commands.registerCommand(ENABLE_FIX_ON_SAVE_COMMAND, enableFixOnSave),
    vscode.commands.registerCommand(REOPEN_GB18030_COMMAND, async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return void vscode.window.showInformationMessage(t('noEditor'));
      await vscode.commands.executeCommand(REOPEN_WITH_ENCODING_COMMAND, doc.uri.toString(), 'gb18030');
    }),
  );
}

/**
 * The skeleton snippet's body with this year's defaults: a report is written early in the year
 * after the one it covers, so the report year defaults to last year and the date to this year
 * (the snippet file itself has to name fixed years).
 */
export async function skeletonBody(context: vscode.ExtensionContext, today = new Date()): Promise<string> {
  const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'gongwen.json');
  const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, { body: string[] }>;
  const year = today.getFullYear();
  return snippets[SKELETON_SNIPPET].body
    .join('\n')
    .replace(/\$\{2:\d{4}\}/, `\${2:${year - 1}}`)
    .replace(/\$\{12:\d{4}\}/, `\${12:${year}}`)
    .replace(/^四、\d{4}年度/m, `四、${year}年度`);
}

/** An untitled report with the skeleton, its first field (the agency) selected for typing. */
async function newReport(context: vscode.ExtensionContext): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(await skeletonBody(context)));
}

/** Rule ids that have a page. */
async function ruleIds(context: vscode.ExtensionContext): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(context.extensionUri, ...RULE_DOCS));
  return entries.map(([name]) => name).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)).sort();
}

/**
 * The rule's page, bundled in the .vsix, in VS Code's own Markdown preview (offline); as plain
 * text when the built-in Markdown extension is disabled. Without an id, a pick list of the rules.
 */
async function showRuleDoc(context: vscode.ExtensionContext, rule?: string): Promise<void> {
  const ids = await ruleIds(context);
  if (!rule) rule = await vscode.window.showQuickPick(ids, { placeHolder: t('pickRule') });
  if (!rule) return;
  if (!ids.includes(rule)) return void vscode.window.showWarningMessage(t('noRuleDoc', { rule }));
  const page = vscode.Uri.joinPath(context.extensionUri, ...RULE_DOCS, `${rule}.md`);
  try {
    // Executing the command activates the built-in Markdown extension if it is not yet active
    // (getCommands would not list it before that).
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    await vscode.window.showTextDocument(page, { preview: true });
  }
}
