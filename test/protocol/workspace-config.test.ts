/**
 * The workspace check reads each closed file with its `.gongwen.json`, as `gongwen check FILE` does:
 * a folder whose configuration turns a rule off gets no findings of that rule from the disk read,
 * and the same findings as the CLI. Listing a subfolder (the Explorer's context menu) honours the
 * `.gongwenignore` files from the workspace folder down, and none above it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestServer, repoRoot, type Message } from './harness';

const DRAFT = '某局关于2025年度法治政府建设情况的报告\n一、2025年度推进法治政府建设的主要举措和成效\n（一）加强组织领导\n（三）推进依法行政\n';

describe('language server: the workspace check applies .gongwen.json', () => {
  let server: TestServer;
  let dir = '';
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gongwen-ws-config-'));
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, '宽松'));
    writeFileSync(path.join(dir, '宽松', '.gongwen.json'), '{ "rules": { "heading-sequence": "off" } }\n');
    writeFileSync(path.join(dir, '宽松', '报告.txt'), DRAFT);
    writeFileSync(path.join(dir, '报告.txt'), DRAFT);
    server = await TestServer.start();
  });
  after(async () => {
    await server?.stop();
  });

  const cli = (file: string) =>
    JSON.parse(spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' }).stdout).files[0].diagnostics.map(
      (d: { line: number; rule: string }) => `${d.line - 1}:${d.rule}`,
    );

  it('a folder with its own .gongwen.json gets what the CLI gives there', async () => {
    const files = ['报告.txt', '宽松/报告.txt'].map((rel) => ({ uri: pathToFileURL(path.join(dir, rel)).href, path: path.join(dir, rel) }));
    const since = server.mark();
    const r = await server.request('gongwen/checkFiles', { files });
    assert.equal(r.checked, 2);
    const published = (uri: string) =>
      server.waitFor((m: Message) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, { since }).then((m) => m.params.diagnostics.map((d: { range: { start: { line: number } }; code: string }) => `${d.range.start.line}:${d.code}`));
    const strict = await published(files[0].uri);
    const loose = await published(files[1].uri);
    assert.ok(strict.some((x: string) => x.endsWith(':heading-sequence')), strict.join(', '));
    assert.ok(!loose.some((x: string) => x.endsWith(':heading-sequence')), loose.join(', '));
    assert.deepEqual(strict, cli(files[0].path));
    assert.deepEqual(loose, cli(files[1].path));
  });

  it('listing a subfolder honours the workspace folder\'s .gongwenignore, not one above the workspace folder', async () => {
    const ws = path.join(dir, '工作区');
    mkdirSync(path.join(ws, '各部门', '草稿'), { recursive: true });
    writeFileSync(path.join(dir, '.gongwenignore'), '甲.txt\n'); // above the workspace folder: not read
    writeFileSync(path.join(ws, '.gongwenignore'), '草稿/\n');
    for (const f of ['各部门/甲.txt', '各部门/乙.txt', '各部门/草稿/旧稿.txt']) writeFileSync(path.join(ws, f), DRAFT);
    const r = await server.request('gongwen/listReportFiles', { folders: [path.join(ws, '各部门')], root: ws });
    assert.deepEqual(r.files.map((f: string) => path.relative(ws, f).split(path.sep).join('/')).sort(), ['各部门/乙.txt', '各部门/甲.txt']);
  });
});
