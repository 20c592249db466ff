// `gongwen audit`: one row per report over the mixed fixture tree (test/fixtures/audit), read back
// from JSON, from CSV through a real CSV parser, and from the HTML's markup; the verdict rule; the
// progress line; exit codes. The page's behaviour in a browser is test/e2e/audit-page.mjs.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { lintText } from '../../server/src/core/index';
import { auditRow, verdictOf, type AuditRow, type AuditSection } from '../../server/src/node/audit/row';
import { Progress } from '../../server/src/node/audit/progress';
import { renderAudit } from '../../server/src/node/audit/command';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
let tree = '';
const asRoot = process.getuid?.() === 0;

function gongwen(args: string[], opts: { uid?: number } = {}) {
  const r = spawnSync('node', [cli, ...args], { cwd: tree, encoding: 'utf8', uid: opts.uid, maxBuffer: 1 << 26, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `node esbuild.mjs` first (npm test does)');
  tree = mkdtempSync(path.join(tmpdir(), 'gongwen-audit-'));
  cpSync(path.join(root, 'test/fixtures/audit'), tree, { recursive: true });
  writeFileSync(path.join(tree, '各部门', '扫描件.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
  writeFileSync(path.join(tree, '区县', '<b>西城区.txt'), readFileSync(path.join(tree, '区县', '东城区2025年度法治政府建设情况报告.txt')));
  if (asRoot) for (const d of [tree, ...readdirSync(tree).map((d) => path.join(tree, d))]) chmodSync(d, 0o755);
});

const byPath = (rows: AuditRow[], end: string) => {
  const row = rows.find((r) => r.path.split(path.sep).join('/').endsWith(end));
  assert.ok(row, `no row for ${end}`);
  return row;
};

describe('gongwen audit rows', () => {
  let rows: AuditRow[] = [];
  let code: number | null = null;
  let err = '';
  before(() => {
    const r = gongwen(['audit', '--format', 'json', '.']);
    ({ code, err } = r);
    rows = JSON.parse(r.out).rows;
  });

  test('one row per report file; the binary is listed as unreadable; exit 1 as some need work', () => {
    assert.equal(code, 1, err);
    assert.equal(rows.length, 8);
    assert.equal(byPath(rows, '扫描件.txt').kind, 'unreadable');
    assert.match(byPath(rows, '扫描件.txt').note ?? '', /二进制文件/);
    assert.match(err, /扫描件\.txt: 是二进制文件/);
  });

  test('a complete, clean report is 可报送 with its organ, year, title, sections, signature and date', () => {
    const r = byPath(rows, '市教育局/报告.md');
    assert.equal(r.verdict, 'ready');
    assert.equal(r.organ, '某市教育局');
    assert.equal(r.organSource, 'title');
    assert.equal(r.reportYear, 2025);
    assert.equal(r.title, '某市教育局关于2025年度法治政府建设情况的报告');
    assert.deepEqual(r.sections.filter((s) => s.required).map((s) => [s.id, s.status, s.line]), [
      ['measures', 'present', 5], ['shortcomings', 'present', 10], ['leader-duty', 'present', 12], ['next-year-plan', 'present', 14],
    ]);
    assert.deepEqual([r.signature.status, r.signature.text, r.date.status, r.date.text], ['ok', '某市教育局', 'ok', '2026年1月8日']);
  });

  test('a section only inside another is ◐ with its heading, and the report 需修改', () => {
    const r = byPath(rows, '东城区2025年度法治政府建设情况报告.txt');
    const duty = r.sections.find((s) => s.id === 'leader-duty') as AuditSection;
    assert.deepEqual([duty.status, duty.line, duty.heading], ['embedded', 8, '（二）压实第一责任人职责']);
    assert.equal(r.verdict, 'revise');
    assert.deepEqual(r.byRule, { 'section-not-separate': 1 });
  });

  test('a missing statutory section makes it 不符合要求; findings keep 1-based lines and messages', () => {
    const r = byPath(rows, '市司法局2025年度法治政府建设情况报告.txt');
    assert.equal(r.verdict, 'rejected');
    assert.match(r.verdictReason ?? '', /缺少法定章节：党政主要负责人履行推进法治建设第一责任人职责情况/);
    assert.equal(r.date.status, 'bad', 'the date 2025年12月08日 has a padded day');
    const seq = r.findings.find((f) => f.rule === 'heading-sequence');
    assert.deepEqual([seq?.line, seq?.message], [17, '序号不连续：（四）前应为（三）']);
    assert.equal(r.errors + r.warnings, Object.values(r.byRule).reduce((a, b) => a + b, 0));
  });

  test('a file that is not this kind of report is listed as such, not failed', () => {
    const r = byPath(rows, '附件说明.txt');
    assert.equal(r.kind, 'not-report');
    assert.equal(r.verdict, null);
    assert.match(r.note ?? '', /不像此类报告/);
  });

  test('the organ falls back to the signature when the title names none', () => {
    const seed = readFileSync(path.join(root, 'test/fixtures/seeds/003_bcde2a8b1ee387e1.txt'), 'utf8').replaceAll('大同市科技局2023年法治政府建设年度报告', '2023年法治政府建设年度报告');
    const r = auditRow('x.txt', lintText(seed), 'zh');
    assert.deepEqual([r.organ, r.organSource], ['大同市科技局', 'signature']);
  });

  test('a 政府信息公开工作年度报告 is another kind of report', () => {
    const r = auditRow('gip.txt', lintText('某县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n'), 'zh');
    assert.equal(r.kind, 'not-report');
    assert.match(r.note ?? '', /政府信息公开工作年度报告/);
  });
});

describe('the verdict rule', () => {
  const s = (status: AuditSection['status'], required = true): AuditSection => ({ id: 'x', name: 'x', required, status, line: 1, heading: null });
  test('missing required section → rejected, whatever else', () => assert.equal(verdictOf([s('present'), s('missing')], 0, 0), 'rejected'));
  test('all there, errors or warnings left → revise', () => {
    assert.equal(verdictOf([s('present'), s('embedded')], 0, 1), 'revise');
    assert.equal(verdictOf([s('present')], 1, 0), 'revise');
  });
  test('all there, nothing but hints → ready; a missing optional section does not count', () => assert.equal(verdictOf([s('present'), s('missing', false)], 0, 0), 'ready'));
});

describe('gongwen audit --format csv', () => {
  test('UTF-8 with a BOM, read back by a CSV parser: a header and one record per file, cells as in JSON', () => {
    const out = path.join(tree, '汇总.csv');
    const r = gongwen(['audit', '--format', 'csv', '-o', out, '.']);
    assert.equal(r.code, 1, r.err);
    const bytes = readFileSync(out);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const records: string[][] = parseCsv(bytes, { bom: true, relax_column_count: false });
    const [head, ...body] = records;
    assert.deepEqual(head.slice(0, 5), ['文件', '发文机关', '报告年度', '标题', '主要举措和成效']);
    assert.ok(head.includes('结论') && head.includes('结论依据'));
    assert.equal(body.length, 8);
    const edu = body.find((b) => b[0].endsWith('报告.md')) as string[];
    assert.equal(edu[head.indexOf('结论')], '可报送');
    assert.equal(edu[head.indexOf('党政主要负责人履行推进法治建设第一责任人职责情况')], '✓ 三、2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况（第12行）');
    const dc = body.find((b) => b[0].endsWith('东城区2025年度法治政府建设情况报告.txt')) as string[];
    assert.equal(dc[head.indexOf('问题（按规则）')], 'section-not-separate×1');
    assert.equal(body.find((b) => b[0].endsWith('附件说明.txt'))?.[head.indexOf('结论')], '非此类报告');
  });

  test('a cell that looks like a spreadsheet formula is kept as text', () => {
    const csv = renderAudit([auditRow('=HYPERLINK("x").txt', lintText('某局关于2025年度法治政府建设情况的报告\n'), 'zh')], 'csv', 'zh', 'test');
    const [, row]: string[][] = parseCsv(csv, { bom: true });
    assert.equal(row[0], `'=HYPERLINK("x").txt`);
  });
});

describe('gongwen audit --format html', () => {
  let html = '';
  before(() => {
    const r = gongwen(['audit', '.']);
    assert.equal(r.code, 1, r.err);
    html = r.out;
  });

  test('self-contained: no external script, style, font, image or link', () => {
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link\b|@import|url\(|<img\b|https?:\/\//i);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  test('Chinese, with the summary, the table and each report\'s findings', () => {
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /<li><b>6<\/b> 份报告<\/li>/);
    assert.match(html, /<li class="v-ready"><b>1<\/b> 可报送<\/li>/);
    assert.match(html, /最常见的问题/);
    assert.match(html, /<td>17<\/td><td>1<\/td><td>错误<\/td><td><code>heading-sequence<\/code><\/td><td>序号不连续：（四）前应为（三）<\/td>/);
    assert.equal((html.match(/<tbody class="report"/g) ?? []).length, 8);
  });

  test('file names and titles are escaped', () => {
    assert.doesNotMatch(html, /<b>西城区/);
    assert.match(html, /&#60;b&#62;西城区\.txt/);
  });

  test('print layout: A4 landscape, header row repeated, controls hidden', () => {
    assert.match(html, /@page \{ size: A4 landscape;/);
    assert.match(html, /#audit > thead \{ display: table-header-group; \}/);
  });
});

describe('the progress line', () => {
  const run = (isTTY: boolean, times: number[]) => {
    let out = '';
    let i = 0;
    const p = new Progress({ isTTY, write: (s: string) => (out += s) }, 'zh', () => times[Math.min(i++, times.length - 1)]);
    for (let done = 1; done <= times.length - 1; done++) p.update(done, times.length - 1);
    p.done();
    return out;
  };
  test('on a terminal, after a second: drawn, then erased', () => {
    const out = run(true, [0, 500, 1200, 1250, 1400]);
    assert.match(out, /\r\x1b\[K正在审核 2\/4 个文件…/);
    assert.match(out, /正在审核 4\/4/);
    assert.ok(out.endsWith('\r\x1b[K'));
  });
  test('quiet under a second, and never when stderr is not a terminal', () => {
    assert.equal(run(true, [0, 100, 200, 900]), '');
    assert.equal(run(false, [0, 2000, 4000, 6000]), '');
  });
});

describe('gongwen audit exit codes', () => {
  test('0 when every report is ready, 2 when nothing could be audited', () => {
    assert.equal(gongwen(['audit', '--format', 'json', '各部门/市教育局/报告.md']).code, 0);
    const none = gongwen(['audit', '各部门/扫描件.txt']);
    assert.equal(none.code, 2);
    assert.match(none.err, /二进制文件/);
    assert.equal(gongwen(['audit', '--format', 'text', '.']).code, 0 + 2, 'text is not an audit format');
  });
});
