/**
 * Entry point: starts the language server, then wires the commands, the 报告提纲 view, the
 * status bar and language auto-detection to it. No report text is parsed here.
 */
import { registerWorkspaceCommands } from './workspace-check';
import { registerMarkdownStart } from './markdown-drafts';
import { registerGb18030Drafts } from './gb18030-drafts';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { OutlineResult } from '../../server/src/protocol';
import { registerAutoDetect } from './auto-detect';
import { VIEW_CONTEXT, registerCommands } from './commands';
import { LANGUAGE_ID, createLanguageClient, isReportEditor } from './language-client';
import { OutlineStore } from './outline-store';
import { registerOutlineView, type OutlineRow } from './outline-view';
import { registerStatusBar } from './status-bar';
import { registerWordCommands } from './word-commands';
import { registerEditorCommands } from './editor-commands';
import { registerPlanYear } from './plan-year';
import { registerReportCommands } from './report-commands';
import { registerUntitledGuess } from './untitled-guess';

/** What `activate` returns: read-only views of the client state, used by the integration tests. */
export interface GongwenApi {
  readonly client: LanguageClient;
  /** The outline of the active report editor, as last received from the server. */
  outline(): OutlineResult | undefined;
  /** Fires when the views receive a new outline (or none, for a non-report editor). */
  readonly onDidChangeOutline: vscode.Event<OutlineResult | undefined>;
  /** The 报告提纲 rows as rendered. */
  outlineRows(): OutlineRow[];
  /** Whether the 报告提纲 view is on screen, and when that changes. */
  outlineVisible(): boolean;
  readonly onDidChangeOutlineVisibility: vscode.Event<unknown>;
  /** The status bar text, undefined while hidden. */
  statusText(): string | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<GongwenApi> {
  client = createLanguageClient(context);
  const lc = client;
  const store = new OutlineStore(lc);
  const view = registerOutlineView(store);
  const status = registerStatusBar(store);
  context.subscriptions.push(store, view, status, registerCommands(lc, store), registerAutoDetect(), enableViewOnFirstReport(), registerWordCommands(), registerEditorCommands());
  context.subscriptions.push(registerReportCommands(context), registerUntitledGuess(), registerPlanYear());
  // Activation also happens for any plain-text file: start the server only once a report is open.
  const start = async (): Promise<void> => {
    if (!lc.needsStart()) return;
    try {
      await lc.start();
    } catch (e) {
      lc.error('Starting the Gongwen language server failed', e, 'force');
    }
    await store.refresh();
  };
  context.subscriptions.push(registerWorkspaceCommands(lc, start), registerMarkdownStart(start), registerGb18030Drafts());
  const isReport = (doc: vscode.TextDocument): boolean => doc.languageId === LANGUAGE_ID;
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => void (isReport(doc) && start())));
  if (vscode.workspace.textDocuments.some(isReport)) await start();
  return {
    client: lc,
    outline: () => store.outline,
    onDidChangeOutline: store.onDidChange,
    outlineRows: () => view.rows(),
    outlineVisible: () => view.visible(),
    onDidChangeOutlineVisibility: view.onDidChangeVisibility,
    statusText: () => status.text(),
  };
}

/** The view stays out of the Explorer until a report editor has been active in this window. */
function enableViewOnFirstReport(): vscode.Disposable {
  const check = (editor: vscode.TextEditor | undefined): void => {
    if (!isReportEditor(editor)) return;
    void vscode.commands.executeCommand('setContext', VIEW_CONTEXT, true);
    listener.dispose();
  };
  const listener = vscode.window.onDidChangeActiveTextEditor(check);
  check(vscode.window.activeTextEditor);
  return listener;
}

export async function deactivate(): Promise<void> {
  if (client?.needsStop()) await client.stop();
  client = undefined;
}
