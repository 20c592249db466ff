// Language features the server gives the editor: outline symbols, folding, ordinal completion,
// and the contributed snippets.
import * as assert from 'node:assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { SEED, api, fixtureUri, has, labelOf, waitForDiagnostics } from './util';

suite('document symbols, folding, completion, snippets', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await api();
    doc = await vscode.workspace.openTextDocument(fixtureUri(SEED));
    // Diagnostics mean the server has the document: the providers below answer for this version.
    await waitForDiagnostics(doc.uri, (d) => has(d, 'heading-sequence'), 'the seed to be checked');
  });

  test('symbols: the title holds the level-1 headings, which hold the level-2 ones', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols?.length, 'no symbols');
    assert.strictEqual(symbols.length, 1, symbols.map((s) => s.name).join(' / '));
    const [title] = symbols;
    assert.strictEqual(title.name, '2023年度法治政府建设情况报告');
    assert.strictEqual(title.children.length, 4, title.children.map((s) => s.name).join(' / '));
    const measures = title.children[0];
    assert.ok(measures.name.startsWith('一、2023年度推进法治政府建设'), measures.name);
    assert.match(measures.detail, /主要举措和成效/);
    assert.strictEqual(measures.range.start.line, 6);
    assert.strictEqual(measures.children.length, 8);
    assert.ok(measures.children[0].name.startsWith('(一)优化服务'), measures.children[0].name);
    const leader = title.children[2];
    assert.match(leader.detail, /第一责任人/);
    assert.deepStrictEqual(leader.children.map((s) => s.range.start.line), [52, 62]);
  });

  test('folding: one range per heading, from the heading to the end of its part', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    const has = (start: number, end: number) => ranges.some((r) => r.start === start && r.end === end);
    const shown = ranges.map((r) => `${r.start}-${r.end}`).join(' ');
    assert.ok(has(6, 38), `一、 part 6-38 in ${shown}`);
    assert.ok(has(8, 10), `(一) part 8-10 in ${shown}`);
    assert.ok(has(62, 68), `(二) part 62-68 in ${shown}`);
    assert.ok(has(70, 78) || has(70, 77), `last part from 70 in ${shown}`);
  });

  test('completion at the start of the empty line after a (二) body offers (三)', async () => {
    assert.strictEqual(doc.lineAt(69).text.trim(), '', 'line 69 is the blank line after the (二) part');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(69, 0));
    const labels = list.items.map(labelOf);
    // The draft writes half-width brackets, so the offer follows it; GB/T form is also accepted.
    assert.ok(labels.includes('(三)') || labels.includes('（三）'), labels.join(' '));
  });

  test('snippets: an empty gongwen document offers the report skeleton', async () => {
    const empty = await vscode.workspace.openTextDocument(fixtureUri('empty.gongwen'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', empty.uri, new vscode.Position(0, 0));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
    assert.ok(snippets.includes('fzbg') || snippets.includes('法治报告'), `snippets: ${snippets.join(' ') || '(none)'}`);
  });
});
