// Shared helpers for the integration suites: fixture URIs, the extension's API, and waiting on
// editor events with a timeout (never fixed sleeps: a slow machine waits longer, a fast one less).
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension';

const EXTENSION_ID = 'gongwen-report.gongwen-report';
export const SEED = '2023年度法治政府建设情况报告-枣庄.txt';
/** Long enough for a cold language-server start on a slow CI machine, below mocha's 20 s. */
const WAIT_MS = 15000;

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the fixtures workspace folder open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function api(): Promise<GongwenApi> {
  const ext = vscode.extensions.getExtension<GongwenApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  return ext.activate();
}

/**
 * Resolves with `check()`'s first truthy value, evaluated now and after each `event`;
 * rejects after `ms` with `what` and, if given, a description of the last state.
 */
export function waitFor<T, R>(event: vscode.Event<T>, check: () => R | undefined | false | null, what: string, describe?: () => string, ms = WAIT_MS): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const first = check();
    if (first) return resolve(first);
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}${describe ? `; last state: ${describe()}` : ''}`));
    }, ms);
    const listener = event(() => {
      const value = check();
      if (!value) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

/** The rule id of a diagnostic (`code` is `{ value, target }` when it links to docs). */
export function ruleOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

export function summary(diags: readonly vscode.Diagnostic[]): string {
  return diags.map((d) => `${d.range.start.line}:${ruleOf(d)}:${vscode.DiagnosticSeverity[d.severity]}`).join(', ') || '(none)';
}

/** Waits until the diagnostics of `uri` satisfy `ok`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, ok: (diags: vscode.Diagnostic[]) => boolean, what: string, ms = WAIT_MS): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  const current = () => vscode.languages.getDiagnostics(uri);
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diags = current();
      return ok(diags) ? diags : undefined;
    },
    `${what} (${key})`,
    () => summary(current()),
    ms,
  );
}

export function has(diags: readonly vscode.Diagnostic[], rule: string, line?: number): boolean {
  return diags.some((d) => ruleOf(d) === rule && (line === undefined || d.range.start.line === line));
}

/** Waits until `uri` is open with `languageId` (a language switch reopens the document). */
export function waitForLanguage(uri: vscode.Uri, languageId: string, ms = WAIT_MS): Promise<vscode.TextDocument> {
  const find = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId);
  return waitFor(vscode.workspace.onDidOpenTextDocument, find, `${uri.path} to become ${languageId}`, () => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc ? doc.languageId : 'not open';
  }, ms);
}

/**
 * An unsaved copy of a text, so tests that edit never touch the fixture files. Each copy gets a
 * name of its own: VS Code reuses `Untitled-N` names as soon as a copy is disposed, and a reused
 * name can meet the old document's state in the language client and server.
 */
export async function untitledReport(content: string, show = false, ext = 'gongwen'): Promise<vscode.TextDocument> {
  const name = `/gongwen-it-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.${ext}`;
  const uri = vscode.Uri.from({ scheme: 'untitled', path: name });
  let doc = await vscode.workspace.openTextDocument(uri);
  if (ext === 'gongwen' && doc.languageId !== 'gongwen') doc = await vscode.languages.setTextDocumentLanguage(doc, 'gongwen');
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not fill ${uri.toString()}`);
  if (show) await vscode.window.showTextDocument(doc);
  return doc;
}

export async function readFixture(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(name)));
}

/** Closes the active editor without asking to save (edited untitled copies). */
export async function discardActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** A completion item's label text. */
export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
