/**
 * Issue 8, the I/O half: `gongwen check --fix` never loses a byte it did not mean to change and
 * never leaves a half-written file; inputs that would hang or exhaust memory are refused with a
 * reason; every refusal names its file and the run goes on. Runs the built CLI (dist/cli.js).
 */
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const sample = path.join(root, 'test', 'sample', '2025年度法治政府建设情况报告（草稿）.txt');
let dir = '';
let n = 0;

/** Runs the CLI; `timeout` only guards against a hang (the run is then reported as killed). */
function gongwen(args: string[], opts: { input?: string | Buffer; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { input: opts.input, maxBuffer: 1 << 28, timeout: opts.timeout ?? 60_000 });
  return { code: r.status, signal: r.signal, out: r.stdout?.toString('utf8') ?? '', outBytes: r.stdout, err: r.stderr?.toString('utf8') ?? '' };
}

function file(content: string | Buffer, name = `f${n++}.txt`): string {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
}

const SAMPLE = () => readFileSync(sample);
/** The sample after `--fix` (four safe fixes on lines 17, 21, 25 and 31). */
let FIXED: Buffer;

/** `bytes` with `insert` placed right after the first occurrence of `anchor` (UTF-8 text). */
function insertAfter(bytes: Buffer, anchor: string, insert: Buffer, encoding: 'utf8' | 'gb18030' = 'utf8'): Buffer {
  const a = encoding === 'utf8' ? Buffer.from(anchor) : iconv.encode(anchor, 'gb18030');
  const at = bytes.indexOf(a);
  assert.ok(at >= 0, `anchor ${anchor} not found`);
  return Buffer.concat([bytes.subarray(0, at + a.length), insert, bytes.subarray(at + a.length)]);
}

before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `node esbuild.mjs` first (npm test does)');
  dir = mkdtempSync(path.join(tmpdir(), 'gongwen-io-'));
  const f = file(SAMPLE());
  gongwen(['check', '--fix', f]);
  FIXED = readFileSync(f);
  assert.notDeepEqual(FIXED, SAMPLE());
});

