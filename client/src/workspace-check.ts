/**
 * 检查工作区全部报告 and 生成审核汇总表. The server lists the workspace's report files with the
 * CLI's selection (report types, node_modules, hidden folders, .gongwenignore), reads and checks
 * them and publishes their findings, so Problems shows files that are not open; the client only
 * drives it in batches under a cancellable progress notification, and writes and opens the audit page.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  AUDIT_REQUEST,
  CHECK_FILES_REQUEST,
  LIST_REPORT_FILES_REQUEST,
  type AuditParams,
  type AuditResult,
  type CheckFilesParams,
  type CheckFilesResult,
  type ListReportFilesParams,
  type ListReportFilesResult,
} from '../../server/src/protocol';
import { t } from './i18n';
import { LANGUAGE_ID } from './language-client';

/** The server's diagnostic source (SOURCE in server/src/lsp/convert.ts, not imported: it would bundle the server's LSP library). */
const DIAGNOSTIC_SOURCE = 'gongwen';
/** Files per request: small enough for the progress and a cancel to be felt, large enough to be quick. */
const BATCH = 25;
export const AUDIT_FILE_NAME = '审核汇总表.html';
/** True while a check runs: shows 取消检查工作区 in the Command Palette (cancelling without the mouse). */
const RUNNING_CONTEXT = 'gongwen.workspaceCheckRunning';
/** The running check's cancellation: the notification's Cancel button and gongwen.cancelWorkspaceCheck both end it. */
let running: vscode.CancellationTokenSource | undefined;
/** Files the workspace check read from disk in this session (URI strings): only these are switched on opening. */
const checkedFromDisk = new Set<string>();

export interface WorkspaceCheckSummary {
  files: number;
  checked: number;
  notReports: number;
  unreadable: Array<{ path: string; message: string }>;
  cancelled: boolean;
}

/** Local folders of the workspace: the server reads files from disk, so virtual folders are left out. */
function localFolders(): vscode.Uri[] {
  return (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri).filter((u) => u.scheme === 'file');
}

/** Checks every report file of the workspace, or of `folder` (the Explorer's context menu). */
/** The workspace folder that holds `uri` (itself when it is one or is outside the workspace). */
function rootOf(uri: vscode.Uri): vscode.Uri {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri ?? uri;
}

export async function checkWorkspace(client: LanguageClient, folder?: vscode.Uri): Promise<WorkspaceCheckSummary | undefined> {
  const folders = folder && folder.scheme === 'file' ? [folder] : localFolders();
  if (!folders.length) return void vscode.window.showInformationMessage(t('noLocalFolder'));
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('checkingWorkspace'), cancellable: true },
    async (progress, button) => {
      running?.cancel(); // a second check replaces the first
      const source = (running = new vscode.CancellationTokenSource());
      const listener = button.onCancellationRequested(() => source.cancel());
      void vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, true);
      try {
        return await checkBatches(client, folders, progress, source.token);
      } finally {
        listener.dispose();
        if (running === source) {
          running = undefined;
          void vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, false);
        }
        source.dispose();
      }
    },
  );
  const unreadable =
    (summary.notReports ? t('notReportCount', { count: summary.notReports }) : '') + (summary.unreadable.length ? t('unreadableCount', { count: summary.unreadable.length }) : '');
  const message = summary.cancelled ? t('workspaceCancelled', { checked: summary.checked, files: summary.files }) : t('workspaceChecked', { checked: summary.checked, unreadable });
  if (summary.unreadable.length) {
    void vscode.window.showWarningMessage(message, t('showUnreadable')).then((pick) => {
      if (pick) void vscode.window.showQuickPick(summary.unreadable.map((u) => ({ label: u.message })), { placeHolder: t('showUnreadable') });
    });
  } else void vscode.window.showInformationMessage(message);
  if (!summary.cancelled && summary.files) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return summary;
}

/** Lists the folders' report files and checks them in batches, until all are done or `token` is cancelled. */
async function checkBatches(
  client: LanguageClient,
  folders: vscode.Uri[],
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceCheckSummary> {
  const result: WorkspaceCheckSummary = { files: 0, checked: 0, notReports: 0, unreadable: [], cancelled: false };
  try {
    const files: string[] = [];
    for (const f of folders) {
      // The workspace folder's .gongwenignore applies to a subfolder picked in the Explorer too.
      const params: ListReportFilesParams = { folders: [f.fsPath], root: rootOf(f).fsPath };
      files.push(...(await client.sendRequest<ListReportFilesResult>(LIST_REPORT_FILES_REQUEST, params, token)).files);
    }
    result.files = files.length;
    for (let i = 0; i < files.length; i += BATCH) {
      if (token.isCancellationRequested) break;
      const batch = files.slice(i, i + BATCH).map((p) => ({ uri: vscode.Uri.file(p).toString(), path: p }));
      const r = await client.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, { files: batch } satisfies CheckFilesParams, token);
      for (const f of batch) checkedFromDisk.add(f.uri);
      // Open files count as checked: their live diagnostics are already in Problems.
      result.checked += r.checked + r.skippedOpen;
      result.notReports += r.notReports;
      result.unreadable.push(...r.unreadable);
      progress.report({ increment: (100 * batch.length) / files.length, message: `${Math.min(i + BATCH, files.length)}/${files.length}` });
    }
  } catch (e) {
    // A request cancelled on its way is the cancellation itself, not an error to show.
    if (!token.isCancellationRequested) throw e;
  }
  return { ...result, cancelled: token.isCancellationRequested };
}

