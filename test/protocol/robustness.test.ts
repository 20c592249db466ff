/**
 * Bad input never takes the server down: empty documents, unknown URIs, out-of-range positions,
 * malformed parameters and settings, stale fix data, clients with fewer capabilities, CRLF text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { CAPABILITIES, TestServer, messageText, seed } from './harness';

const SEED0 = '000_6c4c41263adb4e45.txt';
const SEED2 = '002_1b9781ffe0e4dc49.txt';
const UNKNOWN = 'file:///never-opened.txt';
const at = (line: number, character: number) => ({ line, character });

describe('language server: bad input', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start();
  });
  after(async () => {
    assert.equal(await server.stop(), 0, 'still alive and exits cleanly after all of it');
  });

  it('checks an empty document', async () => {
    const doc = server.open('file:///empty.txt', '');
    const diagnostics = await doc.diagnostics();
    assert.deepEqual(diagnostics.map((d) => d.code), ['empty-draft'], 'one information finding, not the missing sections');
    assert.deepEqual(await server.request('textDocument/documentSymbol', { textDocument: { uri: doc.uri } }), []);
    assert.deepEqual(await server.request('textDocument/foldingRange', { textDocument: { uri: doc.uri } }), []);
    const items = await server.request('textDocument/completion', { textDocument: { uri: doc.uri }, position: at(0, 0) });
    assert.equal(items[0].label, '一、');
    const outline = await server.request('gongwen/outline', { uri: doc.uri });
    assert.deepEqual(outline.headings, []);
  });

  it('answers requests for unknown URIs with empty results', async () => {
    const td = { textDocument: { uri: UNKNOWN } };
    assert.deepEqual(await server.request('textDocument/documentSymbol', td), []);
    assert.deepEqual(await server.request('textDocument/foldingRange', td), []);
    assert.deepEqual(await server.request('textDocument/completion', { ...td, position: at(0, 0) }), []);
    assert.equal(await server.request('textDocument/hover', { ...td, position: at(0, 0) }), null);
    const range = { start: at(0, 0), end: at(0, 0) };
    assert.deepEqual(await server.request('textDocument/codeAction', { ...td, range, context: { diagnostics: [] } }), []);
    assert.equal(await server.request('gongwen/outline', { uri: UNKNOWN }), null);
    assert.deepEqual(await server.request('gongwen/insertSection', { uri: UNKNOWN, sectionId: 'measures' }), { edits: [] });
  });

  it('answers out-of-range positions with empty results', async () => {
    const doc = server.open('file:///range.txt', seed(SEED0));
    const td = { textDocument: { uri: doc.uri } };
    for (const position of [at(9999, 0), at(-1, 0), at(0, -5), at(40, 9999)]) {
      const items = await server.request('textDocument/completion', { ...td, position });
      assert.ok(Array.isArray(items));
      const hover = await server.request('textDocument/hover', { ...td, position });
      assert.ok(hover === null || typeof hover === 'object');
    }
    assert.deepEqual(await server.request('textDocument/completion', { ...td, position: at(9999, 0) }), []);
    const range = { start: at(5000, 0), end: at(6000, 3) };
    assert.deepEqual(await server.request('textDocument/codeAction', { ...td, range, context: { diagnostics: [], only: ['quickfix'] } }), []);
  });

  it('survives malformed parameters', async () => {
    assert.deepEqual(await server.request('textDocument/documentSymbol', {}), []);
    assert.equal(await server.request('gongwen/outline', null), null);
    const doc = server.open('file:///params.txt', seed(SEED0));
    assert.deepEqual(await server.request('gongwen/insertSection', { uri: doc.uri, sectionId: 'no-such-section' }), { edits: [] });
    assert.deepEqual(await server.request('textDocument/codeAction', { textDocument: { uri: doc.uri } }), []);
    const outline = await server.request('gongwen/outline', { uri: doc.uri });
    assert.equal(outline.uri, doc.uri, 'still serving');
  });

  it('does not trust fix data from an older version of the document', async () => {
    const doc = server.open('file:///stale.txt', seed(SEED0));
    const old = (await doc.diagnostics()).find((d) => d.code === 'heading-unnumbered' && d.range.start.line === 12)!;
    const since = server.mark();
    // Insert a line at the top: the old fix would now add the ordinal to the wrong line.
    doc.change([{ range: { start: at(0, 0), end: at(0, 0) }, newText: '\n' }]);
    await doc.diagnostics(since);
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: doc.uri }, range: old.range, context: { diagnostics: [old] } });
    assert.ok(actions.every((a) => a.title !== '添加序号“(二)”'), actions.map((a) => a.title).join(' | '));
  });

  it('fixes CRLF text without splitting line breaks', async () => {
    const doc = server.open('file:///crlf.txt', seed(SEED2).replace(/\r?\n/g, '\r\n'));
    await doc.diagnostics();
    const range = { start: at(0, 0), end: at(0, 0) };
    const [action] = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: doc.uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
    const since = server.mark();
    doc.change(action.edit!.changes![doc.uri]);
    assert.equal(doc.text.split('\r\n')[13], '三、下一步工作措施');
    assert.ok(!doc.text.replace(/\r\n/g, '').includes('\n'));
    assert.ok(!(await doc.diagnostics(since)).some((d) => d.code === 'heading-style'));
  });
});

describe('language server: malformed settings', () => {
  let server: TestServer;
  const bad = { locale: 'fr', rules: { 'heading-sequence': 'loud', 'no-such-rule': 'off', 'heading-unnumbered': 'hint' }, headings: { allowLevel3UnderLevel1: 'yes' } };
  before(async () => {
    server = await TestServer.start({ configuration: bad });
  });
  after(async () => {
    await server?.stop();
  });

  it('falls back to defaults value by value and logs each problem once', async () => {
    const doc = server.open('file:///bad-settings.txt', seed(SEED0));
    let diagnostics: Diagnostic[] = await doc.diagnostics();
    diagnostics = await server.reconfigure(bad, doc);
    const sequence = diagnostics.find((d) => d.code === 'heading-sequence')!;
    assert.equal(sequence.severity, DiagnosticSeverity.Error, 'bad severity → default');
    assert.match(messageText(sequence), /前应为/, 'bad locale → Chinese');
    assert.ok(diagnostics.filter((d) => d.code === 'heading-unnumbered').every((d) => d.severity === DiagnosticSeverity.Hint), 'good values still apply');
    const logs = server.logs();
    for (const key of ['gongwen.locale', 'gongwen.rules.heading-sequence', 'gongwen.rules.no-such-rule', 'gongwen.headings.allowLevel3UnderLevel1']) {
      assert.equal(logs.filter((l) => l.startsWith(key)).length, 1, `${key} logged once: ${logs.join(' / ')}`);
    }
  });

  it('treats a settings value that is not an object as defaults', async () => {
    const doc = server.open('file:///bad-settings-2.txt', seed(SEED0));
    await doc.diagnostics();
    const diagnostics = await server.reconfigure(42, doc);
    assert.ok(diagnostics.some((d) => d.code === 'heading-sequence' && d.severity === DiagnosticSeverity.Error));
  });
});

describe('language server: a client with fewer capabilities', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start({ capabilities: {} });
  });
  after(async () => {
    await server?.stop();
  });

  it('uses pushed settings and returns flat symbols', async () => {
    const doc = server.open('file:///plain.txt', seed(SEED0));
    assert.ok((await doc.diagnostics()).some((d) => d.code === 'heading-sequence'));
    assert.ok(!server.received.some((m) => m.method === 'workspace/configuration'), 'never asks a client that cannot answer');
    const since = server.mark();
    server.notify('workspace/didChangeConfiguration', { settings: { gongwen: { rules: { 'heading-sequence': 'off' } } } });
    assert.ok(!(await doc.diagnostics(since)).some((d) => d.code === 'heading-sequence'));
    const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
    assert.ok(symbols.length > 5 && symbols.every((s: { location?: unknown }) => s.location));
    assert.equal(symbols[1].containerName, '2023年度法治政府建设情况报告');
  });
});

describe('language server: a client that checks edit versions', () => {
  it('gets versioned document changes, so a stale edit is refused rather than misapplied', async () => {
    const capabilities = { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, workspaceEdit: { documentChanges: true } } };
    const server = await TestServer.start({ capabilities });
    try {
      const doc = server.open('file:///versioned.txt', seed(SEED2));
      await doc.diagnostics();
      const range = { start: at(0, 0), end: at(0, 0) };
      const [action] = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: doc.uri }, range, context: { diagnostics: [], only: ['source'] } });
      const [change] = action.edit!.documentChanges as Array<{ textDocument: { uri: string; version: number }; edits: unknown[] }>;
      assert.deepEqual(change.textDocument, { uri: doc.uri, version: 1 });
      assert.ok(change.edits.length > 0);
    } finally {
      await server.stop();
    }
  });
});