describe('honest decoding', () => {
  test('a stray Windows-1252 quote in a UTF-8 draft: read as UTF-8, its line reported, findings unchanged', () => {
    const clean = JSON.parse(gongwen(['check', '--format', 'json', file(SAMPLE())]).out).files[0];
    const stray = file(insertAfter(SAMPLE(), '定期研究部', Buffer.from([0x93])));
    const r = gongwen(['check', '--format', 'json', stray]);
    assert.match(r.err, /有 1 处字节不是有效的 UTF-8（第 11 行/);
    const got = JSON.parse(r.out).files[0];
    assert.deepEqual(got.headings, clean.headings);
    assert.deepEqual(
      got.diagnostics.map((d: { rule: string; line: number }) => `${d.line}:${d.rule}`),
      clean.diagnostics.map((d: { rule: string; line: number }) => `${d.line}:${d.rule}`),
    );
  });

  test('a lone surrogate (CESU bytes) does not switch the draft to GB18030 either', () => {
    const r = gongwen(['check', '--format', 'json', file(insertAfter(SAMPLE(), '定期研究部', Buffer.from([0xed, 0xa0, 0x80])))]);
    assert.match(r.err, /不是有效的 UTF-8（第 11 行/);
    assert.equal(JSON.parse(r.out).files[0].title.text, '某市科学技术局关于2025年度法治政府建设情况的报告');
  });

  test('--fix keeps invalid bytes outside the fixed spots byte for byte, also on a fixed line', () => {
    const bad = Buffer.from([0x93]);
    let original = insertAfter(SAMPLE(), '定期研究部', bad);
    original = insertAfter(original, '存在的不足和原因', bad);
    const f = file(original);
    const r = gongwen(['check', '--fix', f]);
    assert.match(r.err, /已修复 4 处/);
    let expected = insertAfter(FIXED, '定期研究部', bad);
    expected = insertAfter(expected, '存在的不足和原因', bad);
    assert.deepEqual(readFileSync(f), expected);
  });

  test('GB18030: a byte that does not survive re-encoding is kept where no fix touches it', () => {
    const gbk = iconv.encode(SAMPLE().toString('utf8'), 'gb18030');
    const f = file(insertAfter(gbk, '定期研究部', Buffer.from([0x80]), 'gb18030'));
    gongwen(['check', '--fix', f]);
    const expected = insertAfter(iconv.encode(FIXED.toString('utf8'), 'gb18030'), '定期研究部', Buffer.from([0x80]), 'gb18030');
    assert.deepEqual(readFileSync(f), expected);
  });

  test('GB18030: a fix on a line whose bytes would not come back is refused, with the line, and the file is untouched', () => {
    const gbk = iconv.encode(SAMPLE().toString('utf8'), 'gb18030');
    const original = insertAfter(gbk, '存在的不足和原因', Buffer.from([0x80]), 'gb18030');
    const f = file(original);
    const other = file(SAMPLE());
    const r = gongwen(['check', '--fix', f, other]);
    assert.match(r.err, /未修复：第 21 行有不是有效 GB18030 的字节/);
    assert.deepEqual(readFileSync(f), original);
    assert.deepEqual(readFileSync(other), FIXED, 'the other file is still fixed');
    assert.equal(r.code, 1, 'the unfixed file keeps its findings');
  });

  test('GBK bytes that are also valid UTF-8 come back byte for byte outside the fix', () => {
    // 某某 in GBK (C4 B3 C4 B3) is valid UTF-8 (ĳĳ): read as UTF-8, it must still come back unchanged.
    const line = Buffer.from([0xc4, 0xb3, 0xc4, 0xb3, 0x0a]);
    const f = file(Buffer.concat([line, SAMPLE()]));
    gongwen(['check', '--fix', f]);
    assert.deepEqual(readFileSync(f), Buffer.concat([line, FIXED]));
  });

  test('UTF-16 without a BOM is text, not binary, and --fix keeps it UTF-16 without a BOM', () => {
    for (const enc of ['utf16le', 'utf16be'] as const) {
      const f = file(iconv.encode(SAMPLE().toString('utf8'), enc));
      const r = gongwen(['check', f]);
      assert.doesNotMatch(r.err, /二进制/);
      assert.match(r.out, /:17:1 {2}错误 {2}heading-sequence/);
      gongwen(['check', '--fix', f]);
      assert.deepEqual(readFileSync(f), iconv.encode(FIXED.toString('utf8'), enc), enc);
    }
  });
});

/** The sample with a 1.2 MB paragraph in it: writing it back takes a while, fixing it does not. */
function bigDraft(): string {
  const paragraph = '局党组把法治政府建设纳入年度重点工作，定期研究部署法治建设重点任务。'.repeat(12000);
  return SAMPLE().toString('utf8').replace('\n\n（二）', `\n\n${paragraph}\n\n（二）`);
}