/** 取消检查工作区: ends the running check after its current batch (what the notification's Cancel does). */
export function cancelWorkspaceCheck(): boolean {
  if (!running) return false;
  running.cancel();
  return true;
}

/**
 * Writes the audit page of the workspace (or of `folder`, from the Explorer's context menu) into that
 * folder as 审核汇总表.html and opens it in the browser. Returns the file's URI (for tests).
 */
export async function auditWorkspace(client: LanguageClient, folder?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const targets = folder && folder.scheme === 'file' ? [folder] : localFolders();
  if (!targets.length) return void vscode.window.showInformationMessage(t('noLocalFolder'));
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('auditing') }, () =>
    client.sendRequest<AuditResult>(AUDIT_REQUEST, { paths: targets.map((u) => u.fsPath), cwd: rootOf(targets[0]).fsPath } satisfies AuditParams),
  );
  if (!result.files) return void vscode.window.showInformationMessage(t('noReports'));
  const out = vscode.Uri.joinPath(targets[0], AUDIT_FILE_NAME);
  await vscode.workspace.fs.writeFile(out, Buffer.from(result.html, 'utf8'));
  void vscode.window.showInformationMessage(t('auditWritten', { file: vscode.workspace.asRelativePath(out), reports: result.reports }));
  openAuditPage(out, result.html);
  return out;
}

/** The webview that shows the page when no local browser can open the file (see openAuditPage). */
export const AUDIT_VIEW_TYPE = 'gongwen.auditPage';

/**
 * On the desktop with local files the page opens in the browser (where it can also be printed). When
 * the file lies on another machine (Remote-SSH, WSL, code-server, VS Code for the Web) a local
 * browser cannot reach its path, and code-server even tries to navigate the workbench to it, so the
 * page opens in a webview inside VS Code instead; the file is there for downloading.
 */
function openAuditPage(out: vscode.Uri, html: string): void {
  if (vscode.env.remoteName === undefined && vscode.env.uiKind === vscode.UIKind.Desktop) {
    // Not awaited: a browser that asks or never answers must not hold the command (or a test) up.
    void vscode.env.openExternal(out);
    return;
  }
  // The page's own Content-Security-Policy (no network, inline script and style only) applies in the webview too.
  const panel = vscode.window.createWebviewPanel(AUDIT_VIEW_TYPE, AUDIT_FILE_NAME, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
  panel.webview.html = html;
}

/**
 * A file the workspace check found to be a report can open as plain text when its first lines do not
 * say so (a web page's navigation above the title): its findings would then stay those read from
 * disk. While `gongwen.autoDetect` is on, such a file is switched to 公文报告 when it is opened (not
 * when the author changes an open document's language: that reaches us as close + open in one tick),
 * once per session, so its findings follow edits; switched back by the author, it is left alone.
 */
function switchCheckedPlainText(): vscode.Disposable {
  const switched = new Set<string>();
  let closing: string | undefined;
  return vscode.Disposable.from(
    vscode.workspace.onDidCloseTextDocument((doc) => {
      closing = doc.uri.toString();
      queueMicrotask(() => (closing = undefined));
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const key = doc.uri.toString();
      if (doc.languageId !== 'plaintext' || !checkedFromDisk.has(key) || switched.has(key)) return;
      switched.add(key); // whatever happens now, never again: a later plain-text opening is the author's choice
      if (closing === key) return; // a language change, not an opening
      if (!vscode.workspace.getConfiguration('gongwen', doc).get<boolean>('autoDetect', true)) return;
      if (!vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === DIAGNOSTIC_SOURCE)) return;
      void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
  );
}

/** The commands (check, cancel, audit); `start` starts the language server first (no report may be open yet). */
export function registerWorkspaceCommands(client: LanguageClient, start: () => Promise<void>): vscode.Disposable {
  return vscode.Disposable.from(
    switchCheckedPlainText(),
    vscode.commands.registerCommand('gongwen.checkWorkspace', async (folder?: vscode.Uri) => {
      await start();
      return checkWorkspace(client, folder instanceof vscode.Uri ? folder : undefined);
    }),
    vscode.commands.registerCommand('gongwen.cancelWorkspaceCheck', cancelWorkspaceCheck),
    vscode.commands.registerCommand('gongwen.auditWorkspace', async (folder?: vscode.Uri) => {
      await start();
      return auditWorkspace(client, folder instanceof vscode.Uri ? folder : undefined);
    }),
  );
}
