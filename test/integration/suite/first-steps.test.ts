// An official's first steps (issue 15, client side), in a real VS Code: a new report from
// File › New File… (the command behind it), the plan year following the report year as it is
// typed, a report that VS Code's language guess turned into another language, the bundled rule
// page behind a finding's link, and fix-on-save turned on by a command instead of a JSON snippet.
import * as assert from 'node:assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { api, discardActiveEditor, fixtureUri, ruleOf, untitledReport, waitFor, waitForDiagnostics, waitForLanguage } from './util';

const REPORT_HEAD = '某局2025年度法治政府建设情况报告\n一、2025年度推进法治政府建设的主要举措和成效\n（一）加强组织领导\n';
const lineStarting = (doc: vscode.TextDocument, prefix: string) => doc.getText().split('\n').find((l) => l.startsWith(prefix));

suite('first steps: new report, live plan year, guessed languages, rule pages, fix on save', () => {
  suiteSetup(async () => {
    await api();
  });

  test('gongwen.newReport (File › New File…) opens an untitled report with the skeleton, years from today', async () => {
    await vscode.commands.executeCommand('gongwen.newReport');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.isUntitled, 'an untitled editor');
    assert.strictEqual(editor.document.languageId, 'gongwen');
    const year = new Date().getFullYear();
    const doc = editor.document;
    await waitFor(vscode.workspace.onDidChangeTextDocument, () => doc.getText().includes('主要安排'), 'the skeleton', () => doc.getText());
    assert.strictEqual(doc.lineAt(0).text, `XX局关于${year - 1}年度法治政府建设情况的报告`);
    assert.strictEqual(lineStarting(doc, '四、'), `四、${year}年度推进法治政府建设的主要安排`);
    assert.strictEqual(doc.getText(editor.selection), 'XX局', 'the first field (the agency) is selected for typing');
    await vscode.commands.executeCommand('leaveSnippet');
    await discardActiveEditor();
  });

  test('typing the report year into the skeleton shows the plan year + 1 before leaving the field', async () => {
    await vscode.commands.executeCommand('gongwen.newReport');
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    await waitFor(vscode.workspace.onDidChangeTextDocument, () => doc.getText().includes('主要安排'), 'the skeleton');
    await vscode.commands.executeCommand('type', { text: '江城市司法局' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder'); // Tab to the year
    for (const digit of '2023') await vscode.commands.executeCommand('type', { text: digit });
    assert.ok(doc.lineAt(0).text.startsWith('江城市司法局关于2023年度'), doc.lineAt(0).text);
    await waitFor(vscode.workspace.onDidChangeTextDocument, () => lineStarting(doc, '四、')?.startsWith('四、2024年度'), 'plan year 2024 while still in the year field',
      () => lineStarting(doc, '四、') ?? '(no 四、 line)');
    assert.ok(editor.selections.some((s) => s.active.line === 0 && s.active.character === '江城市司法局关于2023'.length), 'still typing in the title\'s year field');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder'); // leaving the field changes nothing more
    assert.strictEqual(lineStarting(doc, '四、'), '四、2024年度推进法治政府建设的主要安排');
    assert.strictEqual(lineStarting(doc, '一、'), '一、2023年度推进法治政府建设的主要举措和成效');
    await vscode.commands.executeCommand('leaveSnippet');
    await discardActiveEditor();
  });

  test('a report in an untitled editor whose language VS Code guessed (e.g. ini) becomes a report', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: '' });
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), '[索引号]\n发布机构=某局\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // What VS Code's detection does right after an edit (it runs about 600 ms after typing stops).
    const guessed = await vscode.languages.setTextDocumentLanguage(doc, 'ini');
    const paste = new vscode.WorkspaceEdit();
    paste.insert(guessed.uri, new vscode.Position(2, 0), REPORT_HEAD);
    assert.ok(await vscode.workspace.applyEdit(paste));
    await waitForLanguage(guessed.uri, 'gongwen');
    await discardActiveEditor();
  });

  test('gongwen.autoDetect = false: a guessed language stays as VS Code guessed it', async () => {
    const config = vscode.workspace.getConfiguration('gongwen');
    await config.update('autoDetect', false, vscode.ConfigurationTarget.Global);
    try {
      const doc = await vscode.workspace.openTextDocument({ content: '' });
      await vscode.window.showTextDocument(doc);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), '[索引号]\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const guessed = await vscode.languages.setTextDocumentLanguage(doc, 'ini');
      const paste = new vscode.WorkspaceEdit();
      paste.insert(guessed.uri, new vscode.Position(1, 0), REPORT_HEAD);
      assert.ok(await vscode.workspace.applyEdit(paste));
      const other = await untitledReport(REPORT_HEAD);
      await waitForDiagnostics(other.uri, (d) => d.length > 0, 'a check of another report');
      assert.strictEqual(vscode.workspace.textDocuments.find((d) => d.uri.toString() === guessed.uri.toString())?.languageId, 'ini');
      await discardActiveEditor();
    } finally {
      await config.update('autoDetect', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('a language the author picked for an untitled editor is left alone', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: '' });
    await vscode.window.showTextDocument(doc);
    const picked = await vscode.languages.setTextDocumentLanguage(doc, 'ini'); // no edit before: a choice
    const paste = new vscode.WorkspaceEdit();
    paste.insert(picked.uri, new vscode.Position(0, 0), REPORT_HEAD);
    assert.ok(await vscode.workspace.applyEdit(paste));
    // The guess handler answers synchronously to the edit; a later report (the language server's
    // check of another document) shows that the event loop has moved well past it.
    const other = await untitledReport(REPORT_HEAD);
    await waitForDiagnostics(other.uri, (d) => d.length > 0, 'a check of another report');
    const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === picked.uri.toString());
    assert.strictEqual(now?.languageId, 'ini');
    await discardActiveEditor();
  });

  test('a finding links to its bundled page (command link), and the page opens without the internet', async () => {
    const doc = await untitledReport('某局2025年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导\n（三）推进依法行政\n');
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleOf(x) === 'heading-sequence'), 'heading-sequence');
    const code = diags.find((x) => ruleOf(x) === 'heading-sequence')!.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.target.scheme, 'command');
    assert.strictEqual(code.target.path, 'gongwen.showRuleDoc');
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(code.target.query)), ['heading-sequence']);
    await vscode.commands.executeCommand('gongwen.showRuleDoc', 'heading-sequence');
    const shown = await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      if (tab?.input instanceof vscode.TabInputWebview && tab.label.includes('heading-sequence')) return `preview ${tab.label}`;
      const text = vscode.window.activeTextEditor?.document;
      return text?.uri.path.endsWith('/client/docs/rules/heading-sequence.md') && text.getText().startsWith('# heading-sequence') ? 'as text' : undefined;
    }, 'the rule page');
    assert.ok(shown);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('公文报告: 以 GB18030 编码重新打开 (the command the garbled-text message names) rereads the active file', async () => {
    // 一、主要举措和成效 / （一）加强组织领导 in GBK: a part of a draft, which nothing reopens by itself.
    const uri = fixtureUri('gbk-part.gongwen');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('d2bba1a2d6f7d2aabed9b4ebbacdb3c9d0a70aa3a8d2bba3a9bcd3c7bfd7e9d6afc1ecb5bc0a', 'hex'));
    const garbled = await vscode.workspace.openTextDocument(uri, { encoding: 'utf8' });
    assert.ok(garbled.getText().includes('\uFFFD'), 'read as UTF-8 it is garbled');
    await vscode.window.showTextDocument(garbled);
    await vscode.commands.executeCommand('gongwen.reopenWithGb18030');
    const reopened = await vscode.workspace.openTextDocument(uri);
    assert.ok(reopened.getText().startsWith('一、主要举措和成效\n（一）加强组织领导'), reopened.getText().slice(0, 30));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('gongwen.enableFixOnSave writes the setting for reports, keeping other actions', async () => {
    const config = () => vscode.workspace.getConfiguration('editor', { languageId: 'gongwen' });
    await config().update('codeActionsOnSave', { 'source.organizeImports': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      await vscode.commands.executeCommand('gongwen.enableFixOnSave');
      assert.deepStrictEqual(config().inspect('codeActionsOnSave')?.globalLanguageValue, { 'source.organizeImports': 'explicit', 'source.fixAll.gongwen': 'explicit' });
      assert.notDeepStrictEqual(vscode.workspace.getConfiguration('editor').get('codeActionsOnSave'), config().get('codeActionsOnSave'), 'only the report language');
    } finally {
      await config().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });
});
