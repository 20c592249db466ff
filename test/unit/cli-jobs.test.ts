/**
 * `gongwen check --jobs N` checks in worker threads and must say exactly what one thread says:
 * the same stdout, stderr and exit code, files in input order.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const seedDir = [path.join(root, 'test/fixtures/seeds'), '/work/shared/corpus/seeds'].find((d) => existsSync(d));
const sample = path.join(root, 'test', 'sample', '2025年度法治政府建设情况报告（草稿）.txt');
let dir = '';
let files: string[] = [];

function gongwen(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `node esbuild.mjs` first (npm test does)');
  dir = mkdtempSync(path.join(tmpdir(), 'gongwen-jobs-'));
  const seeds = seedDir ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedDir, f)) : [];
  const copies = [sample, ...seeds].map((from, i) => {
    const to = path.join(dir, `${i}.txt`);
    copyFileSync(from, to);
    return to;
  });
  writeFileSync(path.join(dir, 'empty.txt'), '');
  // More files than workers, a file twice, an unreadable one and an empty one, in an odd order.
  files = [...copies.slice().reverse(), path.join(dir, 'empty.txt'), copies[0], path.join(dir, 'missing.txt'), ...copies];
});

for (const format of ['json', 'text', 'sarif']) {
  test(`--jobs 2 gives the same ${format} output, messages and exit code as --jobs 1`, () => {
    const one = gongwen(['check', '--format', format, '--jobs', '1', ...files]);
    const two = gongwen(['check', '--format', format, '--jobs', '2', ...files]);
    // The missing file is reported; the others are checked and decide the exit code.
    assert.equal(one.code, 1, one.err);
    assert.match(one.err, /missing\.txt/);
    assert.deepEqual(two, one);
  });
}

test('-j 0 (one thread per CPU) and the default agree too', () => {
  const one = gongwen(['check', '--format', 'json', ...files.slice(0, 4)]);
  const all = gongwen(['check', '--format', 'json', '-j', '0', ...files.slice(0, 4)]);
  assert.deepEqual(all, one);
  assert.equal(JSON.parse(all.out).files.length, 4);
});

test('--fix with --jobs 2 fixes the files as --jobs 1 does', () => {
  const copyAll = (name: string) => {
    mkdirSync(path.join(dir, name));
    return files.filter((f) => existsSync(f) && !f.endsWith('empty.txt')).slice(0, 6).map((f, i) => {
      const to = path.join(dir, name, `${i}.txt`);
      copyFileSync(f, to);
      return to;
    });
  };
  const a = copyAll('fix1');
  const b = copyAll('fix2');
  const one = gongwen(['check', '--fix', '--jobs', '1', ...a]);
  const two = gongwen(['check', '--fix', '--jobs', '2', ...b]);
  assert.equal(two.code, one.code);
  assert.equal(two.out.split(path.join(dir, 'fix2')).join('D'), one.out.split(path.join(dir, 'fix1')).join('D'));
  assert.equal(two.err.split(path.join(dir, 'fix2')).join('D'), one.err.split(path.join(dir, 'fix1')).join('D'));
  assert.match(one.err, /已修复/);
  a.forEach((f, i) => assert.equal(readFileSync(b[i], 'utf8'), readFileSync(f, 'utf8')));
});

test('--jobs takes a whole number', () => {
  for (const bad of ['x', '-1', '1.5']) {
    const r = gongwen(['check', '--jobs', bad, sample]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--jobs/);
  }
});
