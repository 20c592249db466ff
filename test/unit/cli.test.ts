import { describe, test, before } from 'node:test';
import { OTHER_UID, otherUserSkip } from '../lib/other-user';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const sample = path.join(root, 'test', 'sample', '2025年度法治政府建设情况报告（草稿）.txt');
let dir = '';

function gongwen(args: string[], opts: { input?: string | Buffer; uid?: number } = {}) {
  const r = spawnSync('node', [cli, ...args], { input: opts.input, encoding: 'utf8', uid: opts.uid, maxBuffer: 1 << 28, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CLEAN = [
  '某市科学技术局关于2025年度法治政府建设情况的报告',
  '现将2025年度法治政府建设情况报告如下：',
  '一、2025年度推进法治政府建设的主要举措和成效',
  '（一）加强组织领导',
  '二、2025年度推进法治政府建设存在的不足和原因',
  '三、2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  '四、2026年度推进法治政府建设的主要安排',
  '某市科学技术局',
  '2026年1月8日',
  '',
].join('\n');

before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `node esbuild.mjs` first (npm test does)');
  dir = mkdtempSync(path.join(tmpdir(), 'gongwen-cli-'));
});

describe('gongwen check', () => {
  test('prints compiler-style lines and exits 1 on warnings', () => {
    const r = gongwen(['check', sample]);
    assert.equal(r.code, 1);
    assert.match(r.out, /草稿）\.txt:17:1 {2}错误 {2}heading-sequence {2}序号不连续：（四）前应为（三）/);
    assert.match(r.out, /共 \d+ 个问题/);
  });

  test('exits 0 on a clean draft', () => {
    const f = path.join(dir, 'clean.txt');
    writeFileSync(f, CLEAN);
    const r = gongwen(['check', f]);
    assert.equal(r.out.split('\n')[0], '共 0 个问题（错误 0，警告 0，提示 0，建议 0），检查了 1 个文件');
    assert.equal(r.code, 0);
  });

  test('--format json has the documented shape', () => {
    const r = gongwen(['check', '--format', 'json', sample]);
    const json = JSON.parse(r.out);
    const file = json.files[0];
    assert.equal(file.reportYear, 2025);
    assert.deepEqual(file.title, { line: 1, text: '某市科学技术局关于2025年度法治政府建设情况的报告' });
    assert.deepEqual(file.headings[0], { line: 7, level: 1, ordinal: 1, label: '一、', text: '2025年度推进法治政府建设的主要举措和成效', numbered: true });
    assert.deepEqual(file.sections.find((s: { id: string }) => s.id === 'leader-duty'), { id: 'leader-duty', status: 'missing', line: null });
    const d = file.diagnostics.find((x: { rule: string }) => x.rule === 'heading-sequence');
    assert.deepEqual(Object.keys(d).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity']);
    assert.equal(d.line, 17);
  });

  test('--format sarif is SARIF 2.1.0 with rule metadata', () => {
    const sarif = JSON.parse(gongwen(['check', '--format', 'sarif', sample]).out);
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'heading-style'));
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine >= 1, true);
  });

  test('--rule limits checking to the named rules', () => {
    const json = JSON.parse(gongwen(['check', '--format', 'json', '--rule', 'date-format', sample]).out);
    assert.deepEqual([...new Set(json.files[0].diagnostics.map((d: { rule: string }) => d.rule))], ['date-format']);
  });

  test('--locale en speaks English', () => {
    assert.match(gongwen(['check', '--locale', 'en', sample]).out, /warning {2}date-format {2}Date format: 2025年12月8日 expected/);
  });

  test('reads stdin with -', () => {
    const r = gongwen(['check', '-'], { input: readFileSync(sample) });
    assert.match(r.out, /^-:17:1/m);
  });

  test('--fix applies safe fixes only, keeps CRLF, GB18030 and the BOM', () => {
    const crlf = readFileSync(sample, 'utf8').replace(/\n/g, '\r\n');
    const f = path.join(dir, 'gbk.txt');
    writeFileSync(f, iconv.encode(crlf, 'gb18030'));
    const r = gongwen(['check', '--fix', f]);
    const after = iconv.decode(readFileSync(f), 'gb18030');
    assert.ok(after.includes('（三）深化普法宣传教育\r\n'), 'ordinal fixed');
    assert.ok(after.includes('二、2025年度推进法治政府建设存在的不足和原因\r\n'), 'numeral form fixed');
    assert.ok(after.includes('2025年12月8日'), 'date fixed');
    assert.ok(!/[^\r]\n/.test(after), 'CRLF kept');
    assert.ok(after.includes('2025年度推进法治政府建设的主要安排'), 'suggested fixes (year) not applied');
    assert.doesNotMatch(r.out, /heading-sequence/);
    const bom = path.join(dir, 'bom.txt');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(sample)]));
    gongwen(['check', '--fix', bom]);
    assert.deepEqual([...readFileSync(bom).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });
});

