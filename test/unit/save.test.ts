/**
 * save.ts and splice.ts in process: a save made between reading and writing is never overwritten
 * (size, modification time or content), and the bytes written differ from the bytes read only
 * where the text changed.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInput } from '../../server/src/node/read-input';
import { saveAtomically } from '../../server/src/node/save';
import { spliceFixed } from '../../server/src/node/splice';
import { decode } from '../../server/src/node/encoding';

let dir = '';
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gongwen-save-'));
});

function readForFix(f: string) {
  const input = readInput(f, 'zh', true);
  assert.ok(input.stat);
  return input;
}

test('a save between read and write (other size) is not overwritten', () => {
  const f = path.join(dir, 'a.txt');
  writeFileSync(f, '一、原文\n');
  const input = readForFix(f);
  writeFileSync(f, '一、作者刚保存的内容\n');
  const r = saveAtomically(f, input.bytes, input.stat!, Buffer.from('一、修复\n'));
  assert.deepEqual(r, { saved: false, reason: 'changed', detail: '' });
  assert.equal(readFileSync(f, 'utf8'), '一、作者刚保存的内容\n');
});

test('a save with the same size and the old modification time is caught by its content', () => {
  const f = path.join(dir, 'b.txt');
  writeFileSync(f, '一、原文甲\n');
  const input = readForFix(f);
  const { atime, mtime } = statSync(f);
  writeFileSync(f, '一、原文乙\n');
  utimesSync(f, atime, mtime);
  const r = saveAtomically(f, input.bytes, input.stat!, Buffer.from('一、修复\n'));
  assert.equal(r.saved, false);
  assert.equal(readFileSync(f, 'utf8'), '一、原文乙\n');
});

test('an editor that replaces the file (new inode) is caught too', () => {
  const f = path.join(dir, 'c.txt');
  writeFileSync(f, '一、原文\n');
  const input = readForFix(f);
  writeFileSync(`${f}.new`, '一、原文\n');
  require('node:fs').renameSync(`${f}.new`, f);
  assert.equal(saveAtomically(f, input.bytes, input.stat!, Buffer.from('一、修复\n')).saved, false);
});

test('an unchanged file is replaced and no temporary file is left behind', () => {
  const f = path.join(dir, 'd.txt');
  writeFileSync(f, '一、原文\n');
  const input = readForFix(f);
  assert.deepEqual(saveAtomically(f, input.bytes, input.stat!, Buffer.from('一、修复\n')), { saved: true });
  assert.equal(readFileSync(f, 'utf8'), '一、修复\n');
  assert.deepEqual(readdirSync(dir).filter((e) => e.includes('gongwen-tmp')), []);
});

test('splice: a fix that would rewrite an invalid byte is refused with its line', () => {
  const bytes = Buffer.concat([Buffer.from('标题\n（一）'), Buffer.from([0x93]), Buffer.from('\n')]);
  const d = decode(bytes);
  assert.equal(d.encoding, 'utf8');
  assert.equal(d.text, '标题\n（一）\ufffd\n');
  assert.deepEqual(spliceFixed(d, '标题\n（一）X\n'), { lossyLine: 2 });
});

/** A line of plain UTF-8 Chinese, so that a few invalid bytes next to it still read as UTF-8. */
const PAD = Buffer.from('现将我局2025年度法治政府建设情况报告如下：\n');

test('splice: unchanged lines and the untouched part of a changed line keep their bytes', () => {
  const bytes = Buffer.concat([PAD, Buffer.from('二'), Buffer.from([0x93]), Buffer.from('、标题'), Buffer.from([0xff]), Buffer.from('\r\n正文'), Buffer.from([0x94]), Buffer.from('\n')]);
  const d = decode(bytes);
  assert.equal(d.encoding, 'utf8');
  const fixed = d.text.replace('标题', '题目');
  const r = spliceFixed(d, fixed);
  assert.ok('bytes' in r);
  assert.deepEqual(r.bytes, Buffer.concat([PAD, Buffer.from('二'), Buffer.from([0x93]), Buffer.from('、题目'), Buffer.from([0xff]), Buffer.from('\r\n正文'), Buffer.from([0x94]), Buffer.from('\n')]));
});

test('splice: lines removed or added around lossy lines keep those lines', () => {
  const bytes = Buffer.concat([PAD, Buffer.from('甲'), Buffer.from([0x93]), Buffer.from('\n乙\n丙'), Buffer.from([0x94]), Buffer.from('\n')]);
  const d = decode(bytes);
  assert.equal(d.encoding, 'utf8');
  const removed = spliceFixed(d, d.text.replace('乙\n', ''));
  assert.ok('bytes' in removed);
  assert.deepEqual(removed.bytes, Buffer.concat([PAD, Buffer.from('甲'), Buffer.from([0x93]), Buffer.from('\n丙'), Buffer.from([0x94]), Buffer.from('\n')]));
  const added = spliceFixed(d, d.text.replace('乙\n', '乙\n新\n'));
  assert.ok('bytes' in added);
  assert.deepEqual(added.bytes, Buffer.concat([PAD, Buffer.from('甲'), Buffer.from([0x93]), Buffer.from('\n乙\n新\n丙'), Buffer.from([0x94]), Buffer.from('\n')]));
});

test('decoding: mostly-GBK bytes are still GB18030, valid UTF-8 is UTF-8', () => {
  const iconv = require('iconv-lite');
  const gbk = iconv.encode('一、2025年度推进法治政府建设的主要举措和成效\n（一）加强组织领导\n', 'gb18030');
  assert.equal(decode(gbk).encoding, 'gb18030');
  assert.equal(decode(Buffer.from('一、标题\n')).encoding, 'utf8');
});
