// The report language edits like prose (word wrap, no word-based suggestions, no ambiguous-character
// boxes, encodings guessed), and the commands the server's code actions run exist and work: show a
// lost heading's line, and reopen a GB18030 draft that VS Code read as UTF-8, in one step.
import * as assert from 'node:assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { api, fixtureUri } from './util';

/** 某局2025年度法治政府建设情况报告 / 一、主要举措和成效, encoded in GB18030. */
const GB18030 = Buffer.from('c4b3bed632303235c4eab6c8b7a8d6ced5feb8aebda8c9e8c7e9bff6b1a8b8e60ad2bba1a2d6f7d2aabed9b4ebbacdb3c9d0a70a', 'hex');

suite('first hour: prose defaults and the code actions\' commands', () => {
  suiteSetup(async () => {
    await api();
  });

  test('[gongwen] defaults: word wrap on, word-based suggestions off, no ambiguous-character boxes, encoding guessed', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'gongwen' });
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(vscode.workspace.getConfiguration('files', { languageId: 'gongwen' }).get('autoGuessEncoding'), true);
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordBasedSuggestions') === 'off', false, 'only the report language changes');
  });

  test('gongwen.reopenWithEncoding reads a garbled GB18030 draft again as GB18030', async () => {
    const uri = fixtureUri('gbk-draft.gongwen');
    await vscode.workspace.fs.writeFile(uri, GB18030);
    const garbled = await vscode.workspace.openTextDocument(uri, { encoding: 'utf8' });
    assert.ok(garbled.getText().includes('\uFFFD'), 'read as UTF-8 it is garbled');
    await vscode.commands.executeCommand('gongwen.reopenWithEncoding', uri.toString(), 'gb18030');
    const reopened = await vscode.workspace.openTextDocument(uri);
    assert.ok(reopened.getText().startsWith('某局2025年度法治政府建设情况报告'), reopened.getText().slice(0, 40));
  });

  test('gongwen.revealLine selects the line a finding names', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'gongwen', content: '标题\n一、主要举措和成效\n加强组织领导\n' });
    await vscode.commands.executeCommand('gongwen.revealLine', doc.uri.toString(), 2);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(editor?.selection.start.line, 2);
    assert.strictEqual(editor?.document.getText(editor.selection), '加强组织领导');
  });
});