describe('safe saving', () => {
  test('keeps the file mode', () => {
    const f = file(SAMPLE());
    chmodSync(f, 0o640);
    gongwen(['check', '--fix', f]);
    assert.deepEqual(readFileSync(f), FIXED);
    assert.equal(statSync(f).mode & 0o777, 0o640);
  });

  test('a read-only file is reported, with its findings, and the other files are still fixed', () => {
    const ro = file(SAMPLE(), 'readonly.txt');
    chmodSync(ro, 0o444);
    const rw = file(SAMPLE());
    const r = gongwen(['check', '--fix', ro, rw]);
    assert.match(r.err, /readonly\.txt: 未修复：文件是只读的/);
    assert.doesNotMatch(r.err, /internal error/);
    assert.deepEqual(readFileSync(ro), SAMPLE());
    assert.deepEqual(readFileSync(rw), FIXED);
    assert.match(r.out, /readonly\.txt:17:1 {2}错误 {2}heading-sequence/, 'the read-only file is still checked');
    assert.equal(r.code, 1);
  });

  test('through a symbolic link: the target is fixed and the link stays a link', () => {
    const target = file(SAMPLE());
    const link = path.join(dir, `link${n++}.txt`);
    symlinkSync(target, link);
    gongwen(['check', '--fix', link]);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.deepEqual(readFileSync(target), FIXED);
  });

  test('a hard-linked file is refused unless --break-hardlinks', () => {
    const a = file(SAMPLE());
    const b = path.join(dir, `hard${n++}.txt`);
    linkSync(a, b);
    const r = gongwen(['check', '--fix', a]);
    assert.match(r.err, /未修复：文件有 2 个硬链接/);
    assert.deepEqual(readFileSync(a), SAMPLE());
    const r2 = gongwen(['check', '--fix', '--break-hardlinks', a]);
    assert.match(r2.err, /已修复 4 处/);
    assert.deepEqual(readFileSync(a), FIXED);
    assert.deepEqual(readFileSync(b), SAMPLE(), 'the other link keeps the old text');
  });

  test('SIGKILL at any moment of --fix leaves the original or the fixed text, never a truncated file', async () => {
    const big = bigDraft();
    const f = file(big);
    const t0 = performance.now();
    gongwen(['check', '--fix', f]);
    const runMs = performance.now() - t0;
    const fixed = readFileSync(f);
    assert.notEqual(fixed.toString('utf8'), big);
    const original = Buffer.from(big);
    const outcomes = { original: 0, fixed: 0 };
    const runs = 12;
    for (let i = 0; i < runs; i++) {
      writeFileSync(f, original);
      const before = statSync(f);
      const child = spawn(process.execPath, [cli, 'check', '--fix', f], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      if (i % 2 === 0) {
        // Kill the moment the file starts to change (the in-place write this replaced truncated it first).
        const deadline = performance.now() + runMs * 3;
        for (;;) {
          let now;
          try {
            now = statSync(f);
          } catch {
            continue; // between unlink and rename on some systems
          }
          if (now.ino !== before.ino || now.size !== before.size || now.mtimeMs !== before.mtimeMs || performance.now() > deadline) break;
        }
      } else {
        await new Promise((resolve) => setTimeout(resolve, (runMs * i) / runs));
      }
      child.kill('SIGKILL');
      await exited;
      const after = readFileSync(f);
      if (after.equals(original)) outcomes.original++;
      else if (after.equals(fixed)) outcomes.fixed++;
      else assert.fail(`run ${i}: the file is neither the original nor the fixed text (${after.length} of ${original.length} bytes)`);
    }
    assert.equal(outcomes.original + outcomes.fixed, runs);
    // Temporary files of killed runs are named .<name>.<pid>-<random>.gongwen-tmp; none replaces the draft.
    assert.ok(readdirSync(dir).every((e) => !e.endsWith('.gongwen-tmp') || e.startsWith(`.${path.basename(f)}.`)));
  });

  test('a save made while --fix runs is not overwritten', async () => {
    // Many fixes, so that fixing takes a good part of the run: the save lands between read and write.
    const body = SAMPLE().toString('utf8');
    const big = body + '\n' + Array.from({ length: 100 }, () => body.split('\n').slice(6, 28).join('\n')).join('\n');
    const f = file(big);
    const t0 = performance.now();
    gongwen(['check', '--fix', f]);
    const runMs = performance.now() - t0;
    const saved = big + '\n（五）作者刚保存的新段落\n';
    for (const share of [0.5, 0.7, 0.9]) {
      writeFileSync(f, big);
      const child = spawn(process.execPath, [cli, 'check', '--fix', f], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr!.on('data', (d) => (err += d));
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, runMs * share));
      writeFileSync(f, saved); // the editor saves
      await exited;
      const after = readFileSync(f, 'utf8');
      // Either the author's text, or (had --fix read after the save) the author's text fixed; never the old one fixed.
      assert.ok(after === saved || after.includes('作者刚保存的新段落'), `at ${share} of the run the author's save was lost; stderr: ${err}`);
    }
  });
});

