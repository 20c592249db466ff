// Settings take effect without a reload: a rule turned off disappears, the locale switches the
// messages, and restarting the server brings the diagnostics back.
import * as assert from 'node:assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { SEED, api, fixtureUri, has, ruleOf, waitForDiagnostics } from './util';

const config = () => vscode.workspace.getConfiguration('gongwen');

suite('settings and server restart', () => {
  const uri = () => fixtureUri(SEED);

  suiteSetup(async () => {
    await api();
    await vscode.workspace.openTextDocument(uri());
    await waitForDiagnostics(uri(), (d) => has(d, 'heading-sequence', 20), 'the seed diagnostics');
  });

  test('the rule settings default to the registry severities', () => {
    assert.strictEqual(config().get('rules.heading-sequence'), 'error');
    assert.strictEqual(config().get('rules.heading-unnumbered'), 'warning');
    assert.strictEqual(config().get('locale'), 'zh');
    assert.strictEqual(config().get('autoDetect'), true);
  });

  test('gongwen.rules.heading-sequence = off removes its diagnostics live, and restoring brings them back', async function () {
    this.timeout(40000);
    try {
      await config().update('rules.heading-sequence', 'off', vscode.ConfigurationTarget.Global);
      // heading-unnumbered still there: a fresh result, not a cleared one.
      await waitForDiagnostics(uri(), (d) => !has(d, 'heading-sequence') && has(d, 'heading-unnumbered', 12), 'heading-sequence to disappear');
    } finally {
      await config().update('rules.heading-sequence', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(uri(), (d) => has(d, 'heading-sequence', 20), 'heading-sequence to come back');
  });

  test('a severity setting changes the severity', async function () {
    this.timeout(40000);
    const severityOf = (d: vscode.Diagnostic[]) => d.find((x) => ruleOf(x) === 'heading-unnumbered' && x.range.start.line === 12)?.severity;
    try {
      await config().update('rules.heading-unnumbered', 'info', vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri(), (d) => severityOf(d) === vscode.DiagnosticSeverity.Information, 'heading-unnumbered as Information');
    } finally {
      await config().update('rules.heading-unnumbered', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri(), (d) => severityOf(d) === vscode.DiagnosticSeverity.Warning, 'heading-unnumbered back to Warning');
  });

  test('gongwen.locale = en renders the messages in English', async function () {
    this.timeout(40000);
    const message = (d: vscode.Diagnostic[]) => d.find((x) => ruleOf(x) === 'heading-sequence' && x.range.start.line === 20)?.message ?? '';
    try {
      await config().update('locale', 'en', vscode.ConfigurationTarget.Global);
      const diags = await waitForDiagnostics(uri(), (d) => /expected/i.test(message(d)), 'an English heading-sequence message');
      assert.doesNotMatch(message(diags), /应为/);
    } finally {
      await config().update('locale', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(uri(), (d) => /应为/.test(message(d)), 'the Chinese message again');
  });

  test('gongwen.restartServer stops and starts the server; diagnostics come back', async function () {
    this.timeout(40000);
    const gongwen = await api();
    await vscode.commands.executeCommand('gongwen.restartServer');
    assert.ok(gongwen.client.isRunning(), 'client running after restart');
    await waitForDiagnostics(uri(), (d) => has(d, 'heading-sequence', 20), 'diagnostics after the restart');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri());
    assert.ok(symbols.length > 0);
  });
});
