/**
 * `.gongwen.json`: discovery (nearest wins, stops at the repository root, --config names one), JSONC,
 * precedence over the command line's defaults, custom profiles as data (an added required part then
 * shows as missing, synonyms, a stricter title), clear located messages for a broken file, and the
 * JSON schema (generated, not drifting, rejecting a bad severity).
 */
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { findConfig, parseConfigText } from '../../server/src/node/config-file';
import { applyConfig, lintText, readConfig } from '../../server/src/core';
import { formatSchema, generateSchema } from '../../server/src/node/config-schema';

const root = path.resolve(__dirname, '../..');
const SCHEMA_FILE = path.join(root, 'dist', 'gongwen-config.schema.json');
const cli = path.join(root, 'dist', 'cli.js');
const DRAFT = [
  '某市科学技术局关于2025年度法治政府建设情况的报告',
  '一、2025年度推进法治政府建设的主要举措和成效',
  '（一）加强组织领导',
  '（三）推进依法行政',
  '二、2025年度推进法治政府建设存在的不足和原因',
  '三、2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  '四、2026年度推进法治政府建设的主要安排',
  '某市科学技术局',
  '2026年1月8日',
  '',
].join('\n');
let dir = '';

function gongwen(args: string[], cwd = dir) {
  const r = spawnSync('node', [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, GONGWEN_LOCALE: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const rulesOf = (out: string) => (JSON.parse(out).files as { diagnostics: { rule: string }[] }[]).map((f) => f.diagnostics.map((d) => d.rule));

before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `node esbuild.mjs` first (npm test does)');
  dir = mkdtempSync(path.join(tmpdir(), 'gongwen-config-'));
  // repo/.git  repo/.gongwen.json (sequence off)  repo/a/.gongwen.json (sequence error, JSONC)  repo/a/b/r.txt  repo/c/r.txt
  mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
  mkdirSync(path.join(dir, 'repo', 'a', 'b'), { recursive: true });
  mkdirSync(path.join(dir, 'repo', 'c'), { recursive: true });
  writeFileSync(path.join(dir, '.gongwen.json'), '{ "rules": { "doubled-word": "off" } }'); // above the repository: never read
  writeFileSync(path.join(dir, 'repo', '.gongwen.json'), '{ "rules": { "heading-sequence": "off" } }');
  writeFileSync(path.join(dir, 'repo', 'a', '.gongwen.json'), '{\n  // nearer: wins\n  "rules": { "heading-sequence": "hint", },\n}\n');
  for (const f of ['a/b/r.txt', 'c/r.txt']) writeFileSync(path.join(dir, 'repo', f), DRAFT);
});

describe('discovery and precedence', () => {
  test('the nearest file wins; the search stops at the repository root', () => {
    assert.equal(findConfig(path.join(dir, 'repo', 'a', 'b')), path.join(dir, 'repo', 'a', '.gongwen.json'));
    assert.equal(findConfig(path.join(dir, 'repo', 'c')), path.join(dir, 'repo', '.gongwen.json'));
    mkdirSync(path.join(dir, 'repo', 'd', '.git'), { recursive: true });
    assert.equal(findConfig(path.join(dir, 'repo', 'd')), null, 'a nested repository has no configuration of its own');
    assert.equal(findConfig(path.join(dir, 'repo', 'a', 'b'), path.join(dir, 'repo', 'a', 'b')), null, 'the workspace folder ends the search');
  });

  test('gongwen check applies each file its nearest configuration', () => {
    const r = gongwen(['check', '--format', 'json', 'repo/a/b/r.txt', 'repo/c/r.txt']);
    const [nested, top] = JSON.parse(r.out).files;
    const sequence = (f: { diagnostics: { rule: string; severity: string }[] }) => f.diagnostics.filter((d) => d.rule === 'heading-sequence').map((d) => d.severity);
    assert.deepEqual(sequence(nested), ['hint'], 'repo/a/.gongwen.json: hint');
    assert.deepEqual(sequence(top), [], 'repo/.gongwen.json: off');
    assert.equal(r.err, '', 'no problems to report');
  });

  test('--config names one file for every checked file, and --jobs gives the same', () => {
    writeFileSync(path.join(dir, 'strict.json'), '{ "rules": { "heading-sequence": "error" } }');
    const one = gongwen(['check', '--format', 'json', '--config', 'strict.json', 'repo/a/b/r.txt', 'repo/c/r.txt']);
    for (const file of JSON.parse(one.out).files) assert.ok(file.diagnostics.some((d: { rule: string; severity: string }) => d.rule === 'heading-sequence' && d.severity === 'error'));
    const two = gongwen(['check', '--format', 'json', '--jobs', '2', '--config', 'strict.json', 'repo/a/b/r.txt', 'repo/c/r.txt']);
    assert.equal(two.out, one.out);
    const nearest = gongwen(['check', '--format', 'json', '--jobs', '2', 'repo/a/b/r.txt', 'repo/c/r.txt']);
    assert.deepEqual(rulesOf(nearest.out), rulesOf(gongwen(['check', '--format', 'json', 'repo/a/b/r.txt', 'repo/c/r.txt']).out));
    assert.equal(gongwen(['check', '--config', 'nope.json', 'repo/c/r.txt']).code, 2);
  });

  test('file settings override the host settings; the command-line locale beats the file', () => {
    const { config } = readConfig({ locale: 'en', rules: { residue: 'off' } });
    const options = applyConfig({ severities: { residue: 'error', 'doubled-word': 'hint' } }, config);
    assert.equal(options.severities!.residue, 'off');
    assert.equal(options.severities!['doubled-word'], 'hint', 'what the file does not say stays');
    assert.equal(options.locale, 'en');
    writeFileSync(path.join(dir, 'en.json'), '{ "locale": "en" }');
    assert.match(gongwen(['check', '--config', 'en.json', 'repo/c/r.txt']).out, /problems \(/);
    assert.match(gongwen(['check', '--config', 'en.json', '--locale', 'zh', 'repo/c/r.txt']).out, /共 \d+ 个问题/);
  });
});

describe('custom profiles', () => {
  const CUSTOM = {
    profiles: [{
      id: 'city-fzzf',
      extends: 'fzzf',
      name: '某市法治政府建设年度报告',
      sections: { measures: { synonyms: ['履职尽责情况'] } },
      addSections: [{ id: 'publicity', name: '普法责任制落实情况', keywords: ['普法责任制'] }],
      title: { mustInclude: ['情况'] },
    }],
    profile: 'city-fzzf',
  };

  test('an added required part shows as missing, and is found once written', () => {
    const { config, problems } = readConfig(CUSTOM);
    assert.deepEqual(problems, []);
    const options = applyConfig({}, config);
    const missing = lintText(DRAFT, options).findings.filter((f) => f.rule === 'section-missing');
    assert.equal(missing.length, 1);
    assert.match(missing[0].message, /普法责任制落实情况/);
    const withPart = DRAFT.replace('四、2026年度', '四、2025年度普法责任制工作\n五、2026年度');
    assert.equal(lintText(withPart, options).findings.filter((f) => f.rule === 'section-missing').length, 0);
    assert.equal(lintText(DRAFT).findings.filter((f) => f.rule === 'section-missing').length, 0, 'the built-in profile does not ask for it');
  });

  test('synonyms recognise a section; a stricter title is checked', () => {
    const options = applyConfig({}, readConfig(CUSTOM).config);
    const renamed = DRAFT.replace('一、2025年度推进法治政府建设的主要举措和成效', '一、2025年度履职尽责情况');
    assert.equal(lintText(renamed, options).model.sections.find((s) => s.id === 'measures')!.status, 'present');
    const bareTitle = DRAFT.replace('关于2025年度法治政府建设情况的报告', '2025年度法治政府建设报告');
    assert.ok(lintText(bareTitle, options).findings.some((f) => f.rule === 'title-form' && /情况/.test(f.message)));
  });

  test('detectWords select a custom profile in auto mode, literally (no regular expression)', () => {
    const { config } = readConfig({ profiles: [{ id: 'x', addSections: [{ id: 'y', name: '甲乙', keywords: ['甲乙'] }], detectWords: ['(科学技术局'] }] });
    assert.equal(lintText(DRAFT, applyConfig({}, config)).model.profile.id, 'fzzf', 'the word with its bracket is not in the title');
    const { config: c2 } = readConfig({ profiles: [{ id: 'x', detectWords: ['科学技术局'] }] });
    assert.equal(lintText(DRAFT, applyConfig({}, c2)).model.profile.id, 'x');
  });
});

describe('superseded documents', () => {
  test("an office's own entries reach superseded-basis", () => {
    const { config, problems } = readConfig({ supersededBasis: [{ title: '某市行政执法办法', replacedBy: '某市行政执法条例', since: 2020, basis: '某市人大常委会公告第1号' }, { title: 'x' }] });
    assert.equal(problems.length, 1, 'the incomplete entry is named');
    const text = DRAFT.replace('（一）加强组织领导', '（一）加强组织领导，严格执行《某市行政执法办法》');
    assert.ok(lintText(text, applyConfig({}, config)).findings.some((f) => f.rule === 'superseded-basis' && /某市行政执法条例/.test(f.message)));
    assert.ok(!lintText(text).findings.some((f) => f.rule === 'superseded-basis'));
  });
});

describe('broken files', () => {
  test('invalid JSON: one message with file, line and column; the defaults apply', () => {
    const loaded = parseConfigText('x/.gongwen.json', '{\n  "rules": {\n    "residue": "off"\n  \n', 'zh');
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0], /^x\/\.gongwen\.json:\d+:\d+: 配置文件不是有效的 JSON/);
    assert.deepEqual(loaded.config.rules, {});
  });

  test('a bad value is located and named; the rest of the file applies', () => {
    const loaded = parseConfigText('c.json', '{\n  "rules": {\n    "residue": "loud",\n    "doubled-word": "off"\n  },\n  "colour": 1\n}', 'zh');
    assert.deepEqual(loaded.problems, ['c.json:3:16: 级别应为 off、hint、info、warning、error 之一，实为 "loud"', 'c.json:6:3: 未知的配置项“colour”，已忽略']);
    assert.deepEqual(loaded.config.rules, { 'doubled-word': 'off' });
  });

  test('the CLI says what is wrong on stderr and still checks', () => {
    writeFileSync(path.join(dir, 'broken.json'), '{ "rules": { "heading-sequence": "loud" } }');
    const r = gongwen(['check', '--config', 'broken.json', 'repo/c/r.txt']);
    assert.equal(r.code, 1);
    assert.match(r.err, /broken\.json:1:34: 级别应为/);
    assert.match(r.out, /heading-sequence/, 'the default severity applies');
  });
});

describe('JSON schema', () => {
  test('the build writes the schema the manifest points at, from the rule registry', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.gongwen.json', url: './dist/gongwen-config.schema.json' }]);
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), formatSchema(generateSchema()));
    assert.match(readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!dist\/gongwen-config\.schema\.json$/m, 'packaged in the .vsix');
  });

  test('it accepts a full example and rejects a bad severity, an unknown rule and an unknown key', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    assert.ok(validate({ rules: { residue: 'off' }, headings: { allowLevel3UnderLevel1: true }, profile: 'city', profiles: [{ id: 'city', extends: 'fzzf', addSections: [{ id: 'p', name: '普法', keywords: ['普法'] }] }] }), JSON.stringify(validate.errors));
    assert.equal(validate({ rules: { residue: 'loud' } }), false);
    assert.equal(validate({ rules: { 'no-such-rule': 'off' } }), false);
    assert.equal(validate({ colour: 1 }), false);
  });
});
