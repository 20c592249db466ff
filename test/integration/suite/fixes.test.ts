// Editing through the server: a quick fix, the fix-all command (source.fixAll.gongwen), and
// inserting a missing statutory section. Each works on an unsaved copy, never on a fixture.
import * as assert from 'node:assert';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { SEED, api, discardActiveEditor, has, readFixture, ruleOf, summary, untitledReport, waitForDiagnostics } from './util';

/** A short report with a statutory section missing (leader-duty). */
const WITHOUT_LEADER_DUTY = [
  '江城市司法局关于2023年度法治政府建设情况的报告',
  '',
  '江城市人民政府：',
  '现将2023年度法治政府建设情况报告如下：',
  '一、2023年度推进法治政府建设的主要举措和成效',
  '（一）健全依法决策机制',
  '严格落实重大行政决策程序。',
  '二、2023年度推进法治政府建设存在的不足和原因',
  '基层法治力量仍然薄弱。',
  '三、2024年度推进法治政府建设的主要安排',
  '持续深化法治政府建设。',
  '',
  '江城市司法局',
  '2024年1月5日',
  '',
].join('\n');

suite('fixes and section insertion', () => {
  suiteSetup(async () => {
    await api();
  });
  teardown(async () => {
    // Tests that showed an unsaved copy close it without a save prompt.
    while (vscode.window.activeTextEditor?.document.isUntitled) await discardActiveEditor();
  });

  test('the quick fix for a heading that lost its ordinal adds （二） (full width, GB/T 9704)', async () => {
    const doc = await untitledReport(await readFixture(SEED));
    const diags = await waitForDiagnostics(doc.uri, (d) => has(d, 'heading-unnumbered', 12), 'heading-unnumbered on line 12');
    const target = diags.find((d) => ruleOf(d) === 'heading-unnumbered' && d.range.start.line === 12)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, target.range, vscode.CodeActionKind.QuickFix.value,
    );
    // Other fixes share the range (heading-punctuation's 删除末尾句号): pick ours by what it inserts.
    const fix = actions.find((a) => a.edit && a.title.includes('（二）'));
    assert.ok(fix?.edit, `no quick fix adding （二） among: ${actions.map((a) => a.title).join(' / ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitForDiagnostics(doc.uri, (d) => !has(d, 'heading-unnumbered', 12) && has(d, 'heading-unnumbered', 16), 'the fixed line to be clean');
    assert.ok(doc.lineAt(12).text.startsWith('（二）健全依法决策工作机制'), doc.lineAt(12).text);
  });

  test('gongwen.fixAll applies the safe fixes: ordinal and date format', async () => {
    const doc = await untitledReport(await readFixture('draft.txt'), true);
    await waitForDiagnostics(doc.uri, (d) => has(d, 'heading-sequence', 7) && has(d, 'date-format', 17), 'the draft findings');
    await vscode.commands.executeCommand('gongwen.fixAll');
    const after = await waitForDiagnostics(doc.uri, (d) => !has(d, 'heading-sequence') && !has(d, 'date-format'), 'fix-all to clear both');
    assert.strictEqual(doc.lineAt(7).text, '（二）强化行政执法监督');
    assert.strictEqual(doc.lineAt(17).text, '2024年1月5日');
    assert.deepStrictEqual(after.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), [], summary(after));
  });

  test('source.fixAll.gongwen is offered as a source action (what codeActionsOnSave runs)', async () => {
    const doc = await untitledReport(await readFixture('draft.txt'));
    await waitForDiagnostics(doc.uri, (d) => has(d, 'heading-sequence', 7), 'the draft findings');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, 'source.fixAll.gongwen');
    assert.ok(actions.some((a) => a.kind?.value === 'source.fixAll.gongwen' && a.edit), actions.map((a) => a.kind?.value).join(' '));
  });

  test('gongwen.insertSection inserts a missing section at its statutory place', async () => {
    const doc = await untitledReport(WITHOUT_LEADER_DUTY, true);
    await waitForDiagnostics(doc.uri, (d) => has(d, 'section-missing'), 'section-missing');
    await vscode.commands.executeCommand('gongwen.insertSection', 'leader-duty', doc.uri.toString());
    await waitForDiagnostics(doc.uri, (d) => !has(d, 'section-missing'), 'the inserted section to satisfy section-missing');
    const text = doc.getText();
    const leader = text.indexOf('三、2023年度党政主要负责人履行推进法治建设第一责任人职责');
    assert.ok(leader > text.indexOf('二、2023年度推进法治政府建设存在的不足和原因'), text);
    // The plan section moves to 四、 so the level-1 ordinals stay in sequence.
    assert.ok(text.indexOf('四、2024年度推进法治政府建设的主要安排') > leader, text);
  });
});