describe('inputs that used to hang or say nothing useful', () => {
  test('/dev/zero is refused as a device, at once', () => {
    if (!existsSync('/dev/zero')) return;
    const r = gongwen(['check', '/dev/zero'], { timeout: 20_000 });
    assert.equal(r.signal, null, 'did not finish');
    assert.equal(r.code, 2);
    assert.match(r.err, /\/dev\/zero: 是设备文件/);
  });

  test('an endless stream on stdin stops at the size limit with a clear line', () => {
    if (!existsSync('/dev/zero')) return;
    const r = spawnSync('sh', ['-c', `cat /dev/zero | "${process.execPath}" "${cli}" check -`], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.signal, null, 'did not finish');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /-: 超过 100 MB 的上限，未检查/);
  });

  test('--fix on a FIFO is refused without waiting for a writer', (t) => {
    const fifo = path.join(dir, `fifo${n++}`);
    if (spawnSync('mkfifo', [fifo]).status !== 0) return t.skip('mkfifo is not available');
    const r = gongwen(['check', '--fix', fifo], { timeout: 20_000 });
    assert.equal(r.signal, null, 'hung on the FIFO');
    assert.equal(r.code, 2);
    assert.match(r.err, /是管道（FIFO 或进程替换），--fix 无法把修复写回/);
  });

  test('--fix on a process substitution says it cannot save; without --fix it is checked', (t) => {
    if (spawnSync('bash', ['-c', 'true']).status !== 0) return t.skip('bash is not available');
    const run = (fix: string) => spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" check ${fix} <(cat "${sample}")`], { encoding: 'utf8', timeout: 20_000 });
    const fixed = run('--fix');
    assert.equal(fixed.status, 2, 'nothing could be checked');
    assert.match(fixed.stderr, /--fix 无法把修复写回/);
    assert.doesNotMatch(fixed.stderr, /已修复/);
    const checked = run('');
    assert.equal(checked.status, 1);
    assert.match(checked.stdout, /:17:1 {2}错误 {2}heading-sequence/);
  });

  test('a file over the size limit says how big it is and what the limit is', () => {
    const f = path.join(dir, `huge${n++}.txt`);
    writeFileSync(f, '');
    truncateSync(f, 600 * 1024 * 1024); // sparse: no disk used
    const r = gongwen(['check', f]);
    assert.equal(r.code, 2);
    assert.match(r.err, /huge\d+\.txt: 超过 100 MB 的上限，未检查（600 MB）/);
  });

  test('a symbolic link loop says so', () => {
    const a = path.join(dir, `loop-a${n}`);
    const b = path.join(dir, `loop-b${n++}`);
    symlinkSync(b, a);
    symlinkSync(a, b);
    const r = gongwen(['check', a]);
    assert.equal(r.code, 2);
    assert.match(r.err, /符号链接形成循环/);
  });

  test('a line break in a file name does not split the output line', () => {
    const f = file(SAMPLE(), 'two\nlines.txt');
    const r = gongwen(['check', f]);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.slice(0, -1).every((l) => l.startsWith(`${dir}/two\\nlines.txt:`)), lines.join('\n'));
    const fix = gongwen(['check', '--fix', f]);
    assert.ok(fix.err.split('\n').filter(Boolean).every((l) => l.startsWith(`${dir}/two\\nlines.txt: `)), fix.err);
  });

  test('--fix - prints the fixed text on stdout and the report on stderr', () => {
    const r = gongwen(['check', '--fix', '-'], { input: SAMPLE() });
    assert.deepEqual(r.outBytes, FIXED);
    assert.match(r.err, /-: 已修复 4 处/);
    assert.match(r.err, /共 \d+ 个问题/);
    const clean = gongwen(['check', '--fix', '-'], { input: FIXED });
    assert.deepEqual(clean.outBytes, FIXED, 'nothing to fix: the text comes back as it was');
  });

  test('a closed stdin reads as an empty file', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" check - <&-`], { encoding: 'utf8', timeout: 20_000 });
    assert.match(r.stderr, /-: 文件为空/);
    assert.doesNotMatch(r.stderr, /无法读取/);
    assert.equal(r.status, 1);
  });
});
