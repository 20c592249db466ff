// How drafts become gongwen documents: by file name, by extension, by content, and not when the
// user says otherwise. Also that the extension activates and registers its commands.
import * as assert from 'node:assert';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { SEED, api, fixtureUri, has, untitledReport, waitForDiagnostics, waitForLanguage } from './util';

suite('activation and language detection', () => {
  test('a *法治政府建设*.txt draft opens as gongwen and activates the extension', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri(SEED));
    assert.strictEqual(doc.languageId, 'gongwen');
    const gongwen = await api();
    assert.ok(gongwen.client, 'activate() returns the API');
    assert.ok(vscode.extensions.getExtension('gongwen-report.gongwen-report')?.isActive);
  });

  test('a .gongwen file opens as gongwen', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri('empty.gongwen'));
    assert.strictEqual(doc.languageId, 'gongwen');
  });

  test('the commands are registered', async () => {
    await api();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of ['gongwen.switchLanguage', 'gongwen.restartServer', 'gongwen.fixAll', 'gongwen.insertSection', 'gongwen.showChecklist']) {
      assert.ok(all.has(id), `${id} is not registered`);
    }
  });

  test('draft.txt becomes gongwen by its content; notes.txt stays plain text', async () => {
    await api();
    // notes.txt first: the switches are processed in order, so once draft.txt has switched,
    // a switch of notes.txt would have happened too.
    const notes = await vscode.workspace.openTextDocument(fixtureUri('notes.txt'));
    const draft = await vscode.workspace.openTextDocument(fixtureUri('draft.txt'));
    await waitForLanguage(draft.uri, 'gongwen');
    assert.strictEqual(notes.languageId, 'plaintext');
  });

  test('a report the user switched back to plain text is not switched again', async () => {
    const draft = await waitForLanguage(fixtureUri('draft.txt'), 'gongwen');
    const plain = await vscode.languages.setTextDocumentLanguage(draft, 'plaintext');
    // A second report-like document (pasted into a plain-text draft) is detected after the first
    // one would have been switched back.
    const probe = await untitledReport('2023年度法治政府建设情况报告\n一、主要举措和成效\n', false, 'txt');
    await waitForLanguage(probe.uri, 'gongwen');
    assert.strictEqual(plain.languageId, 'plaintext');
    assert.strictEqual(vscode.workspace.textDocuments.find((d) => d.uri.toString() === draft.uri.toString())?.languageId, 'plaintext');
  });

  test('gongwen.switchLanguage switches the active editor', async () => {
    const doc = await untitledReport('会议纪要\n', true, 'txt');
    assert.strictEqual(doc.languageId, 'plaintext');
    await vscode.commands.executeCommand('gongwen.switchLanguage');
    await waitForLanguage(doc.uri, 'gongwen');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('an untitled gongwen document is checked (no file scheme needed)', async () => {
    const doc = await untitledReport('一、2023年度推进法治政府建设的主要举措和成效\n（二）标题\n');
    assert.strictEqual(doc.uri.scheme, 'untitled');
    await waitForDiagnostics(doc.uri, (d) => has(d, 'heading-sequence', 1), 'heading-sequence on the untitled draft');
  });
});
