/**
 * The workspace requests over stdio (what 检查工作区全部报告 and 生成审核汇总表 drive): listing the
 * report files of a folder with the CLI's selection, publishing findings of files that are not
 * open, leaving open ones to their live diagnostics, going back to the disk's findings on close,
 * and the audit page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestServer, repoRoot } from './harness';

describe('language server: workspace check and audit', () => {
  let server: TestServer;
  let dir = '';
  const uri = (rel: string) => pathToFileURL(path.join(dir, rel)).href;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gongwen-ws-'));
    cpSync(path.join(repoRoot, 'test/fixtures/audit'), dir, { recursive: true });
    writeFileSync(path.join(dir, '各部门', '扫描件.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
    server = await TestServer.start();
  });
  after(async () => {
    await server?.stop();
  });

  it('lists a folder\'s report files as the CLI selects them', async () => {
    const r = await server.request('gongwen/listReportFiles', { folders: [dir] });
    const rel = r.files.map((f: string) => path.relative(dir, f).split(path.sep).join('/')).sort();
    assert.deepEqual(rel, [
      '区县/东城区2025年度法治政府建设情况报告.txt',
      '区县/保留.bak.txt',
      '各部门/市司法局2025年度法治政府建设情况报告.txt',
      '各部门/市教育局/报告.md',
      '各部门/市教育局/附件说明.txt',
      '各部门/市科技局.gongwen',
      '各部门/扫描件.txt',
    ].sort());
  });

  it('publishes the findings of closed files, none for a note, skips open ones, names unreadable ones', async () => {
    const open = server.open(uri('各部门/市科技局.gongwen'), '某局关于2025年度法治政府建设情况的报告\n');
    await open.diagnostics();
    const files = ['区县/东城区2025年度法治政府建设情况报告.txt', '各部门/市教育局/附件说明.txt', '各部门/市科技局.gongwen', '各部门/扫描件.txt'].map((rel) => ({
      uri: uri(rel),
      path: path.join(dir, rel),
    }));
    const since = server.mark();
    const r = await server.request('gongwen/checkFiles', { files });
    assert.deepEqual({ ...r, unreadable: r.unreadable.map((u: { message: string }) => /二进制文件/.test(u.message)) }, { checked: 1, skippedOpen: 1, notReports: 1, unreadable: [true] });
    const published = server.received.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics');
    const dc = published.find((m) => m.params.uri === files[0].uri);
    assert.deepEqual(dc?.params.diagnostics.map((d: { code: string; range: { start: { line: number } } }) => `${d.range.start.line}:${d.code}`), ['7:section-not-separate']);
    assert.deepEqual(published.find((m) => m.params.uri === files[1].uri)?.params.diagnostics, []);
    assert.ok(!published.some((m) => m.params.uri === files[2].uri), 'the open document keeps its live diagnostics');
  });

  it('after a checked file is opened and closed, its findings are read from disk again', async () => {
    const target = uri('区县/东城区2025年度法治政府建设情况报告.txt');
    const doc = server.open(target, '东城区人民政府关于2025年度法治政府建设情况的报告\n');
    const live = await doc.diagnostics();
    assert.ok(live.some((d) => d.code === 'section-missing'), 'the open text is what is checked');
    const since = server.mark();
    server.notify('textDocument/didClose', { textDocument: { uri: target } });
    const m = await server.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === target, { since });
    assert.deepEqual(m.params.diagnostics.map((d: { code: string }) => d.code), ['section-not-separate']);
  });

  it('gongwen/audit gives the page of a subfolder, under the workspace\'s .gongwenignore, paths relative to the workspace', async () => {
    const r = await server.request('gongwen/audit', { paths: [path.join(dir, '区县')], cwd: dir });
    assert.deepEqual([r.files, r.reports], [2, 2], 'the root .gongwenignore excludes 旧.bak.txt, 区县/.gongwenignore keeps 保留.bak.txt');
    assert.match(r.html, /<td data-sort="区县\/东城区2025年度法治政府建设情况报告\.txt">/);
  });
});
