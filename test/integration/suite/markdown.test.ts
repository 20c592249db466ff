// Markdown drafts in a real VS Code (issue 10): a `.md` that reads like a report stays a Markdown
// document and gets the findings of its text form (and of `gongwen check` on that .md); a `.md`
// that is not a report gets none; our outline stays out of Markdown's; `gongwen.autoDetect: false`
// turns it off; and a `.md` the workspace check read from disk follows edits once it is opened.
// Fixtures: Markdown草稿/枣庄报告.md is the seed 2023年度法治政府建设情况报告-枣庄.txt written in
// Markdown line for line (test/lib/markdown-form.ts); 周例会纪要.md is a meeting note with 一、 then 三、.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { SEED, api, fixtureUri, ruleOf, summary, waitForDiagnostics } from './util';

const REPORT = 'Markdown草稿/枣庄报告.md';
const NOTE = 'Markdown草稿/周例会纪要.md';
const EXTENSION_ID = 'gongwen-report.gongwen-report';

/** `line:rule:severity` (1-based lines, VS Code's severity numbers), sorted. */
const findings = (diags: readonly vscode.Diagnostic[]) => diags.map((d) => `${d.range.start.line + 1}:${ruleOf(d)}:${d.severity}`).sort();

/** What `gongwen check --format json` says about a file, in the same shape. */
function cliFindings(file: string): string[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const out = spawnSync(process.execPath, [path.join(ext.extensionPath, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  const severity: Record<string, number> = { error: 0, warning: 1, info: 2, hint: 3 };
  return JSON.parse(out.stdout)
    .files[0].diagnostics.map((d: { line: number; rule: string; severity: string }) => `${d.line}:${d.rule}:${severity[d.severity]}`)
    .sort();
}

suite('Markdown drafts', () => {
  suiteSetup(async () => {
    await api();
  });

  test('a Markdown seed gives the findings of its text form and of gongwen check, and stays Markdown', async () => {
    const uri = fixtureUri(REPORT);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'markdown');
    await vscode.window.showTextDocument(doc);
    const md = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'heading-sequence'), 'findings on the Markdown seed');
    const txt = await vscode.workspace.openTextDocument(fixtureUri(SEED));
    assert.equal(txt.languageId, 'gongwen');
    const text = await waitForDiagnostics(txt.uri, (d) => d.some((x) => ruleOf(x) === 'heading-sequence'), 'findings on the text form');
    assert.ok(md.length > 5, summary(md));
    assert.deepEqual(findings(md), findings(text));
    assert.deepEqual(findings(md), cliFindings(uri.fsPath));
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'markdown', 'the editor still shows Markdown');
  });

  test('our outline, folding and completion stay out of a Markdown document', async () => {
    const uri = fixtureUri(REPORT);
    const { client } = await api();
    await waitForDiagnostics(uri, (d) => d.length > 0, 'findings on the Markdown seed');
    assert.deepEqual(await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: client.code2ProtocolConverter.asUri(uri) } }), []);
    assert.deepEqual(await client.sendRequest('textDocument/foldingRange', { textDocument: { uri: client.code2ProtocolConverter.asUri(uri) } }), []);
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    const flat = (s: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => s.flatMap((x) => [x, ...flat(x.children ?? [])]);
    assert.ok(!flat(symbols).some((s) => /^必备/.test(s.detail)), 'no statutory-role symbols from us in the Markdown outline');
  });

  test('a Markdown file that is not a report gets no findings', async () => {
    const note = fixtureUri(NOTE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(note));
    // The report opened after it gets its findings, so the server has seen the note by then.
    const other = vscode.Uri.joinPath(fixtureUri('Markdown草稿'), '第二份.md');
    await vscode.workspace.fs.writeFile(other, await vscode.workspace.fs.readFile(fixtureUri(REPORT)));
    await vscode.workspace.openTextDocument(other);
    await waitForDiagnostics(other, (d) => d.length > 0, 'findings on the report opened after the note');
    const { client } = await api();
    const actions = await client.sendRequest<unknown[]>('textDocument/codeAction', {
      textDocument: { uri: client.code2ProtocolConverter.asUri(note) },
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 5 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(vscode.languages.getDiagnostics(note), []);
    assert.deepEqual(actions, []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('gongwen.autoDetect = false leaves Markdown documents alone, and true brings the findings back', async function () {
    this.timeout(40000);
    const uri = fixtureUri(REPORT);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'findings on the Markdown seed');
    const config = () => vscode.workspace.getConfiguration('gongwen');
    try {
      await config().update('autoDetect', false, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(uri, (d) => d.length === 0, 'the Markdown findings to go');
    } finally {
      await config().update('autoDetect', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(uri, (d) => d.length > 0, 'the Markdown findings back');
  });

  test('a .md the workspace check read from disk follows edits once opened as Markdown', async () => {
    // A copy in a folder of its own: the workspace-check suite expects 五份报告 never opened.
    const folder = vscode.Uri.joinPath(fixtureUri('Markdown草稿'), '工作区检查');
    const uri = vscode.Uri.joinPath(folder, '丁局.md');
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(fixtureUri('五份报告'), '丁局.md')));
    await vscode.commands.executeCommand('gongwen.checkWorkspace', folder);
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'title-missing'), 'the disk findings of 丁局.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'markdown');
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# 某市丁局关于2025年度法治政府建设情况的报告\n\n'));
    const live = await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'title-missing'), 'title-missing to go after the title is typed');
    assert.deepEqual(live, [], summary(live));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'title-missing'), 'title-missing back after the revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
