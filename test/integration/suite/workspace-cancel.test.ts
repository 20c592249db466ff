// 检查工作区全部报告 can be cancelled, and 生成审核汇总表 opens the page it wrote, in a real VS Code
// (issue 12). Cancelling goes through gongwen.cancelWorkspaceCheck (取消检查工作区 in the palette),
// which cancels the same token source as the progress notification's Cancel button. The opening is
// the browser on a desktop with local files (seen through vscode.env.openExternal, replaced for the
// test: VS Code leaves `env` writable while extension tests run) and a webview when the files are
// remote, as in code-server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { api, fixtureUri, ruleOf, waitFor, waitForDiagnostics, waitForLanguage } from './util';
import type { WorkspaceCheckSummary as Summary } from '../../../client/src/workspace-check';

/** Enough files for 60 batches of 25: the check is still running when the first findings arrive. */
const MANY = 1500;
const name = (i: number) => `报告${String(i).padStart(4, '0')}.txt`;

suite('workspace check: cancel, and the audit page opened', () => {
  suiteSetup(async () => {
    await api();
  });

  test('cancelling stops the check: fewer files checked than exist, no error, and the rest untouched', async function () {
    this.timeout(60000);
    const folder = fixtureUri('大量报告');
    const report = fs.readFileSync(path.join(fixtureUri('五份报告').fsPath, '甲局.txt'));
    fs.mkdirSync(folder.fsPath, { recursive: true });
    for (let i = 0; i < MANY; i++) fs.writeFileSync(path.join(folder.fsPath, name(i)), report);
    assert.equal(await vscode.commands.executeCommand('gongwen.cancelWorkspaceCheck'), false, 'nothing to cancel before the check');

    const run = vscode.commands.executeCommand<Summary>('gongwen.checkWorkspace', folder);
    await waitForDiagnostics(vscode.Uri.joinPath(folder, name(0)), (d) => d.length > 0, 'the first batch\'s findings');
    assert.equal(await vscode.commands.executeCommand('gongwen.cancelWorkspaceCheck'), true, 'a running check was cancelled');
    const result = await run; // resolves: a cancelled check is no error

    assert.equal(result.files, MANY);
    assert.equal(result.cancelled, true);
    assert.ok(result.checked >= 25 && result.checked < MANY, `checked ${result.checked} of ${MANY}`);
    assert.equal(result.checked % 25, 0, 'stopped between batches');
    assert.deepEqual(vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder, name(MANY - 1))), [], 'the last file was never checked');
    const withFindings = Array.from({ length: MANY }, (_, i) => vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder, name(i))).length > 0).filter(Boolean).length;
    assert.equal(withFindings, result.checked, 'exactly the checked files have findings');
    assert.equal(await vscode.commands.executeCommand('gongwen.cancelWorkspaceCheck'), false, 'nothing left running');
  });

  test('生成审核汇总表 writes the HTML page and opens it', async () => {
    const folder = fixtureUri('汇总表');
    const source = fixtureUri('五份报告');
    for (const f of ['甲局.txt', '乙局.txt']) await vscode.workspace.fs.copy(vscode.Uri.joinPath(source, f), vscode.Uri.joinPath(folder, f), { overwrite: true });
    const opened: vscode.Uri[] = [];
    const env = vscode.env as { openExternal: typeof vscode.env.openExternal };
    const original = env.openExternal;
    env.openExternal = async (target: vscode.Uri) => (opened.push(target), true);
    assert.notEqual(env.openExternal, original, 'vscode.env.openExternal could be replaced for the test');
    let out: vscode.Uri | undefined;
    try {
      out = await vscode.commands.executeCommand<vscode.Uri>('gongwen.auditWorkspace', folder);
    } finally {
      env.openExternal = original;
    }
    assert.ok(out);
    assert.equal(out.toString(), vscode.Uri.joinPath(folder, '审核汇总表.html').toString());
    const html = fs.readFileSync(out.fsPath, 'utf8');
    assert.match(html, /<table id="audit"/);
    assert.equal((html.match(/<tbody class="report" data-kind="report"/g) ?? []).length, 2);
    // Desktop with local files: the browser. Remote or web (code-server, where this suite runs): a webview
    // in VS Code, because a local browser cannot reach the remote path.
    const remote = vscode.env.remoteName !== undefined || vscode.env.uiKind !== vscode.UIKind.Desktop;
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const pages = () => tabs().filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('gongwen.auditPage') && tab.label === '审核汇总表.html');
    if (remote) {
      assert.deepEqual(opened, [], 'no file URI handed to a browser that cannot reach it');
      // The tab reaches the extension host's tab model after the panel is created: wait for it.
      const [page] = await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => pages().length > 0 && pages(), 'the audit page in a webview tab', () =>
        tabs().map((t) => `${t.label} (${t.input instanceof vscode.TabInputWebview ? t.input.viewType : typeof t.input})`).join(', '),
      );
      assert.equal(pages().length, 1);
      assert.ok(page.isActive, 'the page is the active tab');
      await vscode.window.tabGroups.close(pages()); // looked up again: the tab objects are replaced as the model updates
    } else {
      assert.deepEqual(opened.map(String), [out.toString()], 'the written page was opened in the browser');
      assert.equal(pages().length, 0);
    }
  });
});

suite('workspace check: a report that opens as plain text', () => {
  suiteSetup(async () => {
    await api();
  });

  // 网页稿/某局报告.txt: a report below 16 lines of a web page's navigation, so its first lines do not
  // read like a report (it opens as plain text) while the workspace check, reading the whole file, finds one.
  test('a checked file whose first lines do not say "report" is switched to 公文报告 on opening, and its findings follow edits', async function () {
    this.timeout(40000);
    const folder = fixtureUri('网页稿');
    const uri = vscode.Uri.joinPath(folder, '某局报告.txt');
    const result = await vscode.commands.executeCommand<Summary>('gongwen.checkWorkspace', folder);
    assert.equal(result.checked, 1);
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'heading-sequence'), 'the disk findings');
    const doc = await vscode.workspace.openTextDocument(uri);
    const live = await waitForLanguage(uri, 'gongwen');
    assert.equal(live.getText(), doc.getText());
    const editor = await vscode.window.showTextDocument(live);
    const line = live.getText().split('\n').findIndex((l) => l.startsWith('（三）规范行政执法'));
    assert.ok(line > 16);
    await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, 3), '（二）'));
    await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'heading-sequence'), 'the live findings after the fix');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'heading-sequence'), 'the finding back after the revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
