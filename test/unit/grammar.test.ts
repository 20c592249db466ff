// Tokenises sample lines with the real TextMate engine (vscode-textmate + the Oniguruma wasm) and checks
// the scopes that syntaxes/gongwen.tmLanguage.json assigns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const grammarPath = path.join(root, 'syntaxes', 'gongwen.tmLanguage.json');

async function loadGrammar(): Promise<vsctm.IGrammar> {
  await oniguruma.loadWASM(readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.gongwen' ? vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar('text.gongwen');
  assert.ok(grammar, 'grammar text.gongwen did not load');
  return grammar;
}

const grammarReady = loadGrammar();

/** The scope stack of every UTF-16 code unit of `line`. */
async function scopesPerChar(line: string): Promise<string[][]> {
  const grammar = await grammarReady;
  const { tokens } = grammar.tokenizeLine(line, vsctm.INITIAL);
  const out: string[][] = [];
  for (const t of tokens) {
    for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) out[i] = t.scopes;
  }
  return out;
}

/** TextMate selector semantics: `markup.heading` matches `markup.heading.1.gongwen`. */
const matches = (scope: string, selector: string) => scope === selector || scope.startsWith(selector + '.');
const has = (scopes: string[], selector: string) => scopes.some((s) => matches(s, selector));

/** Scope stacks of the characters of the first occurrence of `part` in `line`. */
async function scopesOf(line: string, part: string): Promise<string[][]> {
  const at = line.indexOf(part);
  assert.ok(at >= 0, `"${part}" not in "${line}"`);
  return (await scopesPerChar(line)).slice(at, at + part.length);
}

async function assertScope(line: string, part: string, selector: string) {
  for (const scopes of await scopesOf(line, part)) {
    assert.ok(has(scopes, selector), `"${part}" in "${line}" lacks ${selector}: [${scopes.join(' ')}]`);
  }
}

async function assertNoScope(line: string, part: string, selector: string) {
  for (const scopes of await scopesOf(line, part)) {
    assert.ok(!has(scopes, selector), `"${part}" in "${line}" should not have ${selector}: [${scopes.join(' ')}]`);
  }
}

/** The single `markup.heading.*` scope of `part`, or undefined. */
async function headingScope(line: string, part: string): Promise<string | undefined> {
  const found = new Set((await scopesOf(line, part)).flat().filter((s) => matches(s, 'markup.heading')));
  assert.ok(found.size <= 1, `several heading scopes on "${part}": ${[...found].join(', ')}`);
  return [...found][0];
}

const levels = [
  { line: '一、总体情况', ordinal: '一、', text: '总体情况' },
  { line: '（一）依法全面履行政府职能', ordinal: '（一）', text: '依法全面履行政府职能' },
  { line: '1.完善依法行政制度体系', ordinal: '1.', text: '完善依法行政制度体系' },
  { line: '（1）认真落实行政执法责任制', ordinal: '（1）', text: '认真落实行政执法责任制' },
];

test('the four GB/T 9704 heading levels get four different heading scopes', async () => {
  const headingScopes = [];
  for (const { line, ordinal, text } of levels) {
    const scope = await headingScope(line, text);
    assert.ok(scope, `no heading scope on "${line}"`);
    assert.equal(await headingScope(line, ordinal), scope, `ordinal and text of "${line}" are in different headings`);
    headingScopes.push(scope);
  }
  assert.equal(new Set(headingScopes).size, 4, headingScopes.join(', '));
});

test('heading texts of different levels have different innermost scopes (so themes colour them apart)', async () => {
  const leaves = [];
  for (const { line, text } of levels) {
    const [first] = await scopesOf(line, text);
    leaves.push(first.at(-1));
  }
  assert.equal(new Set(leaves).size, 4, leaves.join(', '));
});

test('the ordinal label has its own scope, distinct from the heading text', async () => {
  for (const { line, ordinal, text } of levels) {
    await assertScope(line, ordinal, 'constant.numeric.ordinal');
    await assertNoScope(line, text, 'constant.numeric.ordinal');
  }
});

test('level-3 variants 1． and 1、 and half-width (一)/(1) are recognised', async () => {
  assert.equal(await headingScope('1．完善制度', '完善制度'), await headingScope('1.完善制度', '完善制度'));
  assert.equal(await headingScope('3、下一步工作措施', '下一步工作措施'), await headingScope('1.完善制度', '完善制度'));
  assert.equal(await headingScope('(一)依法全面履行政府职能', '依法全面履行政府职能'), 'markup.heading.2.gongwen');
  assert.equal(await headingScope('(1)认真落实行政执法责任制', '认真落实行政执法责任制'), 'markup.heading.4.gongwen');
  assert.equal(await headingScope('十一、其他事项', '其他事项'), 'markup.heading.1.gongwen');
});

