/**
 * Runtime strings: one table per layer, and every zh string has its en twin and the reverse
 * (the compiler types `en` by `zh`'s ids; this also catches an id only `en` has, and empty text).
 * Rule messages are checked per rule. The server hosts (cli.ts, node/, lsp/) keep their strings in
 * node/strings.ts and the client in client/src/strings.ts: a scan of their sources fails on an
 * inline zh/en choice or a Chinese literal elsewhere.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORE_STRINGS } from '../../server/src/core/strings';
import { CLIENT_STRINGS } from '../../client/src/strings';
import { RULES } from '../../server/src/core/rules/index';
import { CLI_STRINGS } from '../../server/src/node/strings';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

function assertTwins(name: string, zh: Record<string, string>, en: Record<string, string>): void {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort(), `${name}: zh and en ids differ`);
  for (const [id, text] of Object.entries(zh)) {
    assert.ok(text.length > 0 && en[id].length > 0, `${name}.${id}: empty`);
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(placeholders(en[id]), placeholders(text), `${name}.${id}: placeholders differ`);
  }
}

test('the core string table has every zh string in en and the reverse, with the same placeholders', () => {
  assertTwins('core', CORE_STRINGS.zh, CORE_STRINGS.en);
});

test('the client string table has every zh string in en and the reverse, with the same placeholders', () => {
  assertTwins('client', CLIENT_STRINGS.zh, CLIENT_STRINGS.en);
});

test('every rule message and description has both locales and the same placeholders', () => {
  for (const r of RULES) {
    const zh = Object.fromEntries(Object.entries(r.meta.messages).map(([k, m]) => [k, m.zh]));
    const en = Object.fromEntries(Object.entries(r.meta.messages).map(([k, m]) => [k, m.en]));
    assertTwins(r.meta.id, { ...zh, description: r.meta.description.zh }, { ...en, description: r.meta.description.en });
  }
});

test('the twin check fails on a missing twin and on a lost placeholder', () => {
  assert.throws(() => assertTwins('x', { a: '甲', b: '乙' }, { a: 'a' }));
  assert.throws(() => assertTwins('x', { a: '{n}处' }, { a: 'places' }));
});

test('the CLI string table has every zh string in en and the reverse, with the same placeholders', () => {
  assertTwins('cli', CLI_STRINGS.zh, CLI_STRINGS.en);
});

const ROOT = path.join(__dirname, '../..');

/**
 * Files that hold Chinese as data, not as messages: the string tables themselves, the export's font
 * names and Word's Chinese numerals, and the JSON schema, whose descriptions are one bilingual text
 * for the editor that shows it (no locale to choose).
 */
const DATA_FILES = new Set(['server/src/node/strings.ts', 'server/src/node/docx/layout.ts', 'server/src/node/docx/num-format.ts', 'server/src/node/config-schema.ts', 'client/src/strings.ts']);
/**
 * Names and document text, not messages: the Output channel's name (bilingual already), the audit
 * file's name, and the skeleton snippet's key in snippets/gongwen.json and the snippet text whose
 * year report-commands.ts rewrites (`四、${year}年度`).
 */
const NAMES = new Set(['公文报告 Gongwen', '审核汇总表.html', '法治政府建设年度报告（全文框架）', '四、', '年度']);

/** Every source file of the hosts: the CLI (cli.ts, node/), the language server (lsp/) and the client. */
function hostFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []));
  return ['server/src/cli.ts', ...walk('server/src/node'), ...walk('server/src/lsp'), ...walk('client/src')];
}

/** Inline locale choices and Chinese string literals (comments and regular expressions are not messages). */
function inlineStrings(source: string): string[] {
  const found: string[] = [];
  if (/\blocale\s*[!=]==\s*['"](?:zh|en)['"]|['"](?:zh|en)['"]\s*[!=]==\s*\w*locale|\b(?:zh|en)\s*\?\s*[`'"]/.test(source)) found.push('an inline locale choice');
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && /[\u3400-\u9fff]/.test(node.text) && !NAMES.has(node.text)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true));
  return found;
}

test('no host file (CLI, language server, client) keeps an inline zh/en choice or a Chinese message outside its string table', () => {
  const files = hostFiles();
  assert.ok(files.length > 40, `found only ${files.length} host files`);
  const offenders = files
    .filter((f) => !DATA_FILES.has(f))
    .flatMap((f) => inlineStrings(readFileSync(path.join(ROOT, f), 'utf8')).map((s) => `${f}: ${s}`));
  assert.deepEqual(offenders, []);
});

test('the host scan sees inline choices and Chinese literals, not comments or regular expressions', () => {
  assert.deepEqual(inlineStrings("const a = locale === 'zh' ? 'x' : 'y';"), ['an inline locale choice']);
  assert.deepEqual(inlineStrings("const a = zh ? 'x' : 'y';"), ['an inline locale choice']);
  assert.deepEqual(inlineStrings("const a = { zh: '文件', en: 'file' };"), ['文件']);
  assert.deepEqual(inlineStrings('const a = `第${n}行${m}列`;'), ['第', '行', '列']);
  assert.deepEqual(inlineStrings('const a = `${n}行`;'), ['行']);
  assert.deepEqual(inlineStrings("// 文件\n/** 文件 */\nconst re = /法治/;\nconst b = cliText(locale, 'x');"), []);
});

/**
 * The core's Chinese that is vocabulary, not messages: numerals and dates, residue and title words,
 * 公文 kinds, and the text a skeleton inserts into the draft. Rules keep their messages in their
 * meta (checked above) and profiles are data.
 */
const CORE_DATA_FILES = new Set(['strings.ts', 'numbering.ts', 'dates.ts', 'date-window.ts', 'residue.ts', 'preamble.ts', 'kinds.ts', 'skeleton.ts']);

test('no core file outside rules/, profiles/ and its vocabulary files keeps a Chinese message or an inline zh/en choice', () => {
  const core = path.join(ROOT, 'server/src/core');
  const walk = (dir: string): string[] =>
    readdirSync(path.join(core, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.posix.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.posix.join(dir, e.name)] : []));
  const files = walk('.').map((f) => path.posix.normalize(f)).filter((f) => !f.startsWith('rules/') && !f.startsWith('profiles/') && !CORE_DATA_FILES.has(f));
  assert.ok(files.length > 15, `found only ${files.length} core files`);
  const offenders = files.flatMap((f) => inlineStrings(readFileSync(path.join(core, f), 'utf8')).map((s) => `${f}: ${s}`));
  assert.deepEqual(offenders, []);
});
