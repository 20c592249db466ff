// `.gongwenignore` files in parent folders apply to the folders below them, like .gitignore files,
// up to the root where the `.gongwen.json` search stops (a folder holding `.git`, the editor's
// workspace folder, or the file-system root): the same for `gongwen check DIR` from anywhere, a
// glob, `gongwen audit`, and the editor's listing of a workspace (collectFiles with a stop folder).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectFiles } from '../../server/src/node/collect-files';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const REPORT = '某局关于2025年度法治政府建设情况的报告\n';

let outer = '';
let repo = '';

/**
 *   outer/.gongwenignore        甲.txt          (above the repository: never applies inside it)
 *   outer/repo/.git/
 *   outer/repo/.gongwenignore   草稿/  *.bak.txt
 *   outer/repo/报告/甲.txt, 乙.bak.txt, 草稿/旧.txt, 区县/丙.txt, 区县/草稿/旧.txt
 *   outer/repo/报告/区县/.gongwenignore   !保留.bak.txt   (a deeper file re-includes)
 *   outer/repo/报告/区县/保留.bak.txt
 */
before(() => {
  outer = mkdtempSync(path.join(tmpdir(), 'gongwen-ignore-up-'));
  repo = path.join(outer, 'repo');
  for (const d of ['.git', '报告/草稿', '报告/区县/草稿']) mkdirSync(path.join(repo, d), { recursive: true });
  writeFileSync(path.join(outer, '.gongwenignore'), '甲.txt\n');
  writeFileSync(path.join(repo, '.gongwenignore'), '草稿/\n*.bak.txt\n');
  writeFileSync(path.join(repo, '报告/区县/.gongwenignore'), '!保留.bak.txt\n');
  for (const f of ['报告/甲.txt', '报告/乙.bak.txt', '报告/草稿/旧.txt', '报告/区县/丙.txt', '报告/区县/草稿/旧.txt', '报告/区县/保留.bak.txt']) {
    writeFileSync(path.join(repo, f), REPORT);
  }
});

const EXPECTED = ['区县/丙.txt', '区县/保留.bak.txt', '甲.txt'];
const rel = (base: string, files: string[]) => files.map((f) => path.relative(base, path.resolve(base, f)).split(path.sep).join('/')).sort();

function checked(cwd: string, args: string[]): string[] {
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  assert.ok(r.stdout, r.stderr);
  return JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
}

describe('.gongwenignore in parent folders', () => {
  test('gongwen check . inside a subfolder honours the ignore file of the repository root above it', () => {
    const dir = path.join(repo, '报告');
    assert.deepEqual(rel(dir, checked(dir, ['.'])), EXPECTED);
  });

  test('the same from another working folder, for a folder argument and for a glob', () => {
    const dir = path.join(repo, '报告');
    assert.deepEqual(rel(dir, checked(tmpdir(), [dir])), EXPECTED);
    assert.deepEqual(rel(dir, checked(outer, ['repo/报告/**/*.txt']).map((f) => path.join(outer, f))), EXPECTED);
  });

  test('gongwen audit selects the same files', () => {
    const dir = path.join(repo, '报告');
    const r = spawnSync(process.execPath, [cli, 'audit', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual(rel(dir, JSON.parse(r.stdout).rows.map((row: { path: string }) => row.path)), EXPECTED);
  });

  test('an ignore file above the repository root does not apply inside it', () => {
    // 甲.txt is listed by outer/.gongwenignore, but the search stops at repo/ (it holds .git).
    assert.ok(EXPECTED.includes('甲.txt'));
    const loose = path.join(outer, '散件');
    mkdirSync(loose, { recursive: true });
    writeFileSync(path.join(loose, '甲.txt'), REPORT);
    writeFileSync(path.join(loose, '乙.txt'), REPORT);
    // Outside any repository the search goes on up: outer's file applies to 散件/.
    assert.deepEqual(rel(loose, checked(loose, ['.'])), ['乙.txt']);
  });

  test('the editor\'s listing: a subfolder of the workspace gets the workspace folder\'s rules, and the search stops at the workspace folder', () => {
    const dir = path.join(repo, '报告');
    // Workspace folder = the repository, the Explorer's subfolder 报告/区县 is checked.
    assert.deepEqual(rel(path.join(dir, '区县'), collectFiles([path.join(dir, '区县')], 'zh', repo, repo).files), ['丙.txt', '保留.bak.txt']);
    // Workspace folder = outer/散件-like folder below a folder with rules: those rules stay outside.
    const ws = path.join(outer, '工作区');
    mkdirSync(ws, { recursive: true });
    writeFileSync(path.join(ws, '甲.txt'), REPORT);
    assert.deepEqual(rel(ws, collectFiles([ws], 'zh', ws, ws).files), ['甲.txt']);
    assert.deepEqual(rel(ws, collectFiles([ws], 'zh', ws).files), [], 'without a stop folder (the CLI outside a repository) outer\'s rules apply');
  });
});
