// Smoke test for the integration runner: the extension under development is loaded into a
// workspace that is a fresh temp copy of test/integration/fixtures (see ../run.mjs).
import * as assert from 'node:assert';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';

suite('integration runner', () => {
  test('the extension under development is loaded', () => {
    const ext = vscode.extensions.getExtension('gongwen-report.gongwen-report');
    assert.ok(ext, 'extension gongwen-report.gongwen-report not found');
    assert.strictEqual(ext.packageJSON.name, 'gongwen-report');
  });

  test('the workspace is the temp copy of the fixtures', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1);
    assert.strictEqual(folders[0].uri.fsPath, process.env.GONGWEN_IT_WORKSPACE);
  });
});
