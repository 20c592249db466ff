/**
 * Masked or template digits (`****年`, `x01x年度`, `20xx年`), issue 14 item 1 against issue 13's
 * placeholder rule: in page chrome (a page title above the report's own title, a masked date
 * info bar, a list of other articles under the report) they are residue and nothing else; in the
 * report's own title, body or date they are placeholders. The report year never comes from them,
 * and no body line is ever marked residue.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/core/index';
import { MASKED_YEAR } from '../../server/src/core/footer-links';
import { parseFixture } from '../rules/fixture-loader';

const fixture = (rel: string) => parseFixture(readFileSync(path.join(__dirname, '../rules/fixtures', rel), 'utf8'), rel.split('/')[0]).text;
const TODAY = { today: { year: 2026 } };
const linesOf = (findings: ReturnType<typeof lintText>['findings'], rule: string) => [...new Set(findings.filter((f) => f.rule === rule).map((f) => f.range.start.line))];

test('masked digits: a page title, an info bar and a list of links with masked years are residue, not placeholders', () => {
  const { model, findings } = lintText(fixture('residue/masked-chrome.txt'), TODAY);
  assert.equal(model.title?.mainLine, 3);
  assert.equal(model.reportYear, 2023);
  assert.equal(model.reportYearSource, 'title');
  assert.deepEqual(model.residue.map((r) => r.line), [0, 1, 2, 15, 16, 17, 18]);
  assert.deepEqual(model.residue.map((r) => r.what), ['titleCopy', 'infobar', 'boilerplate', 'footer', 'footer', 'footer', 'footer']);
  // The one placeholder is the masked year in the body; chrome lines carry residue only.
  assert.deepEqual(linesOf(findings, 'placeholder'), [6]);
  assert.equal(model.signatureLine, 13);
  assert.equal(model.dateLine, 14);
  assert.deepEqual(linesOf(findings, 'signature-missing'), []);
});

test('masked digits: masked titles after the report date, without a list header, are residue', () => {
  const { model, findings } = lintText(fixture('residue/masked-tail.txt'), TODAY);
  assert.deepEqual(model.residue.map((r) => r.line), [13, 14]);
  assert.equal(model.dateLine, 11);
  assert.deepEqual(linesOf(findings, 'placeholder'), []);
  assert.deepEqual(linesOf(findings, 'signature-missing'), []);
});

test('masked digits: a masked line after the body (no date above it) stays a placeholder, never residue', () => {
  const { model, findings } = lintText(fixture('residue/clean-masked-body.txt'), TODAY);
  assert.deepEqual(model.residue, []);
  assert.deepEqual(linesOf(findings, 'placeholder'), [3, 10]);
});

test("masked digits: the report's own masked title, opening year and date are placeholders; the year comes from the headings", () => {
  const { model, findings } = lintText(fixture('placeholder/masked-title.txt'), TODAY);
  assert.equal(model.title?.mainLine, 0);
  assert.deepEqual(model.residue, []);
  assert.equal(model.reportYear, 2023);
  assert.equal(model.reportYearSource, 'heading');
  assert.deepEqual(linesOf(findings, 'placeholder'), [0, 1, 11]);
  // The masked date is still the report's date line: the signature above it is found.
  assert.equal(model.dateLine, 11);
  assert.equal(model.signatureLine, 10);
  assert.deepEqual(linesOf(findings, 'signature-missing'), []);
  // The title's masked year is named once, by the placeholder rule, not again as a missing year.
  assert.deepEqual(
    findings.filter((f) => f.rule === 'title-form').map((f) => f.message),
    ['标题缺少发文机关名称'],
  );
});

test('masked digits: without a readable year anywhere the report year stays unknown (never read from masks)', () => {
  const text = ['****年度法治政府建设工作报告', 'x01x年，我局扎实推进法治政府建设。现将有关情况报告如下。', '一、20xx年度推进法治政府建设的主要举措和成效', '工作扎实。', '江城市司法局', '20xx年x月x日'].join('\n');
  const { model } = lintText(text, TODAY);
  assert.equal(model.reportYear, null);
  assert.equal(model.dateLine, 5);
});

test('masked digits: a template-site page title `x01x年度…` above the report title is a title copy, not a placeholder; the year is the title\'s', () => {
  const text = ['x01x年度法治政府建设工作报告', '', '江城市司法局2024年度法治政府建设工作报告', '2024年，我局扎实推进法治政府建设。现将有关情况报告如下。', '一、2024年度推进法治政府建设的主要举措和成效', '工作扎实。'].join('\n');
  const { model, findings } = lintText(text, TODAY);
  assert.deepEqual(model.residue.map((r) => [r.line, r.what]), [[0, 'titleCopy']]);
  assert.equal(model.title?.mainLine, 2);
  assert.equal(model.reportYear, 2024);
  assert.deepEqual(linesOf(findings, 'placeholder'), []);
});

test('MASKED_YEAR: masked and template years, not plain years, codes or Latin words', () => {
  for (const s of ['****年', '20xx年度', 'x01x年度', 'XXXX年', '20**年', '＊＊＊＊年', '****-**-**']) assert.ok(MASKED_YEAR.test(s), s);
  for (const s of ['2023年', '2021-2025年', 'Box2023年', 'x2023年', 'max年', 'TODO', '第x名', '3×4']) assert.ok(!MASKED_YEAR.test(s), s);
});
