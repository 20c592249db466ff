/**
 * What users of other linters expect of `gongwen`: per-command help, Chinese usage errors instead of
 * Node's, --quiet, --stdin-filename, colour rules, outline JSON, and CI formats that real consumers
 * read: SARIF checked by Microsoft's SARIF Multitool, JUnit parsed by a JUnit parser, GitHub lines.
 */
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseJunit } from 'junit2json';
import { wantsColor } from '../../server/src/node/cli-args';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const sample = path.join(root, 'test', 'sample', '2025年度法治政府建设情况报告（草稿）.txt');
let dir = '';

function gongwen(args: string[], opts: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync('node', [cli, ...args], { input: opts.input, cwd: opts.cwd, env: opts.env ?? process.env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `node esbuild.mjs` first (npm test does)');
  dir = mkdtempSync(path.join(tmpdir(), 'gongwen-conv-'));
  mkdirSync(path.join(dir, '报告 文件夹'));
  copyFileSync(sample, path.join(dir, '报告 文件夹', '草稿#1.txt'));
});

describe('help and usage errors', () => {
  test('gongwen check --help lists the check options only and exits 0', () => {
    const r = gongwen(['check', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /--quiet/);
    assert.match(r.out, /--stdin-filename/);
    assert.doesNotMatch(r.out, /^gongwen outline/m);
  });

  test('gongwen outline --help shows outline formats', () => {
    const r = gongwen(['outline', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /text（默认）\| json/);
  });

  test("Node's parse errors become one Chinese line plus the command's usage, exit 2", () => {
    const unknown = gongwen(['check', '--bogus', sample]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^gongwen: 未知选项：--bogus/);
    assert.doesNotMatch(unknown.err, /ERR_PARSE_ARGS|TypeError|\n\s+at /);
    const missing = gongwen(['check', sample, '--format']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^gongwen: 选项 --format 缺少取值/);
    const english = gongwen(['check', '--locale', 'en', '--bogus', sample]);
    assert.match(english.err, /^gongwen: unknown option: --bogus/);
  });

  test('a format another command has is refused by name', () => {
    const r = gongwen(['outline', '--format', 'sarif', sample]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--format 只能是 text、json/);
  });
});

describe('--quiet, --stdin-filename, colour', () => {
  test('--quiet reports errors only, in the output and the exit code', () => {
    const all = JSON.parse(gongwen(['check', '--format', 'json', sample]).out).files[0].diagnostics;
    assert.ok(all.some((d: { severity: string }) => d.severity === 'warning'), 'the sample has warnings');
    const quiet = gongwen(['check', '--quiet', '--format', 'json', sample]);
    const shown = JSON.parse(quiet.out).files[0].diagnostics;
    assert.ok(shown.length > 0 && shown.every((d: { severity: string }) => d.severity === 'error'));
    const onlyWarnings = '某局2025年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导\n二、存在的不足和原因\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n四、2026年度主要安排\n某局\n2026年1月8日\n建设建设工作\n';
    const warningsOnly = gongwen(['check', '--rule', 'doubled-word', '-'], { input: onlyWarnings });
    assert.equal(warningsOnly.code, 1, warningsOnly.out);
    assert.equal(gongwen(['check', '--rule', 'doubled-word', '-q', '-'], { input: onlyWarnings }).code, 0, 'warnings alone do not fail a --quiet run');
  });

  test('--stdin-filename names stdin in text, JSON and GitHub output', () => {
    const input = readFileSync(sample, 'utf8');
    assert.match(gongwen(['check', '--stdin-filename', '报告/草稿.txt', '-'], { input }).out, /^报告\/草稿\.txt:1:1 /m);
    assert.equal(JSON.parse(gongwen(['check', '--format', 'json', '--stdin-filename', 'a.txt', '-'], { input }).out).files[0].path, 'a.txt');
    assert.match(gongwen(['check', '--format', 'github', '--stdin-filename', 'a.txt', '-'], { input }).out, /^::error file=a\.txt,/m);
  });

  test('colour: flags win over NO_COLOR and FORCE_COLOR, which win over the terminal', () => {
    assert.equal(wantsColor({}, true, {}), true);
    assert.equal(wantsColor({}, false, {}), false);
    assert.equal(wantsColor({}, true, { NO_COLOR: '1' }), false);
    assert.equal(wantsColor({}, false, { FORCE_COLOR: '1' }), true);
    assert.equal(wantsColor({ 'no-color': true }, true, { FORCE_COLOR: '1' }), false);
    assert.equal(wantsColor({ color: true }, false, { NO_COLOR: '1' }), true);
    assert.match(gongwen(['check', '--color', sample]).out, /\u001b\[31m错误\u001b\[0m/);
    const { FORCE_COLOR: _force, NO_COLOR: _no, ...plain } = process.env;
    assert.doesNotMatch(gongwen(['check', sample], { env: plain }).out, /\u001b\[/, 'a pipe gets no colour');
  });
});

describe('outline --format json', () => {
  test('the check JSON fields without diagnostics, plus the heading tree with section ids', () => {
    const r = gongwen(['outline', '--format', 'json', sample]);
    assert.equal(r.code, 0, r.err);
    const [file] = JSON.parse(r.out).files;
    assert.equal(file.reportYear, 2025);
    assert.equal(file.title.line, 1);
    assert.ok(!('diagnostics' in file));
    assert.ok(Array.isArray(file.headings) && file.headings.length > 0);
    const measures = file.outline.find((n: { section: string | null }) => n.section === 'measures');
    assert.ok(measures && measures.children.length > 0, 'measures heading with its sub-headings');
    assert.ok(file.sections.every((s: { name: string }) => typeof s.name === 'string' && s.name.length > 0));
  });
});

describe('GitHub and JUnit formats', () => {
  test('github: one workflow command per finding, properties escaped', () => {
    const r = gongwen(['check', '--format', 'github', sample]);
    assert.equal(r.code, 1);
    const lines = r.out.trimEnd().split('\n');
    const json = JSON.parse(gongwen(['check', '--format', 'json', sample]).out).files[0].diagnostics;
    assert.equal(lines.length, json.length);
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=gongwen [a-z-]+::\S/);
    const odd = path.join(dir, 'a,b:c.txt');
    copyFileSync(sample, odd);
    assert.match(gongwen(['check', '--format', 'github', odd]).out, /file=[^,]*a%2Cb%3Ac\.txt,/);
  });

  test('junit: parsed by a JUnit parser; errors and warnings are failures', async () => {
    const r = gongwen(['check', '--format', 'junit', sample, path.join(dir, '报告 文件夹')]);
    assert.equal(r.code, 1);
    const report = await parseJunit(r.out);
    assert.ok(report && 'testsuite' in report);
    const suites = report.testsuite!;
    assert.equal(suites.length, 2);
    const json = JSON.parse(gongwen(['check', '--format', 'json', sample]).out).files[0].diagnostics;
    const failing = json.filter((d: { severity: string }) => d.severity === 'error' || d.severity === 'warning').length;
    assert.equal(suites[0].failures, failing);
    assert.equal(suites[0].testcase!.filter((c) => c.failure).length, failing);
  });

  test('junit: a clean file is one passing test case', async () => {
    const clean = path.join(dir, 'clean.txt');
    writeFileSync(clean, '某局2025年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导\n二、存在的不足和原因\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n四、2026年度主要安排\n某局\n2026年1月8日\n');
    const r = gongwen(['check', '--rule', 'heading-sequence', '--format', 'junit', clean]);
    const report = await parseJunit(r.out);
    const suite = (report as { testsuite: { tests: number; failures: number }[] }).testsuite[0];
    assert.equal(suite.failures, 0, r.out);
  });
});

// The Multitool is a 100 MB self-contained .NET program: installed on first use into .tmp/, not a devDependency.
const MULTITOOL_VERSION = '5.7.0';
const toolDir = path.join(root, '.tmp', `sarif-multitool-${MULTITOOL_VERSION}`);
const toolBin = path.join(toolDir, 'node_modules', '@microsoft', 'sarif-multitool', 'bin.js');

function ensureMultitool(): string | undefined {
  if (existsSync(toolBin)) return undefined;
  mkdirSync(toolDir, { recursive: true });
  const r = spawnSync('npm', ['install', '--prefix', toolDir, '--no-audit', '--no-fund', '--no-save', `@microsoft/sarif-multitool@${MULTITOOL_VERSION}`], { encoding: 'utf8', timeout: 300_000 });
  return r.status === 0 && existsSync(toolBin) ? undefined : `npm install @microsoft/sarif-multitool failed: ${r.stderr}`;
}

describe('SARIF', () => {
  test('valid SARIF 2.1.0 for relative, absolute and Chinese paths (SARIF Multitool validate)', () => {
    const problem = ensureMultitool();
    assert.equal(problem, undefined, problem);
    const relative = gongwen(['check', '--format', 'sarif', path.join('报告 文件夹', '草稿#1.txt')], { cwd: dir });
    const absolute = gongwen(['check', '--format', 'sarif', sample]);
    const stdin = gongwen(['check', '--format', 'sarif', '--stdin-filename', '草稿.txt', '-'], { input: readFileSync(sample, 'utf8') });
    for (const [name, r] of Object.entries({ relative, absolute, stdin })) {
      assert.equal(r.code, 1, `${name}: ${r.err}`);
      const log = path.join(dir, `${name}.sarif`);
      writeFileSync(log, r.out);
      const out = path.join(dir, `${name}.validation.sarif`);
      const v = spawnSync('node', [toolBin, 'validate', log, '-o', out, '--log', 'ForceOverwrite'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
      assert.ok(existsSync(out), `${name}: the Multitool wrote no report: ${v.stdout}${v.stderr}`);
      const results = (JSON.parse(readFileSync(out, 'utf8')).runs[0].results ?? []) as { level?: string; message: { text?: string; arguments?: string[] } }[];
      const errors = results.filter((x) => (x.level ?? 'warning') === 'error');
      assert.deepEqual(errors.map((x) => x.message.arguments ?? x.message.text), [], `${name}: SARIF errors`);
    }
    const uri = JSON.parse(relative.out).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.equal(uri.uri, `${encodeURIComponent('报告 文件夹')}/${encodeURIComponent('草稿#1.txt')}`);
    assert.equal(uri.uriBaseId, '%SRCROOT%');
    assert.match(JSON.parse(absolute.out).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/\//);
  });
});
