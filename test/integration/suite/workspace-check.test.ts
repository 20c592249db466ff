// 检查工作区全部报告 and 生成审核汇总表 in a real VS Code: the fixtures folder 五份报告 holds five
// reports (.txt, .gongwen, .md, one nested), each with one known problem, none of them open, a note
// that is not a report, and an ignored 草稿 folder. The command is given the folder, as the Explorer's context menu does.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixtureUri, ruleOf, summary, waitForDiagnostics } from './util';
import type { WorkspaceCheckSummary as Summary } from '../../../client/src/workspace-check';

const FOLDER = '五份报告';
const EXPECTED: Array<[string, string]> = [
  ['甲局.txt', 'section-missing'],
  ['乙局.txt', 'heading-sequence'],
  ['丙局.gongwen', 'date-format'],
  ['丁局.md', 'title-missing'],
  ['戊局/报告.txt', 'section-not-separate'],
];

const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

suite('workspace check', () => {
  suiteSetup(async () => {
    await api();
  });

  test('a folder of five reports, none open, gives Problems entries for all five', async () => {
    const folder = fixtureUri(FOLDER);
    const uris = EXPECTED.map(([name]) => vscode.Uri.joinPath(folder, name));
    for (const uri of uris) assert.ok(!isOpen(uri), `${uri.path} is open before the check`);
    const result = await vscode.commands.executeCommand<Summary>('gongwen.checkWorkspace', folder);
    assert.deepEqual(
      { files: result.files, checked: result.checked, notReports: result.notReports, unreadable: result.unreadable.length, cancelled: result.cancelled },
      { files: 6, checked: 5, notReports: 1, unreadable: 0, cancelled: false },
    );
    for (const [i, [name, rule]] of EXPECTED.entries()) {
      const diags = await waitForDiagnostics(uris[i], (d) => d.some((x) => ruleOf(x) === rule), `${rule} on ${name}`);
      assert.deepEqual([...new Set(diags.map(ruleOf))], [rule], `${name}: ${summary(diags)}`);
    }
    for (const uri of uris) assert.ok(!isOpen(uri), `${uri.path} was opened by the check`);
    const ignored = vscode.Uri.joinPath(folder, '草稿/旧稿.txt');
    assert.deepEqual(vscode.languages.getDiagnostics(ignored), [], 'the .gongwenignore-d draft has no findings');
    const note = vscode.Uri.joinPath(folder, '说明.txt');
    assert.deepEqual(vscode.languages.getDiagnostics(note), [], 'the note among the reports is not failed on missing sections');
  });

  test('once a checked file is opened, its findings follow the edits', async () => {
    const uri = vscode.Uri.joinPath(fixtureUri(FOLDER), '乙局.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('（三）规范行政执法'));
    assert.ok(line > 0);
    await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, 3), '（二）'));
    await waitForDiagnostics(uri, (d) => d.length === 0, 'the heading-sequence finding to go after the fix');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'heading-sequence'), 'the finding back after the revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('生成审核汇总表 writes the audit page of the folder into it', async () => {
    const folder = fixtureUri(FOLDER);
    const out = await vscode.commands.executeCommand<vscode.Uri>('gongwen.auditWorkspace', folder);
    assert.ok(out, 'the command returns the page it wrote');
    assert.equal(out.toString(), vscode.Uri.joinPath(folder, '审核汇总表.html').toString());
    const html = Buffer.from(await vscode.workspace.fs.readFile(out)).toString('utf8');
    assert.match(html, /<table id="audit"/);
    assert.equal((html.match(/<tbody class="report" data-kind="report"/g) ?? []).length, 5);
    assert.match(html, /说明\.txt/);
    assert.match(html, /不符合要求/);
    assert.doesNotMatch(html, /旧稿\.txt/);
  });
});
