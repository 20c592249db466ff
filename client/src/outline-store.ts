/**
 * The outline of the active report editor, fetched from the server (`gongwen/outline`) and
 * refreshed when the server says it re-checked that document or the active editor changes.
 * The tree view and the status bar both read it, so there is one request per change.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  OUTLINE_CHANGED_NOTIFICATION,
  OUTLINE_REQUEST,
  type OutlineChangedParams,
  type OutlineParams,
  type OutlineResult,
} from '../../server/src/protocol';
import { isReportEditor } from './language-client';

export class OutlineStore implements vscode.Disposable {
  private current: OutlineResult | undefined;
  /** Bumped per refresh so a slow answer for an editor no longer active is dropped. */
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<OutlineResult | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focusing the Output panel makes its log the active editor: keep the report's outline.
        if (editor?.document.uri.scheme !== 'output') void this.refresh();
      }),
      // A language switch reopens the document under the same editor.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) void this.refresh();
      }),
      client.onNotification(OUTLINE_CHANGED_NOTIFICATION, (params: OutlineChangedParams) => {
        const editor = vscode.window.activeTextEditor;
        if (isReportEditor(editor) && this.uriOf(editor.document) === params.uri) void this.refresh();
      }),
    );
  }

  /** The outline shown for the active editor; undefined when it is not a report. */
  get outline(): OutlineResult | undefined {
    return this.current;
  }

  /** Asks the server for one document's outline (any open report, not only the active one). */
  async fetch(doc: vscode.TextDocument): Promise<OutlineResult | undefined> {
    const params: OutlineParams = { uri: this.uriOf(doc) };
    // null: the server has not seen the document yet (it is being opened).
    return (await this.client.sendRequest<OutlineResult | null>(OUTLINE_REQUEST, params)) ?? undefined;
  }

  /** Re-reads the active editor's outline and tells the views. */
  async refresh(): Promise<void> {
    const mine = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    let next: OutlineResult | undefined;
    if (isReportEditor(editor)) {
      try {
        next = await this.fetch(editor.document);
      } catch (e) {
        // Server starting, stopping or restarting: show nothing rather than stale data.
        this.client.outputChannel.appendLine(`outline: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (mine !== this.generation) return;
    this.current = next;
    this.changed.fire(next);
  }

  uriOf(doc: vscode.TextDocument): string {
    return this.client.code2ProtocolConverter.asUri(doc.uri);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