describe('gongwen check on bad input', () => {
  test('missing file: message and exit 2', () => {
    const r = gongwen(['check', path.join(dir, 'nope.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /nope\.txt: 找不到文件/);
    assert.doesNotMatch(r.err, /at .*\.js:\d+/);
  });

  test('folder without reports: message and exit 2', () => {
    const sub = path.join(dir, 'folder');
    mkdirSync(sub, { recursive: true });
    const r = gongwen(['check', sub]);
    assert.equal(r.code, 2);
    assert.match(r.err, /目录中没有报告文件/);
  });

  test('binary file: message and exit 2', () => {
    const f = path.join(dir, 'x.bin');
    writeFileSync(f, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
    const r = gongwen(['check', f]);
    assert.equal(r.code, 2);
    assert.match(r.err, /二进制文件/);
  });

  test('no read permission: message and exit 2', (t) => {
    const skip = otherUserSkip(cli);
    if (skip) return t.skip(skip);
    const f = path.join(dir, 'secret.txt');
    writeFileSync(f, CLEAN);
    chmodSync(f, 0o000);
    chmodSync(dir, 0o755);
    const r = gongwen(['check', f], { uid: OTHER_UID });
    assert.equal(r.code, 2);
    assert.match(r.err, /没有读取权限/);
  });

  test('empty file: says so with one empty-draft finding instead of the missing sections', () => {
    const f = path.join(dir, 'empty.txt');
    writeFileSync(f, '');
    const r = gongwen(['check', f]);
    assert.match(r.err, /文件为空/);
    assert.match(r.out, /empty-draft/);
    assert.doesNotMatch(r.out, /section-missing/);
    assert.equal(r.code, 1, 'an empty file does not pass');
    assert.equal(r.out.split('\n').filter((l) => /:\d+:\d+ /.test(l)).length, 1, r.out);
  });

  test('UTF-16 with BOM is decoded', () => {
    const f = path.join(dir, 'u16.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN, 'utf16le')]));
    assert.equal(gongwen(['check', f]).code, 0);
  });

  test('usage errors exit 2 with usage text', () => {
    for (const args of [[], ['check'], ['check', '--format', 'xml', sample], ['check', '--rule', 'no-such-rule', sample], ['frobnicate', sample], ['check', '--bogus', sample]]) {
      const r = gongwen(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /用法/);
    }
  });

  test('a 50 MB single line and a million short lines finish with a result', () => {
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, '法治政府建设'.repeat(50 * 1024 * 1024 / 18));
    const r1 = gongwen(['check', '--format', 'json', big]);
    assert.equal(r1.code, 1);
    assert.equal(JSON.parse(r1.out).files[0].headings.length, 0);
    const many = path.join(dir, 'many.txt');
    writeFileSync(many, '（一）短行\n'.repeat(1_000_000));
    const r2 = gongwen(['check', '--rule', 'heading-sequence', many]);
    assert.equal(r2.code, 1, r2.err);
  });
});
