// The Word commands in a real VS Code: 导出为 Word（GB/T 9704） writes the draft beside it as a
// .docx, and 从 Word 导入 reads that .docx back into a .gongwen draft that opens and is checked live.
import * as assert from 'node:assert';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { SEED, api, fixtureUri, readFixture, waitForDiagnostics } from './util';

suite('Word export and import', () => {
  test('export a draft, import the .docx again: the same text, opened as gongwen and checked', async () => {
    await api();
    const docx = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.exportWord', fixtureUri(SEED));
    assert.ok(docx, 'the export returned no file');
    let draft: vscode.Uri | undefined;
    try {
      assert.match(docx.fsPath, /\.docx$/);
      const bytes = await vscode.workspace.fs.readFile(docx);
      assert.strictEqual(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK', 'a .docx is a zip');
      draft = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.importWord', docx);
      assert.ok(draft, 'the import returned no file');
      const doc = vscode.window.activeTextEditor?.document;
      assert.strictEqual(doc?.uri.toString(), draft.toString(), 'the imported draft is the active editor');
      assert.strictEqual(doc.languageId, 'gongwen');
      // The export leaves out blank lines, residue and typed indentation; every other line comes back.
      const seed = (await readFixture(SEED)).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
      const back = doc.getText().split('\n').filter((l) => l !== '');
      for (const line of back) assert.ok(seed.includes(line), `not in the draft: ${line}`);
      assert.ok(back.length >= seed.length - 3, `${back.length} of ${seed.length} lines came back`);
      await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'diagnostics on the imported draft');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const uri of [docx, draft]) if (uri) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  test('both commands are in the Command Palette, import also on .docx in the Explorer', () => {
    const manifest = vscode.extensions.getExtension('gongwen-report.gongwen-report')!.packageJSON;
    const palette: Array<{ command: string }> = manifest.contributes.menus.commandPalette;
    assert.ok(palette.some((m) => m.command === 'gongwen.exportWord'));
    assert.ok(palette.some((m) => m.command === 'gongwen.importWord'));
    const explorer: Array<{ command: string; when: string }> = manifest.contributes.menus['explorer/context'];
    assert.ok(explorer.some((m) => m.command === 'gongwen.importWord' && m.when.includes('.docx')));
  });
});
