// Diagnostics of a real draft (corpus seed 000, a city bureau's 2023 report copied from a web page):
// the rule ids, lines and severities a reviewing office would expect (see seeds-expected.md).
import * as assert from 'node:assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { SEED, api, fixtureUri, has, ruleOf, summary, waitForDiagnostics } from './util';

suite('diagnostics of the seed draft', () => {
  let diags: vscode.Diagnostic[] = [];
  const uri = () => fixtureUri(SEED);
  const find = (rule: string, line: number) => diags.find((d) => ruleOf(d) === rule && d.range.start.line === line);

  suiteSetup(async () => {
    await api();
    await vscode.workspace.openTextDocument(uri());
    diags = await waitForDiagnostics(uri(), (d) => has(d, 'heading-sequence', 20), 'the seed diagnostics');
  });

  const expected: Array<[string, number, vscode.DiagnosticSeverity]> = [
    ['residue', 0, vscode.DiagnosticSeverity.Warning],
    ['residue', 2, vscode.DiagnosticSeverity.Warning],
    ['title-form', 1, vscode.DiagnosticSeverity.Warning],
    ['heading-unnumbered', 12, vscode.DiagnosticSeverity.Warning],
    ['heading-unnumbered', 16, vscode.DiagnosticSeverity.Warning],
    ['heading-sequence', 20, vscode.DiagnosticSeverity.Error],
    ['heading-sequence', 28, vscode.DiagnosticSeverity.Error],
    ['heading-unnumbered', 40, vscode.DiagnosticSeverity.Warning],
    ['heading-unnumbered', 50, vscode.DiagnosticSeverity.Warning],
    ['heading-unnumbered', 70, vscode.DiagnosticSeverity.Warning],
  ];
  for (const [rule, line, severity] of expected) {
    test(`${rule} on line ${line} as ${vscode.DiagnosticSeverity[severity]}`, () => {
      const d = find(rule, line);
      assert.ok(d, `no ${rule} on line ${line}; got ${summary(diags)}`);
      assert.strictEqual(d.severity, severity);
    });
  }

  test('the heading-sequence finding names the headings that lost their ordinal', () => {
    const d = find('heading-sequence', 20)!;
    assert.match(d.message, /\(二\)/);
    assert.match(d.message, /13.*17/);
  });

  test('diagnostics carry source, rule id and a documentation link', () => {
    const d = find('heading-sequence', 20)!;
    assert.strictEqual(d.source, 'gongwen');
    assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'code.target links to the rule docs');
  });

  test('correct parts are left alone', () => {
    // (一) under 一、 and the leader-duty part's (一)(二) are numbered right; all sections exist. The seed
    // writes (一) in half width throughout: heading-style says so once, for the whole document, on its
    // first such label (line 8), which is the one finding those lines may carry.
    const documentWide = (d: vscode.Diagnostic) => ruleOf(d) === 'heading-style' && /处标题序号使用半角括号/.test(d.message);
    assert.strictEqual(diags.filter(documentWide).length, 1, summary(diags));
    for (const line of [6, 8, 52, 62]) assert.ok(!diags.some((d) => d.range.start.line === line && !documentWide(d)), `line ${line}: ${summary(diags)}`);
    assert.ok(!has(diags, 'section-missing'), summary(diags));
  });

  test('no diagnostics for a document that is not gongwen', async () => {
    const notes = await vscode.workspace.openTextDocument(fixtureUri('notes.txt'));
    assert.strictEqual(notes.languageId, 'plaintext');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(notes.uri), []);
  });
});
