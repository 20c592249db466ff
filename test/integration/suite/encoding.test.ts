// GB18030 drafts open as Chinese in a real VS Code (issue 10). Fixtures: 编码/*.txt are seed 001
// encoded in GB18030 (no BOM, nothing else says what the encoding is); it holds `・` (U+30FB),
// which GBK lacks. One file is named like a report (it opens in the report language, where the
// configurationDefaults turn files.autoGuessEncoding on), one is not (it opens as plain text).
// Measured in VS Code 1.100: the guess applies only to the first, and reads it as GBK (one `�`
// where `・` was); client/src/gb18030-drafts.ts reopens both as GB18030, so both end up exact.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { api, fixtureUri, waitFor, waitForLanguage } from './util';

/** Opens the fixture as a user would and waits until its text is the Chinese text (no `�`). */
async function openAsChinese(name: string): Promise<{ doc: vscode.TextDocument; expected: string }> {
  const uri = fixtureUri(`编码/${name}`);
  const bytes = await vscode.workspace.fs.readFile(uri);
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture is not valid UTF-8');
  const expected = new TextDecoder('gb18030').decode(bytes);
  assert.match(expected, /^2024年,县科技局.*・/s);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const current = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const doc = await waitFor(
    vscode.workspace.onDidChangeTextDocument,
    () => {
      const d = current();
      return d && !d.getText().includes('\uFFFD') ? d : undefined;
    },
    `${name} to read as Chinese`,
    () => `${current()?.encoding}: ${current()?.getText().slice(0, 30)}`,
  );
  return { doc, expected };
}

suite('GB18030 drafts open as Chinese', () => {
  suiteSetup(async () => {
    await api();
  });

  test('[gongwen] turns files.autoGuessEncoding on', () => {
    assert.equal(vscode.workspace.getConfiguration('files', { languageId: 'gongwen' }).get('autoGuessEncoding'), true);
  });

  test('a GB18030 report .txt opens as its Chinese text, in the report language', async () => {
    const { doc, expected } = await openAsChinese('2024年度法治政府建设情况报告-GB18030.txt');
    assert.equal(doc.getText(), expected);
    assert.equal(doc.encoding, 'gb18030');
    assert.equal(doc.languageId, 'gongwen');
  });

  test('a GB18030 .txt with an ordinary name opens as its Chinese text and switches to the report language', async () => {
    const { doc, expected } = await openAsChinese('草稿-GB18030.txt');
    assert.equal(doc.getText(), expected);
    assert.equal(doc.encoding, 'gb18030');
    await waitForLanguage(doc.uri, 'gongwen');
  });
});
