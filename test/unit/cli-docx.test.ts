/**
 * `gongwen check` and `outline` on Word files: findings point at paragraphs (`第N段`, JSON
 * `paragraph`), --fix leaves a .docx alone and says so in one line, and .doc, .wps, encrypted and
 * damaged files each get one clear line and exit code 2, never a stack trace.
 */
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { para, rawDocx } from '../lib/docx-build';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
let dir = '';

function gongwen(args: string[]) {
  const r = spawnSync('node', [cli, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NUMBERING = '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
// The title is broken over two lines (Shift+Enter): paragraphs and lines differ from there on.
const BODY = [
  '<w:p><w:r><w:t>某市科学技术局</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>关于2025年度法治政府建设情况的报告</w:t></w:r></w:p>',
  para('2025年度推进法治政府建设的主要举措和成效', { numId: 1 }),
  para('2025年度推进法治政府建设存在的不足和原因', { numId: 1 }),
  para('2026年度推进法治政府建设的主要安排', { numId: 1 }),
  para('2026年度推进法治政府建设的主要安排', { numId: 1 }),
].join('');

before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `node esbuild.mjs` first (npm test does)');
  dir = mkdtempSync(path.join(tmpdir(), 'gongwen-docx-'));
  writeFileSync(path.join(dir, 'r.docx'), rawDocx({ body: BODY, numbering: NUMBERING }));
});

describe('gongwen check FILE.docx', () => {
  test('text output names paragraphs (第N段), counted as Word counts them', () => {
    const r = gongwen(['check', path.join(dir, 'r.docx')]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /r\.docx:第\d+段 {2}/);
    assert.doesNotMatch(r.out, /r\.docx:\d+:\d+/);
    // Line 5 of the text (the third 一、 heading) is paragraph 4: the title took two lines.
    const json = JSON.parse(gongwen(['check', '--format', 'json', path.join(dir, 'r.docx')]).out);
    const f = json.files[0];
    assert.deepEqual(f.headings.map((h: { line: number; label: string }) => [h.line, h.label]), [[3, '一、'], [4, '二、'], [5, '三、'], [6, '四、']]);
    assert.ok(f.diagnostics.length > 0);
    for (const d of f.diagnostics) assert.equal(d.paragraph, d.line === 1 || d.line === 2 ? 1 : d.line - 1, JSON.stringify(d));
  });

  test('English output says "paragraph N"', () => {
    assert.match(gongwen(['check', '--locale', 'en', path.join(dir, 'r.docx')]).out, /r\.docx:paragraph \d+ {2}/);
  });

  test('--fix does not rewrite a .docx and says so in one line', () => {
    const file = path.join(dir, 'r.docx');
    const before = readFileSync(file);
    const r = gongwen(['check', '--fix', file]);
    assert.deepEqual(readFileSync(file), before);
    const lines = r.err.split('\n').filter((l) => l.includes('--fix'));
    assert.equal(lines.length, 1);
    assert.match(lines[0], /--fix 不修改 \.docx/);
  });

  test('outline reads the numbering Word draws', () => {
    const r = gongwen(['outline', path.join(dir, 'r.docx')]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /一、2025年度推进法治政府建设的主要举措和成效/);
  });

  test('.doc and .wps: one line asking to save as .docx; exit 2', () => {
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    for (const name of ['old.doc', 'old.wps']) {
      writeFileSync(path.join(dir, name), cfb);
      const r = gongwen(['check', path.join(dir, name)]);
      assert.equal(r.code, 2);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, /另存为 \.docx/);
    }
    // An HTML page saved as .doc (common from web systems) is not read as text either.
    writeFileSync(path.join(dir, 'web.doc'), '<html><body>一、总体情况</body></html>');
    assert.match(gongwen(['check', path.join(dir, 'web.doc')]).err, /另存为 \.docx/);
  });

  test('password-protected and damaged .docx: one clear line each; exit 2', () => {
    const enc = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(enc);
    Buffer.from('EncryptionInfo', 'utf16le').copy(enc, 700);
    writeFileSync(path.join(dir, 'locked.docx'), enc);
    const locked = gongwen(['check', path.join(dir, 'locked.docx')]);
    assert.equal(locked.code, 2);
    assert.match(locked.err, /密码/);
    writeFileSync(path.join(dir, 'cut.docx'), readFileSync(path.join(dir, 'r.docx')).subarray(0, 200));
    const cut = gongwen(['check', path.join(dir, 'cut.docx')]);
    assert.equal(cut.code, 2);
    assert.match(cut.err, /已损坏/);
    for (const r of [locked, cut]) {
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.doesNotMatch(r.err, /at .*\.js:\d+/);
    }
  });
});

describe('gongwen export DRAFT [-o OUT.docx]', () => {
  test('writes the .docx beside the draft and notes the errors left, exit 0 (export refuses nothing)', () => {
    const draft = path.join(dir, '草稿.txt');
    writeFileSync(draft, '某市科学技术局关于2025年度法治政府建设情况的报告\n一、主要举措\n三、存在的不足\n');
    const r = gongwen(['export', draft]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /已导出 .*草稿\.docx（GB\/T 9704-2012 版式）；草稿尚有 \d+ 个错误/);
    const back = gongwen(['outline', path.join(dir, '草稿.docx')]);
    assert.match(back.out, /一、主要举措/);
  });

  test('-o names the output; a .docx draft is never overwritten by default', () => {
    const out = path.join(dir, 'out.docx');
    assert.equal(gongwen(['export', '-o', out, path.join(dir, 'r.docx')]).code, 0);
    assert.ok(readFileSync(out).length > 1000);
    const before = readFileSync(path.join(dir, 'r.docx'));
    const r = gongwen(['export', path.join(dir, 'r.docx')]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readFileSync(path.join(dir, 'r.docx')), before);
    assert.ok(existsSync(path.join(dir, 'r（GB-T 9704）.docx')));
  });

  test('an unreadable draft or output: one line, exit 2', () => {
    assert.equal(gongwen(['export', path.join(dir, 'missing.txt')]).code, 2);
    const r = gongwen(['export', '-o', path.join(dir, 'no', 'such', 'dir.docx'), path.join(dir, '草稿.txt')]);
    assert.equal(r.code, 2);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  });

  test('the CLI bundle does not carry the Word libraries: dist/word.js does, loaded on first use', () => {
    const bundle = readFileSync(cli, 'utf8');
    assert.match(bundle, /require\("\.\/word\.js"\)/);
    for (const lib of ['SaxesParser', 'unzipSync', 'evenAndOddHeaders']) assert.ok(!bundle.includes(lib), `${lib} in dist/cli.js`);
    assert.ok(readFileSync(path.join(root, 'dist', 'word.js'), 'utf8').includes('evenAndOddHeaders'));
  });
});
