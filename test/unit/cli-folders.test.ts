// `gongwen check` / `outline` over folders and globs: a mixed tree (reports, a binary, an unreadable
// file, an ignored folder, hidden and node_modules folders, nested folders, Chinese names) checked
// through the built CLI. Every file of the tree is either checked or named on stderr.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectFiles } from '../../server/src/node/collect-files';
import { OTHER_UID, otherUserSkip } from '../lib/other-user';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const fixtures = path.join(root, 'test', 'fixtures', 'audit');
let tree = '';

function gongwen(args: string[], opts: { uid?: number } = {}) {
  const r = spawnSync('node', [cli, ...args], { cwd: tree, encoding: 'utf8', uid: opts.uid, maxBuffer: 1 << 26, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * Root runs the CLI as `nobody` so the mode-000 file really is unreadable; others just chmod. When
 * `nobody` cannot read the checkout (a clone under /root), the unreadable-file checks are skipped.
 */
const asRoot = process.getuid?.() === 0;
const unreadableSkip = ((): string | false => {
  if (process.platform === 'win32') return 'file modes do not make a file unreadable on Windows';
  return asRoot ? otherUserSkip(cli) : false;
})();
const runAs = asRoot && !unreadableSkip ? { uid: OTHER_UID } : {};

before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `node esbuild.mjs` first (npm test does)');
  tree = mkdtempSync(path.join(tmpdir(), 'gongwen-folders-'));
  cpSync(fixtures, tree, { recursive: true });
  // The parts git cannot carry: a binary with a report extension, an unreadable file, a hidden
  // folder and node_modules holding reports that must not be checked.
  writeFileSync(path.join(tree, '各部门', '扫描件.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 6, 0]));
  writeFileSync(path.join(tree, '各部门', '锁定.txt'), '某局关于2025年度法治政府建设情况的报告\n');
  for (const hidden of ['.git', 'node_modules']) {
    mkdirSync(path.join(tree, hidden), { recursive: true });
    cpSync(path.join(fixtures, '各部门', '市司法局2025年度法治政府建设情况报告.txt'), path.join(tree, hidden, 'copy.txt'));
  }
  if (!unreadableSkip) chmodSync(path.join(tree, '各部门', '锁定.txt'), 0o000);
  if (asRoot) for (const d of allDirs(tree)) chmodSync(d, 0o755);
});

function allDirs(dir: string): string[] {
  return [dir, ...readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => allDirs(path.join(dir, e.name)))];
}

function allFiles(dir: string, rel = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(path.join(dir, e.name), `${rel}${e.name}/`) : [`${rel}${e.name}`],
  );
}

const REPORTS = [
  '各部门/市司法局2025年度法治政府建设情况报告.txt',
  '各部门/市教育局/报告.md',
  '各部门/市教育局/附件说明.txt',
  '各部门/市科技局.gongwen',
  '区县/东城区2025年度法治政府建设情况报告.txt',
  '区县/保留.bak.txt',
];

describe('collecting files', () => {
  test('a folder gives its report files (nested, Chinese names) in code-point order, skipping ignored, hidden and node_modules', () => {
    const c = collectFiles(['.'], 'zh', tree);
    const expected = [...REPORTS, '各部门/扫描件.txt', '各部门/锁定.txt'].sort((a, b) => (a < b ? -1 : 1));
    assert.deepEqual(c.files.map((f) => f.split(path.sep).join('/')), expected);
    assert.equal(c.ignored, 2, 'the 草稿 folder and 旧.bak.txt');
    assert.equal(c.otherType, 2, 'the .png and the .json');
    assert.deepEqual(c.problems, []);
  });

  test('a glob is expanded by the CLI itself, with the same skips', () => {
    const c = collectFiles(['**/*法治政府建设*.txt'], 'zh', tree);
    assert.deepEqual(c.files.map((f) => f.split(path.sep).join('/')), ['区县/东城区2025年度法治政府建设情况报告.txt', '各部门/市司法局2025年度法治政府建设情况报告.txt']);
  });

  test('a glob or folder that gives nothing is reported, not dropped', () => {
    const c = collectFiles(['无此目录/*.txt', '各部门/草稿'], 'zh', tree);
    assert.deepEqual(c.files, []);
    assert.equal(c.problems.length, 2);
    assert.match(c.problems[0], /无此目录\/\*\.txt: 没有匹配的报告文件/);
  });

  test('a file named explicitly is kept as given, even when an ignore rule matches it; a folder does not add it again', () => {
    const c = collectFiles(['各部门/市科技局.gongwen', '各部门/草稿/旧稿.txt', '各部门'], 'zh', tree);
    assert.deepEqual(c.files.slice(0, 2), ['各部门/市科技局.gongwen', '各部门/草稿/旧稿.txt']);
    assert.equal(c.files.filter((f) => f.endsWith('市科技局.gongwen')).length, 1);
  });

  test('a negated rule in a deeper .gongwenignore re-includes a file', () => {
    const c = collectFiles(['区县'], 'zh', tree);
    assert.ok(c.files.some((f) => f.endsWith('保留.bak.txt')), c.files.join(', '));
  });
});

describe('gongwen check over a mixed folder', () => {
  test('checks every report, names the binary (and the unreadable file), exits 1', () => {
    const r = gongwen(['check', '--format', 'json', '.'], runAs);
    assert.equal(r.code, 1, r.err);
    const paths = JSON.parse(r.out).files.map((f: { path: string }) => f.path.split(path.sep).join('/'));
    const expected = unreadableSkip ? [...REPORTS, '各部门/锁定.txt'] : REPORTS;
    assert.deepEqual(paths, [...expected].sort((a, b) => (a < b ? -1 : 1)));
    assert.match(r.err, /扫描件\.txt: 是二进制文件/);
    if (!unreadableSkip) assert.match(r.err, /锁定\.txt: 没有读取权限/);
    assert.match(r.err, /找到 8 个报告文件（另有 2 个文件或目录被 \.gongwenignore 排除，2 个不是报告文件类型）/);
    // Nothing silent: outside hidden folders and node_modules (skipped by design), every file on
    // disk is checked, named on stderr, or counted in the summary line (the excluded 草稿 folder holds one).
    const named = (r.err.match(/: (是二进制文件|没有读取权限)/g) ?? []).length;
    const onDisk = allFiles(tree).filter((f) => !/(^|\/)(\.|node_modules\/)/.test(f)).length;
    assert.equal(paths.length + named + 2 + 1 + 1, onDisk);
    assert.doesNotMatch(r.err + r.out, /copy\.txt/);
  });

  test('an unreadable file is named on stderr and the others are still checked', (t) => {
    if (unreadableSkip) return t.skip(unreadableSkip);
    const r = gongwen(['check', '各部门/锁定.txt', '区县'], runAs);
    assert.match(r.err, /锁定\.txt: 没有读取权限/);
    assert.match(r.out, /检查了 2 个文件/);
    assert.equal(r.code, 1);
  });

  test('exit 2 only when nothing could be checked', () => {
    const r = gongwen(['check', '各部门/扫描件.txt', '无此目录/*.txt']);
    assert.equal(r.code, 2);
    assert.match(r.err, /是二进制文件/);
    assert.match(r.err, /没有匹配的报告文件/);
    const r2 = gongwen(['check', '各部门/扫描件.txt', '区县/*.txt']);
    assert.equal(r2.code, 1, r2.err);
  });

  test('a glob of clean reports exits 0 and says how many files it checked', () => {
    const r = gongwen(['check', '各部门/市教育局/*.md']);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /检查了 1 个文件/);
  });

  test('--jobs gives the same output over a folder', () => {
    const one = gongwen(['check', '--format', 'json', '区县', '各部门/市科技局.gongwen']);
    const two = gongwen(['check', '--format', 'json', '--jobs', '2', '区县', '各部门/市科技局.gongwen']);
    assert.equal(two.out, one.out);
    assert.equal(two.code, one.code);
  });

  test('outline takes a folder', () => {
    const r = gongwen(['outline', '区县']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /东城区2025年度法治政府建设情况报告\.txt（2025年度）/);
  });
});
