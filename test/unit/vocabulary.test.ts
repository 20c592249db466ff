/**
 * Generic code knows no report type's vocabulary: the words of a report type (its subject, its
 * sections' ids and keywords, its other kinds of document) are profile data in core/profiles/, and
 * the document-kind check reads them from the profile. Rule data tables (rules/data/) are data too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { tsFiles } from '../lib/imports';
import { parse } from '../../server/src/core/parse';
import { FZZF_PROFILE, GIP_PROFILE } from '../../server/src/core/profiles';
import { detectKind } from '../../server/src/core/kinds';
import { readConfig } from '../../server/src/core/features/config';

const CORE = path.join(__dirname, '../../server/src/core');

/** Words and ids that belong to one report type (法治政府建设, 政府信息公开, 党委法治建设 and their sections). */
const VOCABULARY = /法治|依法行政|依法治|信息公开|党委|第一责任人|^(?:measures|shortcomings|leader-duty|next-year-plan)$/;

/**
 * String, template and regex literals of a source that use report-type vocabulary. A rule's
 * `description` may name the default type as its example (it is documentation, not logic).
 */
function vocabularyIn(source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node, inDescription: boolean): void => {
    const description = inDescription || (ts.isPropertyAssignment(node) && node.name.getText() === 'description');
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node);
    if (literal && !description && VOCABULARY.test(node.text)) found.push(node.text);
    ts.forEachChild(node, (child) => visit(child, description));
  };
  visit(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true), false);
  return found;
}

test('generic core code (outside profiles/ and rules/data/) holds no report-type words or section ids', () => {
  const offenders = tsFiles(CORE)
    .map((f) => path.relative(CORE, f).split(path.sep).join('/'))
    .filter((f) => !f.startsWith('profiles/') && !f.startsWith('rules/data/'))
    .flatMap((f) => vocabularyIn(readFileSync(path.join(CORE, f), 'utf8')).map((w) => `${f}: ${w}`));
  assert.deepEqual(offenders, []);
});

test('the vocabulary scan sees strings, templates, regexes and section ids, not comments or descriptions', () => {
  assert.deepEqual(vocabularyIn("const a = /法治政府|依法行政/; const b = 'next-year-plan';"), ['/法治政府|依法行政/', 'next-year-plan']);
  assert.deepEqual(vocabularyIn('const t = `${y}年度法治政府建设`;'), ['年度法治政府建设']);
  assert.deepEqual(vocabularyIn("// 法治政府\nconst m = { description: { zh: '如法治政府建设年度报告' }, x: 'measures-like' };"), []);
});

test('document kinds come from the profile: its other kinds, then its subject words', () => {
  assert.equal(detectKind(FZZF_PROFILE, '某区2019—2023年法治政府建设情况报告', '')?.id, 'five-year');
  assert.equal(detectKind(FZZF_PROFILE, '某局2023年度工作总结', '')?.id, 'work-summary');
  assert.equal(detectKind(FZZF_PROFILE, '某局2023年度法治政府建设工作总结', ''), null);
  const other = detectKind(FZZF_PROFILE, '某局2023年度安全生产情况报告', '');
  assert.equal(other?.id, 'other-document');
  assert.equal(other?.name.zh, '其他类型的文件（标题和开头未提及法治政府建设）');
  // A profile without such data never calls a text another kind.
  assert.equal(detectKind(GIP_PROFILE, '某局2023年度工作总结', ''), null);
  // The words are the profile's: another subject, another verdict on the same title.
  const safety = { ...FZZF_PROFILE, subject: { signal: '安全生产', name: { zh: '安全生产', en: 'work safety' } }, otherKinds: [] };
  assert.equal(detectKind(safety, '某局2023年度安全生产情况报告', ''), null);
  assert.equal(detectKind(safety, '某局2023年度法治政府建设情况报告', '')?.name.en, 'another kind of document (its title and opening do not mention work safety)');
});

test("a custom profile does not inherit its base's subject and other kinds (its own detect words name it)", () => {
  const { config } = readConfig({ profiles: [{ id: 'zwgk', extends: 'fzzf', name: '政务公开工作年度报告', detectWords: ['政务公开'] }] });
  const custom = config.profiles[0];
  assert.equal(custom.subject, undefined);
  assert.equal(custom.otherKinds, undefined);
  const model = parse('某区2023年政务公开工作年度报告\n\n一、主要举措和成效\n正文。\n', [custom, FZZF_PROFILE]);
  assert.equal(model.profile.id, 'zwgk');
  assert.equal(model.documentKind, null);
});
