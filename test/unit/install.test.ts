/**
 * The package as users get it: `npm pack` from a clean clone (prepack builds the bundles), installed
 * globally into a temporary prefix, gives a working `gongwen` outside the repository and installs no
 * dependencies; `vsce package` from the same clean clone builds its bundles itself (vscode:prepublish).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const notAClone = existsSync(path.join(root, '.git')) ? false : `${root} is not a git checkout: there is no clean clone to make`;
let work = '';
let clone = '';

function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000, ...opts });
  return { code: r.status, out: String(r.stdout ?? ''), err: String(r.stderr ?? '') };
}

before(() => {
  if (notAClone) return;
  work = mkdtempSync(path.join(tmpdir(), 'gongwen-install-'));
  clone = path.join(work, 'clone');
  const r = run('git', ['clone', '-q', '--no-hardlinks', root, clone]);
  assert.equal(r.code, 0, r.err);
  // The clone gets the checkout's installed tools (esbuild, vsce), not a second npm install.
  symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('npm pack + npm install -g of the tarball gives a working gongwen and no dependencies', { skip: notAClone }, () => {
  const packed = run('npm', ['pack', '--pack-destination', work, '--json'], { cwd: clone });
  assert.equal(packed.code, 0, packed.err);
  const [{ filename, files }] = JSON.parse(packed.out) as { filename: string; files: { path: string }[] }[];
  const paths = files.map((f) => f.path);
  assert.ok(paths.includes('dist/cli.js'), `the tarball holds the CLI bundle: ${paths.join(', ')}`);
  assert.ok(!paths.some((p) => p.startsWith('server/src/') || p.startsWith('test/')), 'no sources or tests in the package');

  const prefix = path.join(work, 'prefix');
  const installed = run('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', path.join(work, filename)]);
  assert.equal(installed.code, 0, installed.err);
  const pkgDir = path.join(prefix, 'lib', 'node_modules', 'gongwen-report');
  assert.ok(!existsSync(path.join(pkgDir, 'node_modules')), 'installing pulls no dependencies: the bundles contain them');

  const bin = path.join(prefix, 'bin', 'gongwen');
  const outside = mkdtempSync(path.join(work, 'elsewhere-'));
  const version = run(bin, ['--version'], { cwd: outside });
  assert.equal(version.code, 0, version.err);
  assert.match(version.out, /^\d+\.\d+\.\d+/);

  const draft = path.join(outside, '草稿.txt');
  writeFileSync(draft, '某局2025年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导\n（三）推进依法行政\n');
  const checked = run(bin, ['check', '--format', 'json', draft], { cwd: outside });
  assert.equal(checked.code, 1, checked.err);
  const rules = (JSON.parse(checked.out).files[0].diagnostics as { rule?: string; code?: string }[]).map((d) => d.rule ?? d.code);
  assert.ok(rules.includes('heading-sequence'), `the installed command checks: ${rules.join(', ')}`);

  // GB18030 tables are a bundle of their own (dist/legacy-codec.js), loaded only for such files.
  assert.ok(paths.includes('dist/legacy-codec.js'), 'the tarball holds the GB18030 bundle');
  const gbk = path.join(outside, 'gbk.txt');
  // 一、主要举措和成效 / （一）加强组织领导 / （三）推进依法行政, in GBK
  writeFileSync(gbk, Buffer.from('d2bba1a2d6f7d2aabed9b4ebbacdb3c9d0a70aa3a8d2bba3a9bcd3c7bfd7e9d6afc1ecb5bc0aa3a8c8fda3a9cdc6bdf8d2c0b7a8d0d0d5fe0a', 'hex'));
  const gb = run(bin, ['check', '--format', 'json', gbk], { cwd: outside });
  assert.equal(gb.code, 1, gb.err);
  assert.equal(JSON.parse(gb.out).files[0].headings[0].text, '主要举措和成效', 'GB18030 decoded by the installed command');
});

test('vsce package from a clean clone builds the production bundles itself (vscode:prepublish)', { skip: notAClone }, () => {
  rmSync(path.join(clone, 'dist'), { recursive: true, force: true });
  const vsix = path.join(work, 'clean.vsix');
  // The same flags as `npm run package` (see test/lib/package-vsix.mjs for why each is there).
  const r = run('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository',
    '--no-rewrite-relative-links', '-o', vsix], { cwd: clone, input: '' });
  assert.equal(r.code, 0, `${r.out}\n${r.err}`);
  assert.ok(existsSync(vsix));
  assert.ok(existsSync(path.join(clone, 'dist', 'client.js')) && existsSync(path.join(clone, 'dist', 'server.js')), 'prepublish built the bundles');
});

test('the GB18030 bundle goes into the .vsix too (the workspace check reads GBK files with it)', () => {
  const ignore = readFileSync(path.join(root, '.vscodeignore'), 'utf8');
  assert.match(ignore, /^!dist\/legacy-codec\.js$/m);
  assert.match(readFileSync(path.join(root, '.npmignore'), 'utf8'), /^!dist\/legacy-codec\.js$/m);
});
