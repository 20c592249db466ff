/**
 * Markdown documents over the protocol (issue 10): a Markdown draft that reads like a report gets
 * the findings `gongwen check` gives for that `.md` file, and code actions; every other Markdown
 * document gets nothing, and no Markdown document gets our symbols, folding, completion or hover
 * (VS Code's Markdown extension owns those). `gongwen.autoDetect: false` turns the Markdown check off.
 * The workspace check reads a closed `.md` as Markdown too.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { asMarkdown } from '../lib/markdown-form';
import { TestServer, repoRoot, seed, type Message } from './harness';

const SEED = '000_6c4c41263adb4e45.txt';
/** Would give findings if it were checked (一、 then 三、), but it is a meeting note, not a report. */
const NOTE = '# 周例会纪要\n\n## 一、本周工作\n整理材料。\n\n## 三、下周安排\n- 报送材料\n';

/** `line:col:rule:severity` of the CLI's JSON (1-based) for one file. */
function cliFindings(file: string): string[] {
  const out = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  const severity: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };
  return JSON.parse(out.stdout).files[0].diagnostics.map((d: { line: number; column: number; rule: string; severity: string }) => `${d.line}:${d.column}:${d.rule}:${severity[d.severity]}`);
}
const lspFindings = (diags: Diagnostic[]) => diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}:${d.code}:${d.severity}`);

describe('language server: Markdown drafts', () => {
  let server: TestServer;
  let dir = '';
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gongwen-md-lsp-'));
    server = await TestServer.start();
  });
  after(async () => {
    await server?.stop();
  });

  const emptyPublished = (uri: string, since: number) =>
    server.waitFor((m: Message) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length === 0, { since, what: `no findings for ${uri}` });

  it('a Markdown report gets the findings `gongwen check` gives for that .md, and code actions', async () => {
    const file = path.join(dir, '报告.md');
    const md = asMarkdown(seed(SEED));
    writeFileSync(file, md);
    const doc = server.open(pathToFileURL(file).href, md, 'markdown');
    const diags = await doc.diagnostics();
    assert.ok(diags.length > 3, `expected findings, got ${diags.length}`);
    assert.deepEqual(lspFindings(diags), cliFindings(file));
    const fixable = diags.filter((d) => (d.data as { fixes?: unknown[] } | undefined)?.fixes?.length);
    assert.ok(fixable.length, 'some finding carries a fix');
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: doc.uri }, range: fixable[0].range, context: { diagnostics: [fixable[0]] } });
    assert.ok(actions.some((a) => a.kind === 'quickfix'), 'a quick fix is offered on the Markdown document');
  });

  it('no symbols, folding, completion or hover for a Markdown document, even a report', async () => {
    const doc = server.open('file:///md-features.md', asMarkdown(seed(SEED)), 'markdown');
    await doc.diagnostics();
    const at = { textDocument: { uri: doc.uri }, position: { line: 8, character: 4 } };
    assert.deepEqual(await server.request('textDocument/documentSymbol', { textDocument: { uri: doc.uri } }), []);
    assert.deepEqual(await server.request('textDocument/foldingRange', { textDocument: { uri: doc.uri } }), []);
    assert.deepEqual(await server.request('textDocument/completion', at), []);
    assert.equal(await server.request('textDocument/hover', at), null);
    // The same text in the report language does get them (the check above is not vacuous).
    const same = server.open('file:///md-features.gongwen', asMarkdown(seed(SEED)), 'gongwen');
    await same.diagnostics();
    assert.ok((await server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: same.uri } })).length > 0);
  });

  it('a Markdown document that is not a report gets nothing, until its head makes it one', async () => {
    const since = server.mark();
    const doc = server.open('file:///%E7%BA%AA%E8%A6%81.md', NOTE, 'markdown');
    await emptyPublished(doc.uri, since);
    const actions = await server.request('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 3 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
    // The author adds a report's title at the top: from now on it is checked.
    doc.change([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } }, newText: '# 某局2025年度法治政府建设情况报告' }]);
    const diags = await doc.diagnostics();
    assert.ok(diags.some((d) => d.code === 'heading-sequence'), JSON.stringify(lspFindings(diags)));
  });

  it('gongwen.autoDetect: false leaves Markdown documents alone', async () => {
    const probe = server.open('file:///md-probe.gongwen', seed(SEED));
    await probe.diagnostics();
    const doc = server.open('file:///md-autodetect.md', asMarkdown(seed(SEED)), 'markdown');
    assert.ok((await doc.diagnostics()).length > 0);
    const since = server.mark();
    await server.reconfigure({ autoDetect: false }, probe);
    await emptyPublished(doc.uri, since);
    assert.deepEqual(await server.request('textDocument/codeAction', { textDocument: { uri: doc.uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }), []);
    await server.reconfigure({ autoDetect: true }, probe);
    assert.ok((await doc.diagnostics()).length > 0, 'back on: checked again');
  });

  it('the workspace check reads a closed .md as Markdown, as the CLI does', async () => {
    const file = path.join(dir, '丁局.md');
    writeFileSync(file, asMarkdown(seed(SEED)));
    const uri = pathToFileURL(file).href;
    const since = server.mark();
    const r = await server.request('gongwen/checkFiles', { files: [{ uri, path: file }] });
    assert.equal(r.checked, 1);
    const m = await server.waitFor((m: Message) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, { since });
    assert.deepEqual(lspFindings(m.params.diagnostics), cliFindings(file));
  });
});
