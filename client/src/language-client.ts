/**
 * The language client: runs dist/server.js in a Node child over IPC. All checking, outline,
 * folding and completion come from that server; the client only relays.
 */
import * as vscode from 'vscode';
import { MARKDOWN_SELECTOR } from './markdown-drafts';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'gongwen';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // No scheme filter: the server only reads synced text, so untitled and virtual documents work too.
    // Markdown too: the server checks only those that read like a report (markdown-drafts.ts).
    documentSelector: [{ language: LANGUAGE_ID }, ...MARKDOWN_SELECTOR],
    // .gongwen.json changes re-check open reports (the server reads the files; see server/src/lsp/config-files.ts).
    synchronize: { configurationSection: 'gongwen', fileEvents: vscode.workspace.createFileSystemWatcher('**/.gongwen.json') },
    // Rule links in diagnostics open the page bundled in the extension (gongwen.showRuleDoc), not the web.
    initializationOptions: { ruleDocs: 'command' },
  };
  // The id 'gongwen' makes the client honour the `gongwen.trace.server` setting.
  return new LanguageClient('gongwen', '公文报告 Gongwen', serverOptions, clientOptions);
}

/** Whether an editor shows a document the server checks. */
export function isReportEditor(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return editor?.document.languageId === LANGUAGE_ID;
}
