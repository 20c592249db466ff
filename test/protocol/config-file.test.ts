/**
 * `.gongwen.json` in the language server: the nearest file overrides the user settings for documents
 * on disk, a change the client reports (workspace/didChangeWatchedFiles) applies live, and a broken
 * file is named once in a notification with its line, while the defaults apply.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestServer } from './harness';

const DRAFT = '某市科学技术局关于2025年度法治政府建设情况的报告\n一、2025年度推进法治政府建设的主要举措和成效\n（一）加强组织领导\n（三）推进依法行政\n';
const sequence = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'heading-sequence').map((d) => d.severity);

describe('.gongwen.json in the language server', () => {
  let server: TestServer;
  let dir = '';
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gongwen-lsp-config-'));
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'reports'));
    server = await TestServer.start({ configuration: { rules: { 'heading-sequence': 'warning' } } });
  });
  after(async () => {
    await server.stop();
  });

  it('the file beats the user settings for a document on disk; an untitled one keeps the settings', async () => {
    writeFileSync(path.join(dir, '.gongwen.json'), '{ // the office\'s choice\n "rules": { "heading-sequence": "error" } }');
    const onDisk = server.open(pathToFileURL(path.join(dir, 'reports', 'a.txt')).href, DRAFT);
    assert.deepEqual(sequence(await onDisk.diagnostics()), [1], 'error, from the file');
    const untitled = server.open('untitled:Untitled-1', DRAFT);
    assert.deepEqual(sequence(await untitled.diagnostics()), [2], 'warning, from the settings');
  });

  it('a changed file applies live after didChangeWatchedFiles', async () => {
    const changed = () => server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.gongwen.json')).href, type: 2 }] });
    writeFileSync(path.join(dir, '.gongwen.json'), '{ "rules": { "heading-sequence": "off" } }');
    changed();
    const uri = pathToFileURL(path.join(dir, 'reports', 'b.txt')).href;
    const doc = server.open(uri, DRAFT);
    assert.deepEqual(sequence(await doc.diagnostics()), []);
    writeFileSync(path.join(dir, '.gongwen.json'), '{ "rules": { "heading-sequence": "hint" } }');
    const since = server.mark();
    changed();
    const published = await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri, { since, what: 'diagnostics after the change' });
    assert.deepEqual(sequence((published.params as { diagnostics: Diagnostic[] }).diagnostics), [4]);
  });

  it('a broken file: one notification naming file and line; the settings apply', async () => {
    mkdirSync(path.join(dir, 'broken'));
    writeFileSync(path.join(dir, 'broken', '.gongwen.json'), '{\n  "rules": { "heading-sequence": "loud" }\n}');
    const since = server.mark();
    const doc = server.open(pathToFileURL(path.join(dir, 'broken', 'c.txt')).href, DRAFT);
    assert.deepEqual(sequence(await doc.diagnostics()), [2], 'the user setting (warning) applies');
    const shown = await server.waitFor((m) => m.method === 'window/showMessage', { since, what: 'a notification' });
    assert.match((shown.params as { message: string }).message, /broken\/\.gongwen\.json:2:34: 级别应为/);
    const again = server.open(pathToFileURL(path.join(dir, 'broken', 'd.txt')).href, DRAFT);
    await again.diagnostics();
    assert.equal(server.received.slice(since).filter((m) => m.method === 'window/showMessage').length, 1, 'shown once');
  });
});