test('indented headings are recognised (spaces, U+3000, U+00A0, tab)', async () => {
  for (const indent of ['  ', '\u3000\u3000', '\u00a0\u00a0', '\t', ' \u3000']) {
    assert.equal(await headingScope(`${indent}一、 总体情况`, '总体情况'), 'markup.heading.1.gongwen', JSON.stringify(indent));
    assert.equal(await headingScope(`${indent}(二)完善制度`, '完善制度'), 'markup.heading.2.gongwen', JSON.stringify(indent));
    assert.equal(await headingScope(`${indent}（3）加强监督`, '加强监督'), 'markup.heading.4.gongwen', JSON.stringify(indent));
  }
});

test('a run-in heading ends at the first 。', async () => {
  const line = '（一）强化组织领导，推动法治建设工作全面落实。一是增强法治意识。二是成立领导小组。';
  await assertScope(line, '（一）强化组织领导，推动法治建设工作全面落实。', 'markup.heading.2');
  await assertNoScope(line, '一是增强法治意识。二是成立领导小组。', 'markup.heading');
  await assertScope(line, '一是', 'keyword.other.enumeration');
  await assertScope(line, '二是', 'keyword.other.enumeration');
});

test('一是/二是 get the enumeration scope anywhere in a line and are not headings', async () => {
  const line = '一是不断优化服务。推进“放管服”改革二是完善政府机构职能体系。';
  await assertScope(line, '一是', 'keyword.other.enumeration');
  await assertScope(line, '二是', 'keyword.other.enumeration');
  for (const scopes of await scopesPerChar(line)) assert.ok(!has(scopes, 'markup.heading'), scopes.join(' '));
  await assertNoScope('坚持全国一盘棋，统一是前提。', '一是', 'keyword.other.enumeration');
});

test('lines that merely start with numbers are not headings', async () => {
  for (const line of ['2023年，我局坚持依法行政。', '1.5万元用于普法宣传。', '（2021—2025年）实施纲要', '一是加强学习。']) {
    for (const scopes of await scopesPerChar(line)) assert.ok(!has(scopes, 'markup.heading'), `${line}: ${scopes.join(' ')}`);
  }
});

test('《…》 gets the document-title scope, also inside headings', async () => {
  await assertScope('深入学习《宪法》等法律法规。', '《宪法》', 'string.quoted.other.title');
  await assertNoScope('深入学习《宪法》等法律法规。', '等法律法规', 'string.quoted.other.title');
  await assertScope('（二）贯彻落实《法治政府建设实施纲要（2021—2025年）》', '《法治政府建设实施纲要（2021—2025年）》', 'string.quoted.other.title');
});

test('dates get the date scope; a line holding only a date is a signature date', async () => {
  await assertScope('2023年12月7日', '2023年12月7日', 'constant.numeric.date');
  await assertScope('2023年12月7日', '2023年12月7日', 'meta.signature.date');
  await assertScope('\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002026年3月1日', '2026年3月1日', 'meta.signature.date');
  await assertScope('每年4月1日之前，2023年度报告应当公开。', '4月1日', 'constant.numeric.date');
  await assertScope('每年4月1日之前，2023年度报告应当公开。', '2023年', 'constant.numeric.date');
  await assertNoScope('每年4月1日之前，2023年度报告应当公开。', '2023年', 'meta.signature.date');
  await assertScope('一、2023年度推进法治政府建设的主要举措和成效', '2023年', 'constant.numeric.date');
});

test('title line, addressee and signature organ', async () => {
  await assertScope('XX局关于2025年度法治政府建设情况的报告', 'XX局关于', 'markup.heading.title');
  await assertScope('市人民政府：', '市人民政府', 'entity.name.tag.addressee');
  await assertNoScope('现将有关情况报告如下：', '现将有关情况', 'entity.name.tag.addressee');
  await assertScope('                     阳江市科学技术局', '阳江市科学技术局', 'entity.name.tag.signature');
});

test('package.json contributes the language, this grammar and the snippets', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const language = pkg.contributes.languages.find((l: { id: string }) => l.id === 'gongwen');
  assert.ok(language, 'language gongwen');
  const config = JSON.parse(readFileSync(path.join(root, language.configuration), 'utf8'));
  for (const pair of [['（', '）'], ['《', '》'], ['“', '”'], ['〔', '〕']]) {
    assert.ok(config.brackets.some((b: string[]) => b[0] === pair[0] && b[1] === pair[1]), pair.join(''));
  }
  const grammar = pkg.contributes.grammars.find((g: { language: string }) => g.language === 'gongwen');
  assert.equal(grammar.scopeName, 'text.gongwen');
  assert.equal(path.resolve(root, grammar.path), grammarPath);
  assert.equal(JSON.parse(readFileSync(grammarPath, 'utf8')).scopeName, 'text.gongwen');
  const snippets = pkg.contributes.snippets.find((s: { language: string }) => s.language === 'gongwen');
  assert.ok(snippets && readFileSync(path.join(root, snippets.path), 'utf8').length > 0);
});
